import icu from './icu.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['icu-message-format'];

testCheck(icu, {
  fires: [
    { source: '{n, plural, one {# file} other {# files}}', target: '{n} fichiers', flags: f, message: /\{n\} is a argument in the translation but a plural/ },
    { source: 'Hello {name}', target: 'Bonjour {nom}', flags: f, message: /missing \{name\}/ },
    { source: 'Hello {name}', target: 'Bonjour {name', flags: f, message: /ICU syntax error/ },
    { source: '{n, plural, one {# file} other {# files}}', target: '{n, plural, one {# файл} other {# файлов}}', flags: f, locale: 'ru', message: /lacks few, many/, severity: 'warning' },
    { source: '{n, plural, one {# file} other {# files}}', target: '{n, plural, one {# ファイル} other {# ファイル}}', flags: f, locale: 'ja', message: /one, which ja never selects/ },
    { source: '{g, select, male {He} female {She} other {They}}', target: '{g, select, male {Il} other {Iel}}', flags: f, message: /lost its female branch/ },
    { source: 'Click <b>here</b>', target: 'Cliquez ici', flags: f, message: /tags differ/ },
  ],
  quiet: [
    { source: '{n, plural, one {# file} other {# files}}', target: '{n, plural, one {# fichier} other {# fichiers}}', flags: f },
    { source: '{n, plural, one {# file} other {# files}}', target: '{n, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}', flags: f, locale: 'ru' },
    { source: '{n, plural, one {# file} other {# files}}', target: '{n, plural, other {# ファイル}}', flags: f, locale: 'ja' },
    { source: '{a} and {b}', target: '{b} und {a}', flags: f, locale: 'de' },
    { source: 'Hello {name}', target: 'Bonjour {name}', why: 'not an ICU unit: no flag' },
    { source: 'Broken {', target: 'Cassé', flags: f, why: 'broken source is not the translator’s fault' },
  ],
});
