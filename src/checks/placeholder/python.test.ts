import pythonBrace from './python-brace.js';
import pythonPercent from './python-percent.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(pythonPercent, {
  fires: [
    { source: '%(n)d items', target: '%(num)d éléments', flags: ['python-format'], message: /missing %\(n\)d/ },
    { source: '%(n)d items', target: '%(n)s éléments', flags: ['python-format'], message: /int expected/ },
    { source: '%(name)s has %(count)d files', target: '%(name)s a des fichiers', flags: ['python-format'], severity: 'warning' },
    { source: 'Delete %s?', target: 'Supprimer ?', flags: ['python-format'], severity: 'error' },
  ],
  quiet: [
    { source: '%(a)s %(b)s', target: '%(b)s %(a)s', flags: ['python-format'] },
    { source: '100%% of %(n)d', target: '100%% de %(n)d', flags: ['python-format'] },
    { source: '%(a)s and %(b)s', target: '%(a)s und %(b)s', flags: ['python-format', 'fuzzy'], locale: 'de' },
  ],
});

testCheck(pythonBrace, {
  fires: [
    { source: '{count} files', target: '{nombre} fichiers', flags: ['python-brace-format'], message: /missing \{count\}/ },
    { source: '{} of {}', target: '{} de', flags: ['python-brace-format'], message: /missing \{\}/ },
    { source: 'Hello {name}', target: 'Bonjour', message: /missing \{name\}/, why: 'guessed in flagless catalogs' },
  ],
  quiet: [
    { source: '{0} of {1}', target: '{1} / {0}', flags: ['python-brace-format'] },
    { source: '{name!r:>10} ok', target: '{name!r:>10} d’accord', flags: ['python-brace-format'] },
    { source: 'Use {{braces}} {x}', target: 'Utiliser {{accolades}} {x}', flags: ['python-brace-format'] },
  ],
});
