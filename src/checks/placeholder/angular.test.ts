import angular from './angular.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['angularjs-format'];

testCheck(angular, {
  fires: [
    { source: 'Your balance is {{amount}}', target: 'Votre solde est {{montant}}', flags: f, message: /missing \{\{amount\}\}/ },
    { source: '{{ user.name }} joined', target: 'a rejoint', flags: f, message: /missing/ },
  ],
  quiet: [
    { source: 'Your balance is {{amount}} {{ currency }}', target: 'Solde : {{ amount }} {{currency}}', flags: f, why: 'whitespace inside braces' },
    { source: '{{ price | currency }}', target: '{{price|currency}}', flags: f },
  ],
});
