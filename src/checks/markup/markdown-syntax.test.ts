import markdownSyntax from './markdown-syntax.js';
import { testCheck } from '../../testing/check-tester.js';

const md = ['md-text'];

testCheck(markdownSyntax, {
  fires: [
    { source: 'This is **bold**', target: 'Ceci est gras', flags: md, message: /\*\*bold\*\*: the source has 1, the translation 0/ },
    { source: 'Run `make`', target: 'Lancez make', flags: md, message: /`code`/ },
    { source: 'An *important* note', target: 'Une note importante', flags: md, message: /\*italic\*/ },
  ],
  quiet: [
    { source: 'Compute 2 * 3 * 4', target: 'Calculez 2 * 3 * 4', flags: md, why: '* as multiplication' },
    { source: 'This is **bold**', target: 'Ceci est __gras__', flags: md, why: 'either bold syntax' },
    { source: 'Use snake_case_names', target: 'Utilisez des noms_en_snake_case', flags: md },
    { source: 'This is **bold**', target: 'Ceci est gras', why: 'not flagged md-text' },
  ],
});
