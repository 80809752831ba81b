import functions from './functions.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(functions, {
  fires: [
    { source: 'Use rgb() for colours', target: 'Utilisez rvb() pour les couleurs', message: /rgb\(\) became rvb\(\)/ },
    { source: 'Call window.resizeBy() first', target: 'Appelez d’abord la fonction', message: /missing window\.resizeBy\(\)/ },
  ],
  quiet: [
    { source: 'Use rgb() for colours', target: 'Utilisez rgb() pour les couleurs' },
    { source: 'Delete file(s)', target: 'Supprimer le(s) fichier(s)', why: '"(s)" is not a call' },
    { source: 'e.g. this', target: 'p. ex. ceci' },
  ],
});
