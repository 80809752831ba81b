import forbidden from './forbidden.js';
import invalidChar from './invalid-char.js';
import mismatch from './mismatch.js';
import { testCheck } from '../../testing/check-tester.js';

const gnome = [
  { source: '_File', target: '_Fichier' },
  { source: '_Edit', target: '_Édition' },
  { source: '_View', target: '_Affichage' },
];

testCheck(mismatch, {
  fires: [
    { source: '&Open', target: 'Ouvrir', message: /missing accelerator "&" \(the source has "&O"\)/ },
    { source: '_Open', target: 'Ouvrir', message: /missing accelerator "_"/ },
    { source: '~Open', target: 'Ouvrir' },
    { source: 'Save _As', target: '_Enregistrer _sous', message: /appears 2 times; the source has one/ },
    { source: 'Re_load', target: 'Recharger', message: /"_l"/ },
    { source: '_Open', target: '_ Ouvrir', message: /stands before " "|missing/ },
    { source: 'Open', target: '_Ouvrir', also: gnome, message: /accelerator "_O" is not in the source/, why: 'the catalog uses _ everywhere, so an added one is an error' },
    { source: 'Open', target: 'O&uvrir', flags: ['accelerator:&'], why: 'declared by a flag' },
    { source: '&Open', target: 'Ouvrir', options: { marker: '&' } },
    { source: 'E&xit', target: 'Quitter' },
  ],
  quiet: [
    { source: '&Open', target: '&Ouvrir' },
    { source: '_Open', target: 'O_uvrir' },
    { source: 'Move _Down', target: 'הזזה מ_טה', locale: 'he', why: 'a mnemonic inside a word of a script without case' },
    { source: 'Mailing _List', target: 'قائمة بري_دية', locale: 'ar' },
    { source: '&Open', target: 'ファイルを開く(&O)', locale: 'ja' },
    { source: 'Walter & Sons', target: 'Walter et fils', why: 'an ampersand before a space is "and"' },
    { source: 'R&D department', target: 'Service R-D', why: 'an ampersand between capitals is "and"' },
    { source: 'Q&A', target: 'Questions et réponses' },
    { source: 'Tom &amp; Jerry', target: 'Tom et Jerry', why: 'a character entity' },
    { source: 'Use &&', target: 'Utiliser et', why: 'an escaped literal ampersand' },
    { source: 'Set the file_name option', target: "Définir l'option", why: 'snake_case identifier' },
    { source: 'MAX_SIZE reached', target: 'Taille max atteinte' },
    { source: 'Open ~/config', target: 'Ouvrir', why: 'home directory path' },
    { source: 'Wait ~5 minutes', target: 'Attendez 5 minutes environ' },
    { source: 'See https://x.org/?a=1&b=2', target: 'Voir' },
    { source: '_Open', target: 'Ouvrir', flags: ['no-accelerator'] },
    { source: '&Open', target: 'Ouvrir', options: { marker: 'none' } },
    { source: 'Open', target: 'Ouvrir & fermer', why: 'no marker anywhere' },
    { source: 'Save {file_name}', target: 'Enregistrer {file_name}', flags: ['python-brace-format'] },
    { source: '&Open', target: 'खोलें', locale: 'ne', why: 'Nepali leaves accelerators out' },
    { source: 'Copy _up', target: 'Copiar a_cima', locale: 'pt', why: 'a mnemonic inside a lower-case word' },
    { source: 'Regular e_xpression', target: 'E_xpression régulière', also: gnome },
    { source: 'Save _As file_name', target: 'Enregistrer _sous file_name', why: 'an identifier kept from the source' },
  ],
});

testCheck(invalidChar, {
  fires: [
    { source: '_Open', target: 'Ж_ouvrir _Ж', locale: 'fr', message: /"Ж" is not among/ },
    { source: '_Open', target: 'Άν_οιγμα', locale: 'ru', options: { chars: 'abc' } },
    { source: '_Open', target: '_Άνοιγμα', locale: 'el', why: 'accented letters are not on Greek keys (translate-toolkit el.py)' },
  ],
  quiet: [
    { source: '_Open', target: '_Ouvrir', locale: 'fr' },
    { source: '_Open', target: '_Éditer', locale: 'fr' },
    { source: '_Open', target: 'Άνοι_γμα', locale: 'el' },
    { source: '_Open', target: '_Открыть', locale: 'ru', why: 'no data for Russian: Cyrillic is fine' },
  ],
});

testCheck(forbidden, {
  fires: [
    { source: '&Open', target: '&खोलें', locale: 'hi', message: /should not appear/, fix: 'खोलें' },
    { source: '_Open', target: 'তালা _খুলুন', locale: 'bn' },
  ],
  quiet: [
    { source: '&Open', target: 'खोलें', locale: 'hi' },
    { source: '&Open', target: '&Ouvrir', locale: 'fr' },
  ],
});
