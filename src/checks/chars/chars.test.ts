import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCatalog } from '../../core/engine.js';
import { parsePo } from '../../formats/po.js';
import allowedSet from './allowed-set.js';
import control from './control.js';
import corrupted from './corrupted.js';
import encodingDeclared from './encoding-declared.js';
import kabyle from './kabyle.js';
import kashida from './kashida.js';
import prohibitedInitial from './prohibited-initial.js';
import tripledLetter from './tripled-letter.js';
import typography from './typography.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(corrupted, {
  fires: [
    { source: 'Café', target: 'CafÃ©', message: /mis-decoded UTF-8 "Ã©" \(meant "é"\)/, fix: 'Café' },
    { source: "Don't save", target: 'Ne pas enregistrer lâ€™image', message: /"â€™" \(meant "’"\)/ },
    { source: 'Settings', target: 'ÐÐ°ÑÑ‚Ñ€Ð¾Ð¹ÐºÐ¸', locale: 'ru' },
    { source: 'Save', target: 'Enregistr\ufffd', message: /replacement character/ },
    { source: 'File', target: 'æ–‡ä»¶', locale: 'zh', message: /meant "文"/ },
    { source: 'Open', target: 'Ù…Ø§', locale: 'ar', why: 'two weak sequences together' },
  ],
  quiet: [
    { source: 'São Paulo', target: 'São Paulo', locale: 'pt' },
    { source: 'SAO PAULO', target: 'SÃO PAULO', locale: 'pt', why: 'a real Ã followed by a letter' },
    { source: 'Café', target: '«CAFÉ»', why: 'É» would decode to an IPA letter: ordinary text' },
    { source: 'Straße', target: '«Straße»', locale: 'de' },
    { source: 'à la carte', target: 'à « la carte »' },
    { source: 'Usage: %s OPTION...', target: 'Forma d’ús: %s OPCIÓ…', locale: 'ca', flags: ['c-format'], why: 'an accented capital before typographic punctuation' },
    { source: 'Where…', target: 'OÙ…' },
    { source: 'Mojibake looks like Ã©', target: 'Le mojibake ressemble à Ã©', why: 'the source shows it on purpose' },
  ],
});

testCheck(control, {
  fires: [
    { source: 'Save', target: 'Enregistrer\u200b', message: /U\+200B ZERO WIDTH SPACE/, fix: 'Enregistrer' },
    { source: 'Save', target: 'Enre\u00adgistrer', message: /SOFT HYPHEN/, fix: 'Enregistrer' },
    { source: 'Save', target: '\ufeffEnregistrer', message: /BOM/ },
    { source: 'Save', target: 'حفظ\u202e', locale: 'ar', message: /RIGHT-TO-LEFT OVERRIDE/, why: 'overrides are never allowed (Trojan Source)' },
    { source: 'Save', target: 'Enregistrer\u200e', message: /LEFT-TO-RIGHT MARK/, why: 'directional marks belong to right-to-left languages' },
    { source: 'Save', target: 'Enregistrer\u0007', message: /BELL/ },
  ],
  quiet: [
    { source: 'My files', target: 'فایل\u200cهای من', locale: 'fa', why: 'ZWNJ shapes Persian words' },
    { source: 'Hindi', target: 'क्\u200dष', locale: 'hi' },
    { source: 'Version 2', target: 'גרסה\u200f 2', locale: 'he', why: 'RLM in Hebrew' },
    { source: 'Family', target: 'Famille 👨\u200d👩\u200d👧', why: 'emoji sequence' },
    { source: 'Hello world', target: 'สวัสดี\u200bชาวโลก', locale: 'th', why: 'ZWSP marks Thai word boundaries' },
    { source: 'Col\u00adumn', target: 'Co\u00adlonne', why: 'the source has a soft hyphen too' },
    { source: 'Save', target: 'Enre\u00adgistrer', options: { allow: ['U+00AD'] } },
  ],
});

testCheck(kashida, {
  fires: [{ source: 'Hello', target: 'مـرحبا', locale: 'ar', message: /tatweel/, fix: 'مرحبا' }],
  quiet: [
    { source: 'Hello', target: 'مرحبا', locale: 'ar' },
    { source: 'Year 1445 AH', target: 'عام ١٤٤٥هـ', locale: 'ar', why: 'tatweel as the Hijri abbreviation mark' },
  ],
});

testCheck(kabyle, {
  fires: [{ source: 'Hello', target: 'Azul fellaγ', locale: 'kab', message: /Greek "γ" → "ɣ"/, fix: 'Azul fellaɣ' }],
  quiet: [
    { source: 'Hello', target: 'Azul fellaɣ', locale: 'kab' },
    { source: 'Hello γ', target: 'Azul γ', locale: 'el', why: 'only Kabyle' },
  ],
});

testCheck(tripledLetter, {
  fires: [
    { source: 'Error', target: 'Erreeeur', message: /tripled letter in "Erreeeur"/ },
    { source: 'Error', target: 'Ошибкааа', locale: 'ru' },
  ],
  quiet: [
    { source: 'Shipping', target: 'Schifffahrt', locale: 'de', why: 'German compounds keep three letters' },
    { source: 'Chapter III', target: 'Chapitre III' },
    { source: 'Go to www.example.com', target: 'Aller sur www.example.com' },
    { source: 'Format XXX-XXX', target: 'Format XXX-XXX' },
    { source: 'Zzz', target: 'Zzz' },
    { source: 'Color #fffeee', target: 'Couleur #fffeee' },
    { source: 'Laugh', target: '哈哈哈', locale: 'zh' },
    { source: 'Hmmm', target: 'Hmmm' },
  ],
});

