import ruby from './ruby.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['ruby-format'];

testCheck(ruby, {
  fires: [
    { source: '%{count} items', target: '%{n} éléments', flags: f, message: /missing %\{count\}/ },
    { source: 'Balance %<amount>.2f', target: 'Solde %<amount>d', flags: f, message: /float expected, int given/ },
    { source: '%{count} items', target: 'éléments', message: /missing/, why: 'flagless catalog: %{name} is unambiguous' },
  ],
  quiet: [
    { source: '%{a} and %{b}', target: '%{b} et %{a}', flags: f },
    { source: 'Your balance is %+.2<amount>f', target: 'Votre solde est %+.2<amount>f', flags: f },
    { source: '100% done', target: 'fini à 100 %', flags: f },
  ],
});
