import pedantic from './pedantic.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(pedantic, {
  fires: [
    { source: '%+d points', target: '%+ d points', flags: ['c-format'], message: /space flag is ignored/ },
    { source: '%s', target: '%S', flags: ['c-format'], message: /not portable; use %ls/ },
    { source: '%d items', target: '%u éléments', flags: ['python-format'], message: /%u is obsolete/ },
    { source: '%d items', target: '%ld éléments', flags: ['python-format'], message: /ignores the length modifier/ },
  ],
  quiet: [
    { source: '%+ d points', target: '%+ d points', flags: ['c-format'], why: 'copied from the source' },
    { source: '%d items', target: '%d éléments', flags: ['c-format'] },
    { source: '100% sure', target: 'sûr à 100 %', flags: ['no-c-format'] },
  ],
});
