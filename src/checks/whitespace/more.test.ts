import doubleSpace from './double-space.js';
import escapes from './escapes.js';
import lineEdges from './line-edges.js';
import newlines from './newlines.js';
import tabs from './tabs.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(doubleSpace, {
  fires: [
    { source: 'Save the file', target: 'Enregistrer  le fichier', message: /double space where the source has none/, fix: 'Enregistrer le fichier' },
    { source: 'A B C', target: 'A  B  C', message: /2 double spaces where the source has none/, fix: 'A B C' },
  ],
  quiet: [
    { source: 'Name:  %s', target: 'Nom :  %s', why: 'the source has it too' },
    { source: 'Save', target: 'Enregistrer  ', why: 'trailing spaces are whitespace/end' },
    { source: 'Save', target: '  Enregistrer', why: 'leading spaces are whitespace/start' },
    { source: 'Save the file', target: 'Enregistrer le fichier' },
    { source: 'A  B C', target: 'A  B  C', why: 'the source aligns with double spaces: the translation may too' },
    { source: '  --posix\n                 disable all GNU extensions.\n', target: '  --posix                          onemogući svako GNU proširenje\n', locale: 'hr', why: 'aligned help text reflowed' },
  ],
});

testCheck(newlines, {
  fires: [
    { source: 'Done\n', target: 'Fini', message: /the source ends with a line break, the translation does not/, fix: 'Fini\n' },
    { source: '\nUsage', target: 'Utilisation', message: /begins with a line break/, fix: '\nUtilisation' },
    { source: 'Done', target: 'Fini\n', fix: 'Fini' },
    { source: 'Line one\nLine two\nLine three', target: 'Ligne un\nLigne deux', message: /1 line break where the source has 2/, severity: 'warning' },
    { source: 'First\\nSecond', target: 'Premier Second', message: /0 literal "\\n" escapes where the source has 1/ },
    { source: 'Concatenate FILE(s) to standard output.\n', target: 'Ketjuta TIEDOSTO(t) vakiotulosteeseen.\n\n', message: /ends with 2 line breaks, the source with 1: a blank line added at the end/, severity: 'warning', fix: 'Ketjuta TIEDOSTO(t) vakiotulosteeseen.\n' },
    { source: '\nOutput settings:\n', target: '\n\nAusgabe:\n', message: /begins with 2 line breaks, the source with 1: a blank line added at the start/ },
    {
      source: '  --sort  natural sort of (version) numbers within text\n\n',
      target: '  --sort  natürliche Sortierung von Versionsnummern\n          innerhalb des Textes\n',
      message: /ends with 1 line break, the source with 2: a blank line dropped at the end/,
      why: 'a line rewrapped inside hides the dropped blank line from a plain count',
    },
  ],
  quiet: [
    { source: 'Done\n', target: 'Fini\n' },
    { source: 'Usage:\n\n', target: 'Utilisation :\n\n' },
    { source: 'Line one\nLine two', target: 'Ligne un\nLigne deux' },
    { source: 'First\\nSecond', target: 'Premier\\nSecond' },
    { source: 'C:\\\\new', target: 'C:\\\\new', why: 'an escaped backslash before n is not \\n' },
    { source: 'Done\r\n', target: 'Fini\n', why: 'CRLF and LF both end the text with a break' },
  ],
});

testCheck(tabs, {
  fires: [
    { source: 'a\tb', target: 'a b', message: /0 tabs where the source has 1/ },
    { source: 'Name', target: 'Nom\tx' },
  ],
  quiet: [
    { source: 'a\tb', target: 'x\ty' },
    { source: '\tName', target: 'Nom', why: 'leading tabs are whitespace/start' },
  ],
});

testCheck(escapes, {
  fires: [
    { source: 'Say \\"hi\\"', target: 'Dites "salut"', message: /quotes are escaped as \\" in the source but not in the translation/ },
    { source: 'Path C:\\\\Users', target: 'Chemin C:Users', message: /missing \\\\/ },
    { source: 'Col\\tumn', target: 'Colonne', message: /missing \\t/ },
    { source: 'Name', target: 'Nom\\x', message: /\\x is not in the source/ },
    { source: 'Use a-b', target: 'Utiliser a\\-b', message: /\\- is not in the source/, why: 'no lone backslash in the source to account for it' },
  ],
  quiet: [
    { source: 'Say \\"hi\\"', target: 'Dites « salut »', why: 'typographic quotes need no escape' },
    { source: 'Say \\"hi\\"', target: 'Dites \\"salut\\"' },
    { source: "Don\\'t save", target: 'Ne pas enregistrer', why: "Android \\' escapes follow the words" },
    { source: 'Caf\\u00e9', target: 'Café', why: 'the escaped character written out' },
    { source: 'First\\nSecond', target: 'Premier\\nSecond' },
    { source: 'Plain', target: 'Simple' },
    { source: 'stray \\', target: '\\ surnuméraire', why: 'a lone backslash is the character itself' },
    { source: 'Trailing backslash', target: 'Самотна „\\“ накрая', locale: 'bg' },
    { source: 'unfinished \\ escape', target: 'niedokończona sekwencja \\', locale: 'pl' },
    { source: 'unfinished \\ escape', target: 'unbeendete \\-Escape-Sequenz', locale: 'de', why: 'the lone backslash with a suffix glued on' },
  ],
});

testCheck(lineEdges, {
  fires: [
    { source: 'Options:\n  -v  verbose', target: 'Options :\n-v  bavard', message: /line 2/, fix: 'Options :\n  -v  bavard' },
    { source: 'One \nTwo', target: 'Un\nDeux', fix: 'Un \nDeux' },
  ],
  quiet: [
    { source: 'Options:\n  -v  verbose', target: 'Options :\n  -v  bavard' },
    { source: 'One\nTwo\nThree', target: 'Un deux trois', why: 'reflowed' },
    { source: ' One\nTwo', target: 'Un\nDeux', why: 'the first start is whitespace/start' },
  ],
});
