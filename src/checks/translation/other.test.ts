import blank from './blank.js';
import conflictMarker from './conflict-marker.js';
import emptySource from './empty-source.js';
import fuzzy from './fuzzy.js';
import kdeComment from './kde-comment.js';
import strayPrevious from './stray-previous.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(blank, {
  fires: [{ source: 'Save', target: '  ' }, { source: 'Save', target: '\n' }],
  quiet: [{ source: 'Save', target: 'Enregistrer' }, { source: ' ', target: ' ' }],
});
testCheck(emptySource, { fires: [{ source: '', context: 'k', target: 'x' }], quiet: [{ source: 'a', target: 'b' }] });
testCheck(fuzzy, { fires: [{ source: 'a', target: 'b', flags: ['fuzzy'] }], quiet: [{ source: 'a', target: 'b' }] });
testCheck(conflictMarker, {
  fires: [{ source: 'Open', target: '#-#-#-#-#  a.po  #-#-#-#-#\nOuvrir' }],
  quiet: [{ source: 'Open', target: 'Ouvrir' }, { source: '# of items', target: 'Nombre #' }],
});
testCheck(kdeComment, {
  fires: [{ source: '_: menu\nOpen', target: '_: menu\nOuvrir' }],
  quiet: [{ source: '_: menu\nOpen', target: 'Ouvrir' }],
});
testCheck(strayPrevious, {
  fires: [{ comments: ['#| msgid "Save as"'], source: 'Save', target: 'Enregistrer' }],
  quiet: [{ comments: ['#| msgid "Save as"'], source: 'Save', target: 'Enregistrer', flags: ['fuzzy'] }, { source: 'Save', target: 'Enregistrer' }],
});
