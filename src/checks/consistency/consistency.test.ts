import differentSource from './different-source-same-target.js';
import duplicate from './duplicate-definition.js';
import sameSource from './same-source-different-target.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(sameSource, {
  fires: [{ also: [{ source: 'Save', target: 'Enregistrer' }], source: 'Save', target: 'Sauvegarder', message: /translated as "Enregistrer" at line/ }],
  quiet: [
    { also: [{ source: 'Open', target: 'Ouvrir', context: 'file' }], source: 'Open', target: 'Ouvert', context: 'state', why: 'different contexts' },
    { also: [{ source: 'Save', target: '&Enregistrer' }], source: 'Save', target: 'Enregistrer.', why: 'accelerator and punctuation only' },
    { also: [{ source: 'Save', target: 'Enregistrer', flags: ['fuzzy'] }], source: 'Save', target: 'Sauvegarder', why: 'fuzzy elsewhere' },
  ],
});
testCheck(differentSource, {
  fires: [{ also: [{ source: 'Open', target: 'Ouvrir' }], source: 'Close', target: 'Ouvrir' }],
  quiet: [{ also: [{ source: 'Open', target: 'Ouvrir' }], source: 'Close', target: 'Fermer' }, { also: [{ source: 'Open', target: 'Ouvrir' }], source: 'Open…', target: 'Ouvrir…' }],
});
testCheck(duplicate, {
  fires: [{ also: [{ source: 'Save', target: 'Enregistrer' }], source: 'Save', target: 'Sauver' }],
  quiet: [{ also: [{ source: 'Save', target: 'Enregistrer', context: 'menu' }], source: 'Save', target: 'Enregistrer' }],
});
