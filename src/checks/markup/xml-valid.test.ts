import xmlValid from './xml-valid.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(xmlValid, {
  fires: [
    { source: '<b>Save</b>', target: '<b>Enregistrer</b', message: /broken tag "<\/b"/ },
    { source: '<b><i>Save</i></b>', target: '<b><i>Enregistrer</b></i>', message: /tags cross/ },
    { source: '<b>Save</b> now', target: '<b>Enregistrer maintenant', message: /<b> is never closed/ },
    { source: '<a href="x">here</a>', target: '<a href="x>ici</a>', message: /broken tag/ },
    { source: 'Tom &amp; Jerry', target: 'Tom & Jerry', flags: ['xml-text'], message: /bare "&"/ },
  ],
  quiet: [
    { source: '<b>Save</b>', target: '<b>Enregistrer</b>' },
    { source: 'Line<br>break', target: 'Saut<br>de ligne', why: 'void element' },
    { source: '<p>One<p>Two', target: '<p>Un<p>Deux', why: 'the source is not well formed itself' },
    { source: 'Tom & Jerry', target: 'Tom & Jerry', why: '& in plain text' },
    { source: 'a < b', target: 'a < b' },
  ],
});
