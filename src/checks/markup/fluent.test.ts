import fluent from './fluent.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['fluent-references'];

testCheck(fluent, {
  fires: [
    { source: 'three < four', target: 'trois<quatre', flags: f, message: /"<quatre" would be read as an HTML tag/ },
    { source: 'Hello { $name }', target: 'Bonjour { $name', flags: f, message: /Fluent syntax error/ },
    { source: 'Kind and ethical', target: 'kind&ethical', flags: f, locale: 'en-GB', message: /"&eth" would be read as a character reference/ },
    { source: '{ $n ->\n    [one] one tab\n   *[other] { $n } tabs\n}', target: '{ $n ->\n    [one] un onglet\n    [other] { $n } onglets\n}', flags: f, message: /default variant/ },
    { source: 'Value: { $val }', target: 'Valeur :<{ $val }', flags: f, message: /right before a placeable/ },
  ],
  quiet: [
    { source: 'three < four', target: 'trois < quatre', flags: f },
    { source: 'a <br> b', target: 'a <br> b', flags: f },
    { source: 'kind&eth;ical', target: 'kind&eth;ical', flags: f },
    { source: 'three<four', target: 'trois<quatre', why: 'not a Fluent unit' },
    { source: 'Use {"{"} here', target: 'Utilisez {"{"} ici', flags: f, why: 'string literal braces' },
  ],
});
