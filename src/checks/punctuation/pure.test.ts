import pure from './pure.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(pure, {
  fires: [
    { source: '-', target: '—', message: /the source is only punctuation \("-"\); keep it instead of "—"/ },
    { source: '+', target: 'plus' },
    { source: 'Save', target: '...', message: /the translation is only punctuation/ },
    { source: '…', target: '.' },
  ],
  quiet: [
    { source: '-', target: '-' },
    { source: '...', target: '…' },
    { source: '?', target: ';', locale: 'el' },
    { source: '?', target: '؟', locale: 'ar' },
    { source: ':', target: '：', locale: 'zh' },
    { source: ':', target: ' :', why: 'spacing is for punctuation/spacing' },
    { source: '%s:', target: '%s :', flags: ['c-format'], why: 'a placeholder is not punctuation' },
    { source: '%s', target: '%s', flags: ['c-format'] },
    { source: 'Save', target: 'Enregistrer' },
    { source: '`', target: '„', locale: 'bg', why: 'a lone quote becomes the language\'s quote' },
    { source: "'", target: ' »' },
    { source: '(C)', target: '©', why: '© stands for a word' },
  ],
});
