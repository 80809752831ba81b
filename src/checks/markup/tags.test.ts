import tags from './tags.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(tags, {
  fires: [
    { source: '<b>Save</b>', target: 'Enregistrer', message: /missing <b>, <\/b>/ },
    { source: 'Click <b>here</b>', target: 'Cliquez <strong>ici</strong>', message: /<b> became <strong>/ },
    { source: 'Open <a href="https://x.org">the site</a>', target: 'Ouvrir <a href="https://y.org">le site</a>', message: /became <a href="https:\/\/y\.org">/ },
    { source: 'Save <b>now</b>', target: 'Enregistrer <b>maintenant', message: /missing <\/b>/ },
    { source: 'Plain text', target: 'Texte <i>simple</i>', message: /<i>, <\/i> are not in the source/ },
    { source: 'Line<br/>break', target: 'Saut de ligne', message: /missing <br>/ },
    { source: 'Read <x id="1"/> now', target: 'Lire maintenant', message: /missing <x id="1"\/>/ },
  ],
  quiet: [
    { source: '<a href="x">here</a>', target: '<a href="x">ici</a>' },
    { source: '<b>a</b> and <i>b</i>', target: '<i>b</i> et <b>a</b>', why: 'order is free' },
    { source: '<img src="logo.png" alt="Logo">', target: '<img alt="Logotipo" src="logo.png">', why: 'alt is translatable, attribute order is free' },
    { source: '<span title="Close">x</span>', target: '<span title="Fermer">x</span>' },
    { source: 'Kill <process ID>', target: 'Tuer <ID du processus>', why: 'angle-bracket placeholder prose (translate/translate#245)' },
    { source: '<Error>', target: '<Erreur>', why: 'whole-string bare tag (pofilter skips)' },
    { source: 'An <Error> occurred', target: 'Une <Erreur> est survenue', why: 'an unpaired unknown tag is prose' },
    { source: 'Line<br>break', target: 'Saut<br/>de ligne', why: '<br> and <br/> are the same' },
    { source: 'Read %<PRIu64> bytes', target: 'Lu %<PRIu64> octets', flags: ['c-format'] },
    { source: 'a < b > c', target: 'a < b > c' },
    { source: 'Usage: cp <source> <dest>', target: 'Utilisation : cp <source> <destination>', why: 'CLI metavariables' },
    { source: 'Click <b>here</b>', target: '', why: 'untranslated' },
    { source: "<key name='%s'> shadows <key name='%s'>", target: '<key name=«%2$s»> masque <key name=«%1$s»>', locale: 'ru', why: 'message quoting XML: typographic quotes and reordered printf' },
  ],
});
