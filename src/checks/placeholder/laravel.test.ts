import laravel from './laravel.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['laravel-format'];

testCheck(laravel, {
  fires: [
    { source: 'The :attribute must be a number', target: "L':attribut doit être un nombre", flags: f, message: /missing :attribute/ },
    { source: 'Between :min and :max', target: 'Entre :min et', flags: f, message: /missing :max/ },
  ],
  quiet: [
    { source: 'The :attribute must be a number', target: ':Attribute doit être un nombre', flags: f, why: 'case variants are the same parameter' },
    { source: 'Note: value at 10:30', target: 'Remarque : valeur à 10:30', flags: f, why: 'prose colons' },
    { source: 'The :attribute field', target: 'Le champ', why: 'not flagged' },
  ],
});
