import esTemplate from './es-template.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['es-format'];

testCheck(esTemplate, {
  fires: [
    { source: '${n} files', target: '${x} fichiers', flags: f, message: /missing \$\{n\}/ },
    { source: '${n} files', target: 'fichiers', message: /missing \$\{n\}/, why: 'flagless catalog: ${x} is unambiguous' },
  ],
  quiet: [
    { source: '${a} of ${b}', target: '${ b } sur ${a}', flags: f },
    { source: 'Costs $5', target: 'Coûte 5 $', flags: f },
  ],
});
