import urls from './urls.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(urls, {
  fires: [
    { source: 'See https://ex.com/about', target: 'Voir https://ex.com/à-propos', message: /URL https:\/\/ex\.com\/about became https:\/\/ex\.com\/à-propos/ },
    { source: 'Visit www.gnu.org for more.', target: 'Visitez le site pour en savoir plus.', message: /missing URL www\.gnu\.org/ },
    { source: 'Docs: https://x.org/docs', target: 'Doc : https://x.org/docs https://evil.org', message: /https:\/\/evil\.org is not in the source/, severity: 'info' },
  ],
  quiet: [
    { source: 'See https://ex.com/about.', target: 'Voir https://ex.com/about.', why: 'sentence full stop is not part of the URL' },
    { source: 'See https://ex.com/about.', target: 'Voir https://ex.com/about !', why: 'punctuation glued to the URL' },
    { source: 'Read https://en.wikipedia.org/wiki/Foo_(bar)', target: 'Lire https://en.wikipedia.org/wiki/Foo_(bar)' },
    { source: 'Help: https://docs.x.org/en/latest/', target: 'Aide : https://docs.x.org/fr/latest/', why: 'localized documentation URL' },
    { source: 'Example: http://example.com/path/to/file', target: 'Exemple : http://example.com/chemin/vers/fichier', why: 'example URLs may be translated' },
    { source: '(see https://x.org)', target: '(voir https://x.org)', why: 'closing bracket after the URL' },
    { source: 'like smb://server/resource/file.txt', target: 'comme smb://poslužitelj/resurs/datoteka.txt', locale: 'hr', why: 'a bare host name is an example' },
    { source: 'Report bugs to <https://translationproject.org/team/>', target: 'Signalez les erreurs à <https://translationproject.org/team/fr.html>', why: 'the team page for the language' },
  ],
});
