import perlBrace from './perl-brace.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['perl-brace-format'];

testCheck(perlBrace, {
  fires: [
    { source: '{n} apples', target: '{m} pommes', flags: f, message: /missing \{n\}/ },
    { source: '{n} apples', target: '{m} pommes', flags: f, message: /\{m\} is not in the source/ },
    { source: 'Copy {file} to {dir}', target: 'Copier {file}', flags: f, message: /missing \{dir\}/ },
  ],
  quiet: [
    { source: '{a} and {b}', target: '{b} et {a}', flags: f, why: 'reordered names' },
    { source: '{n} apples', target: '{m} pommes', why: 'not flagged: {braces} may be prose' },
    { source: 'Use {} here', target: 'Utiliser {} ici', flags: f, why: 'empty braces are not perl-brace placeholders' },
  ],
});
