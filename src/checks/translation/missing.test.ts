import missing from './missing.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(missing, {
  fires: [
    { source: 'Save', target: '', message: /not translated/ },
    { source: 'One file', sourcePlural: '%d files', targets: ['', ''] },
  ],
  quiet: [{ source: 'Save', target: 'Enregistrer' }, { source: 'Save', target: 'Enregistrer', flags: ['fuzzy'] }],
});
