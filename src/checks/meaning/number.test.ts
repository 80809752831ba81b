import number from './number.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(number, {
  fires: [
    { source: 'Keep 3 days', target: 'Хранить 5 дней', locale: 'ru', message: /"5" means 5, not 3; did you mean "Хранить 3 дней"\?/ },
    { source: 'Keep 5 copies', target: '15 Kopien behalten', locale: 'de', why: 'pofilter misses 5 -> 15 (substring count)' },
    { source: 'Three attempts left', target: 'Noch fünf Versuche', locale: 'de', message: /means 5, not 3/ },
    { source: 'Every 10 minutes', target: 'Toutes les vingt minutes', locale: 'fr' },
    { source: 'Delete one page', target: 'Удалить две страницы', locale: 'ru', message: /"две" means 2, not 1/, why: 'English "one" counts (its article is "a")' },
    { source: 'Keep a single copy', target: 'Zachowaj trzy kopie', locale: 'pl' },
    { source: 'Double-click to open', target: 'Mit Dreifachklick öffnen', locale: 'de', message: /means 3, not 2/, why: 'multiplicatives in compounds' },
    { source: 'Call the constructor twice', target: 'Appeler le constructeur trois fois', locale: 'fr', message: /"trois" means 3, not 2;/, why: '"constructor" is a word, not a number (nor an object\'s method)' },
  ],
  quiet: [
    { source: 'Wait 3 seconds', target: 'انتظر ٣ ثوان', locale: 'ar' },
    { source: 'Three attempts left', target: 'Noch 3 Versuche', locale: 'de' },
    { source: 'Finish the 1st step', target: '完成第一步', locale: 'zh' },
    { source: 'Size: 1,000.5 KB', target: 'Taille : 1 000,5 Ko', locale: 'fr' },
    { source: 'Select one file', target: 'Sélectionnez un fichier', locale: 'fr' },
    { source: 'One or two pages', target: 'Eine oder zwei Seiten', locale: 'de', why: 'a target 1 is never counted; 2 matches' },
    { source: 'Double-click to open', target: 'Zum Öffnen doppelklicken', locale: 'de' },
    { source: 'Double line spacing', target: 'Двойной межстрочный интервал', locale: 'ru' },
    { source: '%d files', target: '%d fichiers', flags: ['c-format'] },
    { source: 'Keep 3 days', target: 'Garder', locale: 'fr', why: 'dropped number: number/mismatch reports that' },
  ],
});
