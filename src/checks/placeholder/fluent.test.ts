import fluent from './fluent.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['fluent-references'];

testCheck(fluent, {
  fires: [
    { source: '{ $n } tabs', target: 'onglets', flags: f, message: /missing \{ \$n \}/ },
    { source: 'Open { -brand-name }', target: 'Ouvrir { -marque }', flags: f, message: /missing \{ -brand-name \}/ },
    { source: '{ $n } tabs', target: '{ $n ->\n    [one] un onglet\n   *[other] des onglets\n}', flags: f, message: /missing \{ \$n \}/, why: 'selecting on $n does not show it' },
    { source: '{ $user } has { $n } tabs', target: '{ $n ->\n    [one] { $n } onglet\n   *[other] { $user } a { $n } onglets\n}', flags: f, message: /\{ \$user \} is missing from some variants/ },
    { source: 'Hello { $user }', target: 'Bonjour { $user } { $extra }', flags: f, message: /\{ \$extra \} is not in the source/ },
  ],
  quiet: [
    { source: '{ $n } tabs', target: '{ $n ->\n    [one] un onglet\n   *[other] { $n } onglets\n}', flags: f, why: 'variant key makes the reference redundant' },
    { source: 'Open { -brand-name }', target: '{ -brand-name.gender ->\n    [masculine] Ouvrir le { -brand-name }\n   *[other] Ouvrir { -brand-name }\n}', flags: f, why: 'selector-only term attribute' },
    { source: 'Total: { NUMBER($amount, minimumFractionDigits: 2) }', target: 'Total : { NUMBER($amount, minimumFractionDigits: 2) }', flags: f },
    { source: '{ $n } tabs', target: 'onglets', why: 'not a Fluent unit' },
  ],
});
