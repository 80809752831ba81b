import maxChars from './max-chars.js';
import maxWords from './max-words.js';
import ratioLong from './ratio-long.js';
import ratioShort from './ratio-short.js';
import sourceNearLimit from './source-near-limit.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(ratioShort, {
  fires: [
    { source: 'Preferences for the selected printer', target: 'P' },
    { source: 'Remove all selected items from the list', target: 'Retirer' },
  ],
  quiet: [
    { source: 'Preferences', target: 'Préf.', why: 'abbreviation within ratio' },
    { source: 'Preferences for the selected printer', target: '所选打印机的首选项', locale: 'zh' },
    { source: 'OK', target: 'D' , why: 'source too short to judge' },
    { source: 'Delete %s permanently', target: '%s löschen' },
  ],
});
testCheck(ratioLong, {
  fires: [{ source: 'OK', target: 'Cliquez ici pour confirmer votre choix et fermer la fenêtre' }],
  quiet: [
    { source: 'OK', target: "D'accord" },
    { source: 'Settings', target: 'Einstellungsverwaltung', locale: 'de', why: 'long compound, under the absolute floor' },
    { source: '%s', target: '%s' },
  ],
});
testCheck(maxChars, {
  fires: [{ source: 'Save', target: 'Enregistrer le document', flags: ['max-length:10'] }, { source: 'Save', target: 'Enregistrer', comments: ['#. max-length: 5'] }],
  quiet: [{ source: 'Save', target: 'Enregistrer', flags: ['max-length:12'] }, { source: 'Save', target: 'Enregistrer le document' }, { source: 'Name %s', target: 'Nom %s', flags: ['max-length:5'], why: 'placeholder counts as one' }],
});
testCheck(sourceNearLimit, { fires: [{ source: 'Save document', target: 'x', flags: ['max-length:14'] }], quiet: [{ source: 'Save', target: 'x', flags: ['max-length:14'] }] });
testCheck(maxWords, { fires: [{ source: 'a', target: 'un deux trois quatre', options: { max: 3 } }], quiet: [{ source: 'a', target: 'un deux', options: { max: 3 } }, { source: 'a', target: 'un deux trois quatre' }] });
