import scheme from './scheme.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['scheme-format'];

testCheck(scheme, {
  fires: [
    { source: '~d apples', target: 'pommes', flags: f, message: /missing ~d/ },
    { source: '~a has ~d files', target: '~a a ~a fichiers', flags: f, message: /integer expected, object given/ },
  ],
  quiet: [
    { source: '~a has ~d files~%', target: '~a a ~d fichiers~%', flags: f },
    { source: 'Wait ~5 minutes', target: 'Attendez ~5 minutes', why: 'not flagged: "~" is prose' },
    { source: 'About ~a~~', target: 'Environ ~a~~', flags: f, why: '~~ is a literal tilde' },
  ],
});
