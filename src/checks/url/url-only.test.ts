import urlOnly from './url-only.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(urlOnly, {
  fires: [
    { source: 'https://x.org/help', target: 'see website', flags: ['url'], message: /must be one absolute URL/ },
    { source: 'https://x.org/help', target: 'https://x.org/aide voir', flags: ['url'] },
  ],
  quiet: [
    { source: 'https://x.org/help', target: 'https://x.org/fr/aide', flags: ['url'] },
    { source: 'mailto:help@x.org', target: 'mailto:aide@x.org', flags: ['url'] },
    { source: 'Website', target: 'Site web', why: 'not flagged url' },
  ],
});
