import number from './number.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(number, {
  fires: [
    { source: 'Keep 3 days', target: 'Хранить 5 дней', locale: 'ru', message: /"5" means 5, not 3; did you mean "Хранить 3 дней"\?/ },
    { source: 'Keep 5 copies', target: '15 Kopien behalten', locale: 'de', why: 'pofilter misses 5 -> 15 (substring count)' },
    { source: 'Three attempts left', target: 'Noch fünf Versuche', locale: 'de', message: /means 5, not 3/ },
    { source: 'Every 10 minutes', target: 'Toutes les vingt minutes', locale: 'fr' },
  ],
  quiet: [
    { source: 'Wait 3 seconds', target: 'انتظر ٣ ثوان', locale: 'ar' },
    { source: 'Three attempts left', target: 'Noch 3 Versuche', locale: 'de' },
    { source: 'Finish the 1st step', target: '完成第一步', locale: 'zh' },
    { source: 'Size: 1,000.5 KB', target: 'Taille : 1 000,5 Ko', locale: 'fr' },
    { source: 'Select one file', target: 'Sélectionnez un fichier', locale: 'fr' },
    { source: '%d files', target: '%d fichiers', flags: ['c-format'] },
    { source: 'Keep 3 days', target: 'Garder', locale: 'fr', why: 'dropped number: number/mismatch reports that' },
  ],
});
