import markdownRefs from './markdown-refs.js';
import { testCheck } from '../../testing/check-tester.js';

const md = ['md-text'];

testCheck(markdownRefs, {
  fires: [
    { source: 'See [the guide][guide]', target: 'Voir [le guide][guía]', flags: md, locale: 'es', message: /\[guide\] is missing/ },
    { source: '[guide]: https://x.org/guide', target: '[guía]: https://x.org/guide', flags: md, locale: 'es', message: /missing/ },
  ],
  quiet: [
    { source: 'See [the guide][guide]', target: 'Voir [le guide][Guide]', flags: md, why: 'ids are case-insensitive' },
    { source: 'See [the guide][]', target: 'Voir [le guide][]', flags: md, why: 'collapsed references use the text' },
  ],
});
