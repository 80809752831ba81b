import formsCount from './forms-count.js';
import { testCheck } from '../../testing/check-tester.js';

const ruRule = 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);';

testCheck(formsCount, {
  fires: [
    { why: 'ru with 2 forms under a 3-form header', source: '%d file', sourcePlural: '%d files', targets: ['%d файл', '%d файлов'], locale: 'ru', pluralForms: ruRule, message: /2 plural forms where Plural-Forms requires 3/ },
    { why: 'no header: CLDR says ru has 3', source: '%d file', sourcePlural: '%d files', targets: ['%d файл', '%d файлов'], locale: 'ru', message: /no Plural-Forms header/ },
    { why: 'header disagrees with CLDR, when asked', source: 'x', target: 'y', locale: 'ru', pluralForms: 'nplurals=2; plural=(n != 1);', options: { compareWithCldr: true }, message: /declares 2 forms but CLDR gives ru 3/ },
  ],
  quiet: [
    { why: 'a header is trusted by default: gettext traditions differ from CLDR (uk 4 forms, tr 1)', source: 'x', target: 'y', locale: 'uk', pluralForms: 'nplurals=4; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : n%10==0 || n%10>=5 && n%10<=9 || n%100>=11 && n%100<=14 ? 2 : 3);' },
    { source: '%d file', sourcePlural: '%d files', targets: ['%d файл', '%d файла', '%d файлов'], locale: 'ru', pluralForms: ruRule },
    { why: 'ja has one form', source: '%d file', sourcePlural: '%d files', targets: ['%d ファイル'], locale: 'ja', pluralForms: 'nplurals=1; plural=0;' },
    { why: 'fr: CLDR "many" for millions is not a gettext form', source: '%d file', sourcePlural: '%d files', targets: ['%d fichier', '%d fichiers'], locale: 'fr', pluralForms: 'nplurals=2; plural=(n > 1);' },
  ],
});
