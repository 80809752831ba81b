import csharp from './csharp.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['csharp-format'];

testCheck(csharp, {
  fires: [
    { source: '{0} apples', target: 'pommes', flags: f, message: /missing \{0\}/ },
    { source: '{0} apples', target: '{0} pommes {1}', flags: f, message: /\{1\} is not in the source/ },
    { source: 'Total: {0:N2}', target: 'Total : {0}', flags: f, message: /N2 expected/, severity: 'warning' },
    { source: '{0} items', target: '{0} éléments {', flags: f, message: /lone "\{"/ },
    { source: '{0} items', target: '{0} éléments }', flags: f, message: /lone "\}"/ },
    { source: '{0} apples', target: 'pommes', flags: ['c-sharp-format'], message: /missing \{0\}/, why: 'Weblate spelling of the flag' },
  ],
  quiet: [
    { source: '{0} of {1}', target: '{1} {0}', flags: f, why: 'reorder' },
    { source: 'Use {{braces}} for {0}', target: 'Utilisez {{accolades}} pour {0}', flags: f },
    { source: '{0,-10} {1}', target: '{0,-10} {1}', flags: ['c-sharp-format'] },
    { source: '{0} apples', target: 'pommes', why: 'not flagged' },
  ],
});
