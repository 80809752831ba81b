import qt from './qt.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['qt-format'];

testCheck(qt, {
  fires: [
    { source: '%1 of %2', target: '%1 sur', flags: f, message: /missing %2/ },
    { source: 'Page %10', target: 'Page %1', flags: f, message: /missing %10/, why: '%1 does not stand in for %10' },
    { source: 'Hello %1', target: 'Bonjour %1 %2', flags: ['kde-format'], message: /%2 is not in the source/ },
    { source: 'Copy %1 to %2', target: 'Copier %1', message: /missing %2/, why: 'flagless catalog: guessed from the source' },
  ],
  quiet: [
    { source: '%1 of %2', target: '%2 … %1', flags: f },
    { source: '%1 and %10', target: '%10 et %1', flags: f },
    { source: 'Rate %L1', target: 'Taux %1', flags: f, why: 'localized marker is the same argument' },
    { source: '100% done', target: '100 % terminé', why: 'prose percent' },
  ],
});
