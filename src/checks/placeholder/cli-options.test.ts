import cliOptions from './cli-options.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(cliOptions, {
  fires: [
    { source: 'Run with --help for details', target: 'Lancez avec --aide pour les détails', message: /missing or translated option --help/ },
    { source: 'Use --color=auto', target: 'Utilisez --color=automatique', message: /"auto" is a literal value/ },
    { source: '  -c, --check=diagnose-first  check', target: '  -c, --check=дијагноза-прво  проверава', locale: 'sr', message: /"diagnose-first" is a literal value/ },
  ],
  quiet: [
    { source: 'Use --file=FILE', target: 'Utilisez --file=FICHIER', why: 'metavariable translated' },
    { source: '  -e script, --expression=script', target: '  -e Skript, --expression=Skript', why: 'the argument of -e too: a lower-case metavariable' },
    { source: 'Wait -- this is fine', target: 'Attendez -- c’est bien', why: 'em-dash pair' },
    { source: 'yes--no', target: 'oui--non' },
    { source: 'Run --verbose.', target: 'Lancez --verbose.' },
  ],
});
