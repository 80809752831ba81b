import english from './english-style.js';
import formEmpty from './form-empty.js';
import header from './header.js';
import implied from './implied-quantity.js';
import rangeFlag from './range-flag.js';
import sameForms from './same-forms.js';
import { testCheck } from '../../testing/check-tester.js';

const ru = 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);';

testCheck(formEmpty, {
  fires: [{ source: '%d file', sourcePlural: '%d files', targets: ['%d файл', '', '%d файлов'], locale: 'ru', pluralForms: ru, message: /form 1 is empty/ }],
  quiet: [{ source: '%d file', sourcePlural: '%d files', targets: ['', '', ''], locale: 'ru', pluralForms: ru }],
});
testCheck(sameForms, {
  fires: [{ source: '%d file', sourcePlural: '%d files', targets: ['%d файла', '%d файла', '%d файла'], locale: 'ru', pluralForms: ru }],
  quiet: [
    { source: '%d file', sourcePlural: '%d files', targets: ['%d файл', '%d файла', '%d файла'], locale: 'ru', pluralForms: ru, why: 'two of three coincide' },
    { source: '%d', sourcePlural: '%d', targets: ['%d', '%d', '%d'], locale: 'ru', pluralForms: ru },
  ],
});
testCheck(english, {
  fires: [{ source: '%d file(s) deleted', target: 'x' }, { source: 'Delete {count} item(s)?', target: 'x' }],
  quiet: [{ source: 'Select the file(s)', target: 'x' }, { source: 'Ok (s) key', target: 'x' }],
});
testCheck(header, {
  fires: [
    { source: 'a', target: 'b', pluralForms: 'nplurals=2; plural=n%3;', message: /selects form 2 for n=2/ },
    { source: 'a', target: 'b', pluralForms: 'nplurals=3; plural=(n != 1);', message: /never selects form 2/ },
    { source: 'a', target: 'b', pluralForms: 'nplurals=2; plural=(1/(n-1));', message: /divides by zero|selects form/ },
    { source: 'a', sourcePlural: 'as', targets: ['b', 'bs'], message: /no Plural-Forms header but the catalog has plural messages/ },
    { source: 'a', target: 'b', pluralForms: '2', message: /invalid Plural-Forms header "2"/, why: 'a real Debian header (glib mn.po): a finding, not a file error' },
    { source: 'a', target: 'b', pluralForms: 'nplurals=2; plural=(n!=1); x=1', message: /junk after the expression: "x=1"/ },
  ],
  quiet: [
    { source: 'a', target: 'b', pluralForms: 'nplurals=2; plural=(n > 1);' },
    { source: 'a', target: 'b', locale: 'ja', why: 'one-form language without header' },
  ],
});
testCheck(implied, {
  fires: [{ source: 'One file', sourcePlural: '%d files', targets: ['Один файл', '%d файла', '%d файлов'], locale: 'ru', pluralForms: ru }],
  quiet: [
    { source: 'One file', sourcePlural: '%d files', targets: ['Un fichier', '%d fichiers'], locale: 'fr', pluralForms: 'nplurals=2; plural=(n > 1);' },
    { source: 'One file', sourcePlural: '%d files', targets: ['%d файл', '%d файла', '%d файлов'], locale: 'ru', pluralForms: ru },
  ],
});
testCheck(rangeFlag, {
  fires: [{ source: 'a', sourcePlural: 'as', targets: ['b', 'c'], flags: ['range: 5..1'] }, { source: 'a', target: 'b', flags: ['range: 0..5'] }],
  quiet: [{ source: 'a', sourcePlural: 'as', targets: ['b', 'c'], flags: ['range: 0..5'] }],
});
