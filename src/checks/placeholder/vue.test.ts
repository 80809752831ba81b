import vue from './vue.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['vue-format'];

testCheck(vue, {
  fires: [
    { source: '@:common.ok', target: '@:commun.ok', flags: f, message: /missing @:common\.ok/ },
    { source: 'Hello {name}', target: 'Bonjour {nom}', flags: f, message: /missing \{name\}/ },
    { source: 'Hello %{name}', target: 'Bonjour', flags: f, message: /missing %\{name\}/ },
  ],
  quiet: [
    { source: 'Hello {name}', target: 'Bonjour %{name}', flags: f, why: 'Rails-style is the same argument' },
    { source: '{0} of {1}', target: '{1} / {0}', flags: f },
    { source: '@.lower:message.dio rocks', target: '@.lower:message.dio déchire', flags: f },
  ],
});
