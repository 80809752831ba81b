import markdownLinks from './markdown-links.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(markdownLinks, {
  fires: [
    { source: 'See [the docs](https://x.org/docs)', target: 'Voir [la doc](https://x.org/documentation)', message: /link URL changed/ },
    { source: 'See [the docs](https://x.org/docs)', target: 'Voir [la doc] (https://x.org/docs)', message: /missing the link/, why: 'a space breaks the link' },
    { source: 'Read **this**', target: 'Lire [ceci](https://evil.example)', flags: ['md-text'], message: /not in the source/ },
  ],
  quiet: [
    { source: 'See [the docs](https://x.org/docs)', target: 'Voir [la documentation](https://x.org/docs)', why: 'link text translated' },
    { source: 'See [MDN](https://developer.mozilla.org/en-US/docs/Web)', target: 'Voir [MDN](https://developer.mozilla.org/fr/docs/Web)', why: 'localized URL' },
  ],
});
