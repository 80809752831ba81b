import javaMessageFormat from './java-messageformat.js';
import { testCheck } from '../../testing/check-tester.js';

const j = ['java-format'];

testCheck(javaMessageFormat, {
  fires: [
    { source: 'It is {0}', target: "C'est {0}", flags: j, message: /apostrophe in "C'est" starts a MessageFormat quote.*turns \{0\} into literal text/, fix: "C''est {0}" },
    { source: 'Delete {0} files?', target: "Supprimer l'élément ?", flags: j, locale: 'fr', message: /write ''/ },
    { source: '{0} of {1}', target: '{0} sur', flags: j, message: /missing \{1\}/ },
    { source: '{0,number} files', target: '{0} fichiers', flags: j, message: /number expected/, severity: 'warning' },
    { source: 'Size {0}', target: 'Taille {0', flags: j, message: /unmatched "\{"/ },
    { source: 'Size {0}', target: 'Taille {size}', flags: j, message: /not a MessageFormat argument/ },
    { source: "{0} files", target: "{0} file'", flags: ['auto-java-messageformat'], message: /apostrophe/, why: 'Weblate auto flag with an argument in the source' },
  ],
  quiet: [
    { source: 'It is {0}', target: "C''est {0}", flags: j },
    { source: 'It is {0}', target: 'C’est {0}', flags: j, why: 'typographic apostrophe is fine' },
    { source: '{1} of {0}', target: '{0} de {1}', flags: j, why: 'reordering' },
    { source: "Don't quote '{0}'", target: "Ne pas citer '{0}'", flags: j, why: 'the source itself quotes' },
    { source: "L'éditeur", target: "L'éditeur", flags: ['auto-java-messageformat'], why: 'auto mode: no argument in the source, not MessageFormat' },
    { source: 'Choose {0,choice,0#no files|1#one file|1<{0,number,integer} files}', target: 'Choisir {0,choice,0#aucun fichier|1#un fichier|1<{0,number,integer} fichiers}', flags: j },
    { source: 'It is {0}', target: "C'est {0}", why: 'not flagged java-format' },
  ],
});