testCheck(prohibitedInitial, {
  fires: [
    { source: 'Sum', target: '=SUM()', message: /starts with "=", which spreadsheets read as a formula/ },
    { source: 'Mention', target: '@mention' },
  ],
  quiet: [
    { source: '+1 vote', target: '+1 voix', why: 'the source starts the same way' },
    { source: 'the -P option only supports a single pattern', target: '-P オプションは単一のパターンしかサポートしません', locale: 'ja', why: 'word order moved a token of the source first' },
    { source: 'Sum', target: 'Somme' },
  ],
});

testCheck(typography, {
  fires: [
    { source: 'Open...', target: 'Ouvrir...', message: /"\.\.\." for the ellipsis/, fix: 'Ouvrir…' },
    { source: 'Click "OK"', target: 'Klicken Sie auf "OK"', locale: 'de', message: /straight quotes/, fix: 'Klicken Sie auf „OK“' },
    { source: 'Copyright © 2024', target: 'Copyright (c) 2024', message: /©/, fix: 'Copyright © 2024' },
    { source: 'File saved.', target: 'फ़ाइल सहेजी गई.', locale: 'hi', fix: 'फ़ाइल सहेजी गई।' },
    { source: 'a - b', target: 'a -- b', message: /dash/ },
  ],
  quiet: [
    { source: 'Open…', target: 'Ouvrir…' },
    { source: 'Click "OK"', target: 'Klicken Sie auf „OK“', locale: 'de' },
    { source: 'Open...', target: 'Ouvrir...', options: { ellipsis: false } },
    { source: 'Pages 1...10', target: 'Pages 1...10' },
    { source: 'Run --help', target: 'Exécutez --help' },
    { source: "invalid option -- '%c'", target: "optie vereist een argument -- '%c'", locale: 'nl', flags: ['c-format'], why: 'getopt writes -- literally' },
    { source: 'Usage: %s [OPTION]... [FILE]...', target: 'Usage : %s [OPTION]... [FICHIER]...', flags: ['c-format'], options: { quotes: false }, why: 'usage syntax: repeatable' },
  ],
});

testCheck(allowedSet, {
  fires: [
    { source: 'Yes', target: 'Да ÿ', locale: 'ru', options: { charset: 'ISO-8859-5' }, message: /"ÿ" \(U\+00FF\) not in ISO-8859-5/ },
    { source: 'Yes', target: 'Oui€', options: { chars: 'OuiNn' } },
  ],
  quiet: [
    { source: 'Yes', target: 'Да', locale: 'ru', options: { charset: 'ISO-8859-5' } },
    { source: 'Price €', target: 'Prix €', options: { chars: 'Prix' }, why: 'characters of the source are allowed' },
    { source: 'Yes', target: 'Oui ÿ', why: 'nothing configured: the rule does nothing' },
  ],
});

function headerFindings(header: string, body = 'msgid "Save"\nmsgstr "Enregistrer"\n'): string[] {
  const text = `msgid ""\nmsgstr ""\n${header}\n\n${body}`;
  const catalog = parsePo(Buffer.from(text, 'latin1'), { path: 'test/fr.po', sourceLocale: 'en' });
  return checkCatalog(catalog, [{ check: encodingDeclared, severity: 'error', options: {} }], { debug: true }).map((f) => f.message);
}

describe('chars/encoding-declared', () => {
  it('fires on the CHARSET placeholder with non-ASCII text', () => {
    const text = Buffer.from('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=CHARSET\\n"\n\nmsgid "Cafe"\nmsgstr "Café"\n', 'utf8');
    const catalog = parsePo(text, { path: 'test/fr.po', sourceLocale: 'en' });
    const messages = checkCatalog(catalog, [{ check: encodingDeclared, severity: 'error', options: {} }], { debug: true }).map((f) => f.message);
    assert.match(messages.join('\n'), /template placeholder "CHARSET"/);
  });
  it('fires on a non-portable charset name', () => {
    assert.match(headerFindings('"Content-Type: text/plain; charset=utf8\\n"').join('\n'), /charset "utf8" is not portable/);
  });
  it('fires on ASCII with bytes that are not ASCII', () => {
    assert.match(headerFindings('"Content-Type: text/plain; charset=ASCII\\n"', 'msgid "Cafe"\nmsgstr "Caf\xe9"\n').join('\n'), /not valid ASCII/);
  });
  it('fires on an encoding in the Language header', () => {
    assert.match(headerFindings('"Language: fr_FR.UTF-8\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"').join('\n'), /carries an encoding/);
  });
  it('stays quiet on UTF-8 and on portable legacy charsets', () => {
    assert.deepEqual(headerFindings('"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"'), []);
    assert.deepEqual(headerFindings('"Content-Type: text/plain; charset=ISO-8859-1\\n"', 'msgid "Cafe"\nmsgstr "Caf\xe9"\n'), []);
    assert.deepEqual(headerFindings('"Content-Type: text/plain; charset=CHARSET\\n"'), [], 'a pure-ASCII template may keep CHARSET');
  });
});
