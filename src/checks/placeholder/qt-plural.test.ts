import qtPlural from './qt-plural.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['qt-plural-format'];

testCheck(qtPlural, {
  fires: [
    { source: '%n file(s)', target: 'fichiers', flags: f, message: /missing %n/ },
    { source: '%n file(s)', sourcePlural: '%n file(s)', targets: ['%n файл', 'файла', '%n файлов'], flags: f, locale: 'ru', message: /missing %n in plural form 1/ },
    { source: '%n file(s) copied', target: '%n fichier(s) copié(s)', flags: ['c-format'], message: /flag it qt-plural-format/, severity: 'warning' },
  ],
  quiet: [
    { source: '%n file(s)', target: '%Ln fichier(s)', flags: f },
    { source: '%n file(s)', target: '%n fichier(s)', flags: f },
    { source: '%n file(s) and %d more', target: '%n fichier(s) et %d autres', flags: ['c-format'], why: 'has real C directives too' },
  ],
});
