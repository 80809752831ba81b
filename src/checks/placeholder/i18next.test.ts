import i18next from './i18next.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['i18next-interpolation'];

testCheck(i18next, {
  fires: [
    { source: '{{count}} items', target: '{{n}} éléments', flags: f, message: /missing \{\{count\}\}/ },
    { source: 'See $t(common.help)', target: 'Voir $t(commun.aide)', flags: f, message: /missing \$t\(common\.help\)/ },
    { source: 'Total {{val, number}}', target: 'Total {{val}}', flags: f, message: /number expected/, severity: 'warning' },
  ],
  quiet: [
    { source: '{{count}} items', target: '{{ count }} éléments', flags: f, why: 'spacing inside braces' },
    { source: 'Hello {{- name}}', target: 'Bonjour {{-name}}', flags: f },
    { source: 'Total {{val, number}}', target: 'Total {{ val, number }}', flags: f },
    { source: '{{count}} items', target: '{{n}} éléments', why: 'not flagged' },
  ],
});
