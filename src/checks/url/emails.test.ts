import emails from './emails.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(emails, {
  fires: [
    { source: 'Write to help@x.org', target: 'Écrivez à aide@x.org', message: /e-mail help@x\.org became aide@x\.org/ },
    { source: 'Write to help@x.org', target: 'Écrivez-nous', message: /missing e-mail help@x\.org/ },
  ],
  quiet: [
    { source: 'Write to help@x.org', target: 'Écrivez à « help@x.org »', why: 'quotes around the address' },
    { source: 'Write to "help@x.org".', target: 'Écrivez à "help@x.org".' },
    { source: 'Write to help@x.org', target: 'Écrivez à help-fr@x.org', why: 'localized support inbox' },
    { source: 'Follow @gnome', target: 'Suivez @gnome' },
    { source: 'Connect as %s@%s', target: 'Se connecter en tant que %s@%s', flags: ['c-format'] },
    { source: 'translator-credits', target: 'Jean <jean@exemple.fr>', why: 'credits unit' },
  ],
});
