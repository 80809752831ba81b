import spacing from './spacing.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(spacing, {
  fires: [
    { source: 'Name: ', target: 'Nom: ', message: /missing no-break space before ":"/, fix: 'Nom\u00a0: ' },
    { source: 'Delete?', target: 'Supprimer?', fix: 'Supprimer\u00a0?' },
    { source: 'Open "Help"', target: 'Ouvrir «Aide»', message: /after "«", before "»"/, fix: 'Ouvrir «\u00a0Aide\u00a0»' },
    { source: 'Delete?', target: 'Dilemel?', locale: 'br' },
    { source: 'Red, green, blue', target: 'Rot,grün,blau', locale: 'de', message: /no space after ","/ },
    { source: 'Done. Next step.', target: 'Fertig.Nächster Schritt.', locale: 'de' },
    { source: 'unknown command: %s', target: 'instrucción descoñecida:%s', locale: 'gl', flags: ['c-format'], message: /no space after ":"/ },
    { source: 'Open %s', target: 'Ouvrir «%s»', flags: ['c-format'], message: /after "«"/, why: 'placeholders are masked; no fix offered then' },
  ],
  quiet: [
    { source: 'Name: ', target: 'Nom : ' },
    { source: 'Name: ', target: 'Nom\u00a0: ' },
    { source: 'Name: ', target: 'Nom\u202f: ', why: 'narrow no-break space' },
    { source: 'Delete?', target: 'Supprimer ?' },
    { source: 'Delete?', target: 'Supprimer?', locale: 'fr-CA', why: 'Canadian French sets no space' },
    { source: 'Really?!', target: 'Vraiment ?!' },
    { source: 'Time: 10:30', target: 'Heure : 10:30', why: 'a colon inside a time is not followed by a space' },
    { source: 'See https://example.com/?a=1', target: 'Voir https://example.com/?a=1' },
    { source: 'Open "Help"', target: 'Ouvrir « Aide »' },
    { source: 'Empty entity “&;” seen', target: 'Entité vide « &; » rencontrée' },
    { source: 'Name: ', target: '名称：', locale: 'zh', why: 'full-width punctuation carries its spacing' },
    { source: 'Red, green, blue', target: '赤、緑、青', locale: 'ja' },
    { source: 'Delete?', target: 'Löschen?', locale: 'de' },
    { source: 'Red, green,\nblue', target: 'Rot, grün,\nblau', locale: 'de' },
    { source: 'Red, green', target: 'Rot,\ngrün', locale: 'de', why: 'reflowed line' },
    { source: 'Yes, no', target: 'כן,\u200f לא', locale: 'he', why: 'bidi marks do not count' },
    { source: 'Price: 1,000', target: 'Preis: 1.000', locale: 'de' },
    { source: 'Unmatched [, [^, [:, [., or [=', target: 'Uklepaj [, [^, [:, [. ali [= brez para', locale: 'sl', why: 'marks being talked about' },
    { source: '? at start of expression', target: '„?“ в началото на израз', locale: 'bg' },
    { source: 'how to handle directories;\n  ACTION is', target: 'la façon de traiter les répertoires ;\n  ACTION est', why: 'reflowed' },
    { source: 'Version 1.5. Done', target: 'Version 1.5. Fertig', locale: 'de' },
  ],
});
