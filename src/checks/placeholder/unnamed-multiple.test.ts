import unnamedMultiple from './unnamed-multiple.js';
import { testCheck } from '../../testing/check-tester.js';

const py = ['python-format'];

testCheck(unnamedMultiple, {
  fires: [
    { source: '%s has %d files', target: '%s a %d fichiers', flags: py, message: /2 unnamed arguments/ },
    { source: '%s has %d files', target: '', flags: py, message: /unnamed/, why: 'source advice: untranslated units count too' },
    { source: '%d file', sourcePlural: '%d files', targets: ['%d fichier', '%d fichiers'], flags: py, message: /count %d is unnamed/ },
  ],
  quiet: [
    { source: '%(who)s has %(n)d files', target: '%(who)s a %(n)d fichiers', flags: py },
    { source: '%s has %d files', target: '%s a %d fichiers', flags: ['c-format'], why: 'C can reorder with %2$d' },
    { source: 'Delete %s?', target: 'Supprimer %s ?', flags: py },
  ],
});
