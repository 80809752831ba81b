import brackets from './brackets.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(brackets, {
  fires: [
    { source: 'Size (optional)', target: 'Taille facultatif', message: /missing "\(", "\)"/ },
    { source: 'Size', target: 'Taille (facultatif', message: /1 "\(" but 0 "\)": a bracket is not closed/ },
    { source: 'Array [index]', target: 'Tableau index]', message: /missing "\["/ },
    { source: 'Size (optional)', target: '大小（可选', locale: 'zh', message: /missing "\)"/ },
  ],
  quiet: [
    { source: 'Size (optional)', target: 'Taille (facultatif)' },
    { source: 'Size (optional)', target: '大小（可选）', locale: 'zh', why: 'full-width brackets count as brackets' },
    { source: 'Tag [new]', target: '标签【新】', locale: 'zh' },
    { source: 'Delete file(s)', target: 'Fichiers supprimés', why: 'pseudo-plural rewritten as a plural (translate/translate#236)' },
    { source: 'Delete %d file(s)', target: '%d Datei(en) löschen', locale: 'de', flags: ['c-format'] },
    { source: 'Hello {name}', target: 'Bonjour {name}', flags: ['python-brace-format'] },
    { source: 'Hello {name}', target: 'Bonjour', flags: ['python-brace-format'], why: 'placeholders are the placeholder rules\' business' },
    { source: 'Thanks :)', target: 'Merci !', why: 'emoticons are not brackets' },
    { source: "classes 'upper' and 'lower'", target: 'třídy znaků [:upper:] a [:lower:]', locale: 'cs', why: '[:upper:] is not an emoticon' },
    { source: 'See https://en.wikipedia.org/wiki/Foo_(bar)', target: 'Voir https://fr.wikipedia.org/wiki/Foo_(bar)' },
    { source: 'Options', target: 'Options' },
    { source: '_Reload', target: '再読み込み(_R)', locale: 'ja', why: 'mnemonic hint' },
    { source: 'Enable text _wrapping', target: '启用文本换行(_W)', locale: 'zh' },
    { source: 'If true, spaces are used', target: 'Si és «True» (cert), s\'utilitzen espais', locale: 'ca', why: 'an added explanation in brackets' },
    { source: "%s: can't read %s", target: '%s: %s(을)를 읽을 수 없음', locale: 'ko', flags: ['c-format'] },
    { source: '(C)', target: '©', locale: 'sl' },
  ],
});
