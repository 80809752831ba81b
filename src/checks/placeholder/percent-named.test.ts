import percentNamed from './percent-named.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['percent-placeholders'];

testCheck(percentNamed, {
  fires: [
    { source: '%user% joined', target: '%utilisateur% a rejoint', flags: f, message: /missing %user%/ },
    { source: '%count% apples', target: 'pommes', flags: f, message: /missing %count%/ },
  ],
  quiet: [
    { source: 'From 10% to 20%', target: 'De 10 % à 20 %', flags: f, why: 'two percentages in prose' },
    { source: '%a% and %b%', target: '%b% et %a%', flags: f },
    { source: '%user% joined', target: '%utilisateur% a rejoint', why: 'not flagged' },
  ],
});
