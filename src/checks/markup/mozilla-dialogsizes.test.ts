import mozillaDialogsizes from './mozilla-dialogsizes.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(mozillaDialogsizes, {
  fires: [
    { source: 'width: 30em', target: 'largeur: 30em', message: /do not translate the property "width"/ },
    { source: 'width: 30em; height: 20em', target: 'width: 35em', message: /2 "property: size" pairs/ },
    { source: 'width: 30em', target: 'width: 30cm', message: /unit should be one of em, px, ch/ },
  ],
  quiet: [
    { source: 'width: 30em', target: 'width: 35em', why: 'the number may change' },
    { source: 'Window width', target: 'Largeur de la fenêtre' },
  ],
});
