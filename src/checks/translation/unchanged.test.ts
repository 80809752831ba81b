import unchanged from './unchanged.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(unchanged, {
  fires: [
    { source: 'Cancel', target: 'Cancel', locale: 'fr' },
    { source: 'Save the file', target: 'Save the file', locale: 'de' },
    { source: '%d files deleted', target: '%d files deleted', locale: 'ru' },
  ],
  quiet: [
    { source: 'OK', target: 'OK', locale: 'de' },
    { source: 'PDF', target: 'PDF' },
    { source: 'Version', target: 'Version', locale: 'de', why: 'cognate (pofilter fires: our probe)' },
    { source: '%s: %s', target: '%s: %s' },
    { source: 'https://example.org/', target: 'https://example.org/' },
    { source: 'LibreOffice', target: 'LibreOffice' },
    { source: 'x', target: 'x' },
    { source: 'USB', target: 'USB' },
    { source: 'Colour', target: 'Colour', locale: 'en-GB', why: 'same language' },
    { source: 'translator-credits', target: 'translator-credits' },
    { source: '1024×768', target: '1024×768' },
  ],
});
