import start from './start.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(start, {
  fires: [
    { source: '…and more', target: 'et plus', message: /the source starts with "…" but the translation does not/ },
    { source: '- Item', target: 'Élément' },
    { source: 'Name', target: '- Nom', message: /starts with "-" but the source does not/ },
    { source: '...and more', target: '- et plus', message: /starts with "-" but the source starts with "…"/ },
    { source: '* Item', target: 'Élément' },
  ],
  quiet: [
    { source: 'Delete the file?', target: '¿Eliminar el archivo?', locale: 'es' },
    { source: 'Great!', target: '¡Genial!', locale: 'ca' },
    { source: '...and more', target: '…et plus' },
    { source: '— Note', target: '- Remarque', why: 'dashes are one kind' },
    { source: '.htaccess file', target: 'fichier .htaccess', why: 'dotfile names are words (poexam ignores them)' },
    { source: '-v shows the version', target: 'Affiche la version avec -v' },
    { source: '#tag', target: 'étiquette #tag' },
    { source: '"Save" button', target: 'Bouton « Enregistrer »', why: 'quotes move with word order' },
    { source: '(optional)', target: '(facultatif)' },
    { source: '%s files', target: '%s fichiers', flags: ['c-format'] },
    { source: '<b>Note:</b> read this', target: '<b>Remarque :</b> lisez ceci' },
    { source: '• Item', target: '• Élément' },
    { source: '../parent directory', target: 'répertoire parent (../)', why: 'a relative path, not an ellipsis' },
    { source: '? at start of expression', target: 'ifade başlangıcında ?', locale: 'tr', why: 'a symbol being talked about' },
    { source: ': doesn\'t want any addresses', target: '»:« erwartet keine Adressen', locale: 'de' },
    { source: '(C)', target: '©' },
    { source: 'stray \\ before unprintable character', target: '\\ surnuméraire avant un caractère non imprimable' },
    { source: 'Unmatched [, [^, [:, [., or [=', target: '[, [^, [:, [. o [= sin pareja', locale: 'es' },
    { source: '* at start of expression', target: '„*” la începutul expresiei', locale: 'ro' },
    { source: '`', target: '„', why: 'punctuation-only source' },
  ],
});
