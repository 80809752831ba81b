import bbcode from './bbcode.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(bbcode, {
  fires: [
    { source: '[b]Bold[/b] and [i]italic[/i]', target: '[b]Gras[/b] et italique', flags: ['bbcode-text'], message: /missing \[i\], \[\/i\]/ },
    { source: 'See [url=https://x.org]site[/url]', target: 'Voir [url=https://y.org]site[/url]', message: /missing \[url=https:\/\/x\.org\]/, why: 'guessed from a closing tag' },
  ],
  quiet: [
    { source: 'See note [1]', target: 'Voir la note [1]', flags: ['bbcode-text'], why: 'footnote marks are not tags' },
    { source: '[color=red]Stop[/color]', target: '[color=#f00]Arrêt[/color]', flags: ['bbcode-text'], why: 'colours may be adapted' },
  ],
});
