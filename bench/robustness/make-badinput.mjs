#!/usr/bin/env node
// Copied unchanged (except this line) from the team's shared/bench/make-badinput.mjs on 2026-11-25; see bench/README.md.
// make-badinput.mjs OUT_DIR [--seed N] [--quick] [--force]
//
// Builds a corpus of hostile / malformed / nasty-but-valid localization files for
// robustness testing of translint (see ROBUSTNESS.md). Plain Node 20, no dependencies.
// Deterministic for a given seed; the seed changes file names, keys, texts, cut points,
// depths and junk bytes so that a fixed list of files cannot be special-cased.
//
// Writes OUT_DIR/MANIFEST.jsonl, one line per corpus entry:
//   {"file": "po/truncated-xyz.po", "format": "po", "category": "truncated",
//    "expect": "error"|"ok", "huge": true?, "note": "..."?}
// expect "ok"   : the file is valid (maybe huge / odd) and should be processed (exit 0 or 1)
// expect "error": the file is broken or hostile; the tool should report a clean error (exit 2)
// Either way the tool must never crash, hang, blow up memory, read outside the file, or write.

import fs from 'node:fs';
import path from 'node:path';

// ---------------------------------------------------------------- args
const argv = process.argv.slice(2);
let outDir = null, seed = 1, quick = false, force = false;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--seed') seed = Number(argv[++i]);
  else if (a.startsWith('--seed=')) seed = Number(a.slice(7));
  else if (a === '--quick') quick = true;
  else if (a === '--force') force = true;
  else if (a === '-h' || a === '--help') { usage(0); }
  else if (a.startsWith('--')) { console.error(`make-badinput: unknown option ${a}`); usage(2); }
  else if (outDir === null) outDir = a;
  else { console.error(`make-badinput: unexpected argument ${a}`); usage(2); }
}
function usage(code) {
  console.error('usage: make-badinput.mjs OUT_DIR [--seed N] [--quick] [--force]');
  process.exit(code);
}
if (!outDir) usage(2);
if (!Number.isFinite(seed)) { console.error('make-badinput: --seed must be a number'); process.exit(2); }
outDir = path.resolve(outDir);
if (fs.existsSync(outDir) && fs.readdirSync(outDir).length > 0) {
  if (!force) { console.error(`make-badinput: ${outDir} is not empty (use --force to replace it)`); process.exit(2); }
  fs.rmSync(outDir, { recursive: true, force: true });
}
fs.mkdirSync(outDir, { recursive: true });

// ---------------------------------------------------------------- seeded PRNG (mulberry32)
let st = (seed >>> 0) ^ 0x9e3779b9;
function rnd() {
  st = (st + 0x6d2b79f5) >>> 0;
  let t = st;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1)); // inclusive
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const WORDS = ['alpha', 'birch', 'cobalt', 'delta', 'ember', 'fjord', 'garnet', 'harbor', 'indigo', 'juniper',
  'kestrel', 'lumen', 'maple', 'nimbus', 'onyx', 'pepper', 'quartz', 'raven', 'saffron', 'tundra',
  'umber', 'violet', 'willow', 'xenon', 'yarrow', 'zephyr'];
const tag = () => `${pick(WORDS)}${ri(0, 999)}`;
const usedNames = new Set();
function uniq(name) { let n = name, i = 2; while (usedNames.has(n)) n = name.replace(/(\.[^./]+)$/, `-${i++}$1`); usedNames.add(n); return n; }

// ---------------------------------------------------------------- sample data
const LANGS = ['de', 'fr', 'es', 'pt_BR', 'ja', 'ru', 'pl', 'tr', 'uk', 'cs', 'nl', 'it'];
const POOL = [
  ['Open file', 'Datei öffnen', 'Ouvrir le fichier', 'ファイルを開く'],
  ['Save changes?', 'Änderungen speichern?', 'Enregistrer les modifications ?', '変更を保存しますか?'],
  ['Delete %d files?', '%d Dateien löschen?', 'Supprimer %d fichiers ?', '%d 個のファイルを削除しますか?'],
  ['Hello, %s!', 'Hallo, %s!', 'Bonjour, %s !', 'こんにちは、%s!'],
  ['Cancel', 'Abbrechen', 'Annuler', 'キャンセル'],
  ['Could not connect to "%s"', 'Verbindung zu „%s“ fehlgeschlagen', 'Impossible de se connecter à « %s »', '「%s」に接続できません'],
  ['Copy %1$s to %2$s', '%1$s nach %2$s kopieren', 'Copier %1$s vers %2$s', '%1$s を %2$s にコピー'],
  ['Line 1\nLine 2', 'Zeile 1\nZeile 2', 'Ligne 1\nLigne 2', '1 行目\n2 行目'],
  ['Tab\there', 'Tab\thier', 'Tab\tici', 'タブ\tここ'],
  ['100% done', '100 % erledigt', '100 % terminé', '100% 完了'],
  ["Don't panic 🚀", 'Keine Panik 🚀', 'Pas de panique 🚀', 'パニックになるな 🚀'],
  ['Back\\slash', 'Rück\\strich', 'Barre\\oblique', 'バック\\スラッシュ'],
];
function entries(n = 6) {
  const col = ri(1, 3);
  const out = [];
  const used = new Set();
  for (let i = 0; i < n; i++) {
    const row = POOL[(i + ri(0, POOL.length - 1)) % POOL.length];
    let key = `${pick(WORDS)}_${pick(WORDS)}_${ri(1, 99)}`;
    while (used.has(key)) key += 'x';
    used.add(key);
    out.push({ key, src: row[0], tgt: row[col], note: `Context note ${ri(1, 999)}` });
  }
  return out;
}
const PLURAL = () => ({ key: `files_${ri(1, 99)}`, src: '%d file', srcPl: '%d files', forms: ['%d Datei', '%d Dateien'] });

// ---------------------------------------------------------------- escapers
const esc = {
  c: (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t'),
  xml: (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  android: (s) => esc.xml(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/^([@?])/, '\\$1'),
  json: (s) => JSON.stringify(s),
  prop: (s) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t')
    .replace(/[^\x20-\x7e]/gu, (c) => { let r = ''; for (const u of c.split('')) r += '\\u' + u.charCodeAt(0).toString(16).padStart(4, '0'); return r; }),
  propKey: (s) => esc.prop(s).replace(/([ =:#!])/g, '\\$1'),
  csv: (s) => '"' + s.replace(/"/g, '""') + '"',
  yaml: (s) => JSON.stringify(s), // JSON strings are valid YAML double-quoted scalars
};

// ---------------------------------------------------------------- valid writers (return string, LF)
const W = {};
W.po = (o = {}) => {
  const lang = o.lang || pick(LANGS);
  const es = o.entries || entries();
  let s = `# ${lang} translation for demo.\n# Copyright (C) 2024 Demo\n#\nmsgid ""\nmsgstr ""\n` +
    `"Project-Id-Version: demo ${ri(1, 9)}.${ri(0, 9)}\\n"\n"PO-Revision-Date: 2024-0${ri(1, 9)}-1${ri(0, 9)} 12:00+0200\\n"\n"Last-Translator: Demo <demo@example.org>\\n"\n"Language-Team: ${lang} <${lang}@example.org>\\n"\n"Language: ${lang}\\n"\n"MIME-Version: 1.0\\n"\n` +
    `"Content-Type: text/plain; charset=${o.charset || 'UTF-8'}\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n` +
    `"Plural-Forms: ${o.plural || 'nplurals=2; plural=(n != 1);'}\\n"\n`;
  for (const e of es) {
    s += `\n#. ${e.note}\n#: src/${pick(WORDS)}.c:${ri(1, 900)}\n`;
    if (/%/.test(e.src)) s += '#, c-format\n';
    s += `msgid "${esc.c(e.src)}"\nmsgstr "${o.pot ? '' : esc.c(e.tgt)}"\n`;
  }
  if (!o.noPlural) {
    const p = PLURAL();
    s += `\n#, c-format\nmsgid "${p.src}"\nmsgid_plural "${p.srcPl}"\n` +
      (o.pluralBody || `msgstr[0] "${o.pot ? '' : p.forms[0]}"\nmsgstr[1] "${o.pot ? '' : p.forms[1]}"\n`);
  }
  return s + (o.tail || '');
};
W.pot = (o = {}) => W.po({ ...o, pot: true });
W['xliff1.2'] = (o = {}) => {
  const es = o.entries || entries();
  let s = `<?xml version="1.0" encoding="${o.encoding || 'UTF-8'}"?>\n${o.doctype || ''}<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n` +
    `  <file source-language="en" target-language="${o.lang || pick(LANGS)}" datatype="plaintext" original="messages.${pick(WORDS)}">\n    <body>\n`;
  for (const e of es) {
    s += `      <trans-unit id="${esc.xml(e.key)}">\n        <source>${esc.xml(e.src)}</source>\n` +
      `        <target state="translated">${o.target ? o.target(e) : esc.xml(e.tgt)}</target>\n        <note>${esc.xml(e.note)}</note>\n      </trans-unit>\n`;
  }
  return s + `    </body>\n  </file>\n</xliff>\n`;
};
W['xliff2.0'] = (o = {}) => {
  const es = o.entries || entries();
  let s = `<?xml version="1.0" encoding="${o.encoding || 'UTF-8'}"?>\n${o.doctype || ''}<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="${o.lang || pick(LANGS)}">\n  <file id="f${ri(1, 99)}">\n`;
  for (const e of es) {
    s += `    <unit id="${esc.xml(e.key)}">\n      <notes>\n        <note>${esc.xml(e.note)}</note>\n      </notes>\n      <segment state="translated">\n` +
      `        <source>${esc.xml(e.src)}</source>\n        <target>${o.target ? o.target(e) : esc.xml(e.tgt)}</target>\n      </segment>\n    </unit>\n`;
  }
  return s + `  </file>\n</xliff>\n`;
};
W.android = (o = {}) => {
  const es = o.entries || entries();
  let s = `<?xml version="1.0" encoding="${o.encoding || 'utf-8'}"?>\n${o.doctype || ''}<resources xmlns:tools="http://schemas.android.com/tools">\n`;
  for (const e of es) s += `    <!-- ${e.note} -->\n    <string name="${e.key}">${o.target ? o.target(e) : esc.android(e.tgt)}</string>\n`;
  const p = PLURAL();
  s += `    <plurals name="${p.key}">\n        <item quantity="one">${p.forms[0]}</item>\n        <item quantity="other">${p.forms[1]}</item>\n    </plurals>\n`;
  s += `    <string-array name="planets_${ri(1, 9)}">\n        <item>Merkur</item>\n        <item>Venus</item>\n    </string-array>\n`;
  return s + `</resources>\n`;
};
W['ios-strings'] = (o = {}) => {
  const es = o.entries || entries();
  let s = `/* Localizable.strings (${o.lang || pick(LANGS)}) */\n\n`;
  for (const e of es) s += `/* ${e.note} */\n"${esc.c(e.key)}" = "${esc.c(e.tgt.replace(/%s/g, '%@'))}";\n\n`;
  return s;
};
W['ios-stringsdict'] = (o = {}) => {
  const k = `%d ${pick(WORDS)} files`;
  const v = `${pick(WORDS)}_count`;
  return `<?xml version="1.0" encoding="${o.encoding || 'UTF-8'}"?>\n${o.doctype ?? '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'}` +
    `<plist version="1.0">\n<dict>\n\t<key>${esc.xml(k)}</key>\n\t<dict>\n\t\t<key>NSStringLocalizedFormatKey</key>\n\t\t<string>%#@${v}@</string>\n` +
    `\t\t<key>${v}</key>\n\t\t<dict>\n\t\t\t<key>NSStringFormatSpecTypeKey</key>\n\t\t\t<string>NSStringPluralRuleType</string>\n` +
    `\t\t\t<key>NSStringFormatValueTypeKey</key>\n\t\t\t<string>d</string>\n\t\t\t<key>one</key>\n\t\t\t<string>${o.one || '%d Datei'}</string>\n` +
    `\t\t\t<key>other</key>\n\t\t\t<string>${o.other || '%d Dateien'}</string>\n\t\t</dict>\n\t</dict>\n</dict>\n</plist>\n`;
};
W.arb = (o = {}) => {
  const es = o.entries || entries();
  const obj = { '@@locale': o.lang || pick(LANGS), '@@last_modified': `2024-0${ri(1, 9)}-1${ri(0, 9)}T10:00:00Z` };
  for (const e of es) {
    const k = e.key.replace(/_(\w)/g, (_, c) => c.toUpperCase());
    obj[k] = e.tgt.replace(/%\d?\$?[sd]/g, '{name}');
    obj['@' + k] = { description: e.note, placeholders: { name: { type: 'String', example: 'Bob' } } };
  }
  obj.fileCount = '{count, plural, =0{Keine Dateien} =1{Eine Datei} other{{count} Dateien}}';
  obj['@fileCount'] = { placeholders: { count: { type: 'int' } } };
  return JSON.stringify(obj, null, 2) + '\n';
};
W['json-flat'] = (o = {}) => {
  const obj = {};
  for (const e of o.entries || entries()) obj[e.key.replace(/_/g, '.')] = e.tgt;
  return JSON.stringify(obj, null, o.indent ?? 2) + '\n';
};
W['json-nested'] = (o = {}) => {
  const obj = {};
  for (const e of o.entries || entries()) {
    const [a, b, c] = e.key.split('_');
    ((obj[a] ??= {})[b] ??= {})['k' + c] = e.tgt;
  }
  return JSON.stringify(obj, null, o.indent ?? 2) + '\n';
};
W.i18next = (o = {}) => {
  const obj = {};
  for (const e of o.entries || entries()) obj[e.key] = e.tgt.replace(/%\d?\$?[sd]/g, '{{name}}');
  obj.file_one = '{{count}} Datei';
  obj.file_other = '{{count}} Dateien';
  obj.nested_ref = '$t(file_other) und mehr';
  Object.assign(obj, o.extra || {});
  return JSON.stringify(obj, null, 2) + '\n';
};
W.yaml = (o = {}) => {
  const lang = o.lang || pick(LANGS);
  let s = `# Rails locale file\n${lang}:\n  ${pick(WORDS)}:\n`;
  for (const e of o.entries || entries()) s += `    ${e.key}: ${esc.yaml(e.tgt.replace(/%\d?\$?[sd]/g, '%{name}'))}\n`;
  s += `  datetime:\n    distance_in_words:\n      x_minutes:\n        one: "1 Minute"\n        other: "%{count} Minuten"\n`;
  return s + (o.tail || '');
};
W.properties = (o = {}) => {
  let s = `# Messages for ${o.lang || pick(LANGS)}\n! generated ${ri(1, 99)}\n`;
  for (const e of o.entries || entries()) s += `# ${e.note}\n${esc.propKey(e.key)}=${esc.prop(e.tgt.replace(/%\d?\$?[sd]/g, '{0}'))}\n`;
  s += `multi.line=first part \\\n    second part\n`;
  return s;
};
W['qt-ts'] = (o = {}) => {
  let s = `<?xml version="1.0" encoding="${o.encoding || 'utf-8'}"?>\n${o.doctype ?? '<!DOCTYPE TS>\n'}<TS version="2.1" language="${o.lang || pick(LANGS)}">\n<context>\n    <name>${pick(WORDS)}Window</name>\n`;
  for (const e of o.entries || entries()) {
    s += `    <message>\n        <location filename="../src/${pick(WORDS)}.cpp" line="${ri(1, 900)}"/>\n` +
      `        <source>${esc.xml(e.src.replace(/%\d?\$?[sd]/g, '%1'))}</source>\n        <translation>${o.target ? o.target(e) : esc.xml(e.tgt.replace(/%\d?\$?[sd]/g, '%1'))}</translation>\n    </message>\n`;
  }
  s += `    <message numerus="yes">\n        <source>%n file(s)</source>\n        <translation>\n            <numerusform>%n Datei</numerusform>\n` +
    `            <numerusform>%n Dateien</numerusform>\n        </translation>\n    </message>\n</context>\n</TS>\n`;
  return s;
};
W.csv = (o = {}) => {
  let s = `"location","source","target"\n`;
  for (const e of o.entries || entries()) s += `${esc.csv(e.key)},${esc.csv(e.src)},${esc.csv(e.tgt)}\n`;
  return s;
};

const FORMATS = Object.keys(W);
const EXT = { po: 'po', pot: 'pot', 'xliff1.2': 'xlf', 'xliff2.0': 'xliff', android: 'xml', 'ios-strings': 'strings',
  'ios-stringsdict': 'stringsdict', arb: 'arb', 'json-flat': 'json', 'json-nested': 'json', i18next: 'json',
  yaml: 'yml', properties: 'properties', 'qt-ts': 'ts', csv: 'csv' };
const XMLF = ['xliff1.2', 'xliff2.0', 'android', 'qt-ts', 'ios-stringsdict'];
const JSONF = ['arb', 'json-flat', 'json-nested', 'i18next'];
const DIR = { 'xliff1.2': 'xliff12', 'xliff2.0': 'xliff20' };

// ---------------------------------------------------------------- output
const manifest = [];
let totalBytes = 0;
function fileName(format, category, explicit) {
  const base = explicit || `${category}-${tag()}`;
  if (format === 'android') return uniq(`android/${base}/values-${pick(LANGS).replace('_', '-r')}/strings.xml`);
  return uniq(`${DIR[format] || format}/${base}.${EXT[format]}`);
}
function emit(format, category, expect, data, extra = {}) {
  const { name, ...rest } = extra;
  const rel = fileName(format, category, name);
  const abs = path.join(outDir, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8');
  fs.writeFileSync(abs, buf);
  totalBytes += buf.length;
  manifest.push({ file: rel, format, category, expect, ...rest });
  return rel;
}
const B = (...parts) => Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const utf16 = (s, bom = true, be = false) => {
  let b = Buffer.from(s, 'utf16le');
  if (be) { b = Buffer.from(b); b.swap16(); }
  return bom ? B(be ? [0xfe, 0xff] : [0xff, 0xfe], b) : b;
};
// the first target text inside a valid document (used as the place to inject corruption)
function injectAt(text, needle) { const i = text.indexOf(needle); return i < 0 ? Math.floor(text.length / 2) : i; }
function spliceBuf(text, at, bytes) { return B(text.slice(0, at), bytes, text.slice(at)); }
const emptyOk = (f) => ['po', 'pot', 'ios-strings', 'yaml', 'properties', 'csv'].includes(f) ? 'ok' : 'error';

// ---------------------------------------------------------------- categories
// 1. empty / whitespace / bom-only
for (const f of FORMATS) emit(f, 'empty', emptyOk(f), Buffer.alloc(0));
for (const f of FORMATS) emit(f, 'whitespace-only', emptyOk(f), ' \t\n'.repeat(ri(1, 40)) + pick(['', '\r\n', '   ']));
for (const f of ['po', 'json-flat', 'xliff1.2', 'yaml', 'properties', 'ios-strings']) emit(f, 'bom-only', emptyOk(f), B([0xef, 0xbb, 0xbf]));

// 2. truncated: cut inside a quoted string / escape / tag
for (const f of FORMATS) {
  const es = entries();
  const t = W[f]({ entries: es });
  let cut;
  if (f === 'properties') cut = t.indexOf('\\u') >= 0 ? t.indexOf('\\u') + ri(2, 4) : t.lastIndexOf('\\\n') + 1;
  else if (XMLF.includes(f)) { const i = t.indexOf('<', Math.floor(t.length * (0.3 + rnd() * 0.4))); cut = i + ri(1, 4); }
  else { const i = t.indexOf('"', Math.floor(t.length * (0.3 + rnd() * 0.4))); cut = (i < 0 ? t.length - 5 : i) + ri(1, 3); }
  const buf = Buffer.from(t, 'utf8');
  let bcut = Buffer.byteLength(t.slice(0, cut));
  if (f === 'properties' && t.indexOf('\\u') < 0) bcut = Buffer.byteLength(t.slice(0, cut));
  emit(f, 'truncated', f === 'properties' && t.indexOf('\\u') < 0 ? 'ok' : 'error', buf.subarray(0, bcut), { note: `cut at byte ${bcut}` });
}

// 3. unterminated string in the middle of the file (not at EOF)
{
  const e = entries(); const bad = `broken ${pick(WORDS)} text`;
  const u = {
    po: () => W.po({ entries: e }).replace(`msgstr "${esc.c(e[1].tgt)}"`, `msgstr "${bad}`),
    pot: () => W.pot({ entries: e }).replace(`msgid "${esc.c(e[2].src)}"`, `msgid "${bad}`),
    'xliff1.2': () => W['xliff1.2']({ entries: e }).replace(`id="${e[1].key}"`, `id="${e[1].key}`),
    'xliff2.0': () => W['xliff2.0']({ entries: e }).replace(`id="${e[1].key}"`, `id="${e[1].key}`),
    android: () => W.android({ entries: e }).replace(`name="${e[1].key}"`, `name="${e[1].key}`),
    'qt-ts': () => W['qt-ts']({ entries: e }).replace(/line="(\d+)"/, 'line="$1'),
    'ios-stringsdict': () => W['ios-stringsdict']().replace('<string>NSStringPluralRuleType</string>', '<string>NSStringPluralRuleType'),
    'ios-strings': () => W['ios-strings']({ entries: e }).replace(`"${esc.c(e[1].key)}" = "`, `"${esc.c(e[1].key)} = "`),
    arb: () => W.arb({ entries: e }).replace(/"@@locale": "(\w+)"/, '"@@locale": "$1'),
    'json-flat': () => W['json-flat']({ entries: e }).replace(`"${e[1].key.replace(/_/g, '.')}"`, `"${e[1].key.replace(/_/g, '.')}`),
    'json-nested': () => W['json-nested']({ entries: e }).replace(/"(k\d+)"/, '"$1'),
    i18next: () => W.i18next({ entries: e }).replace('"{{count}} Datei"', '"{{count}} Datei'),
    yaml: () => W.yaml({ entries: e }).replace('"1 Minute"', '"1 Minute'),
    properties: () => W.properties({ entries: e }).replace(/=(.*)\n/, `=$1\\u00\n`),
    csv: () => W.csv({ entries: e }).replace(`${esc.csv(e[1].src)},`, `"${e[1].src.replace(/"/g, '')},`),
  };
  for (const f of FORMATS) emit(f, 'unterminated-string', 'error', u[f]());
}

// 4. invalid escapes / bad character references
{
  const inv = {
    po: () => W.po().replace(/msgstr "([^"]+)"/, `msgstr "$1 \\q \\x \\777"`),
    pot: () => W.pot().replace(/msgid "([^"]+)"/, `msgid "$1 \\u12"`),
    'ios-strings': () => W['ios-strings']().replace(/" = "/, '" = "\\Uzzzz \\q'),
    'json-flat': () => W['json-flat']().replace(/": "/, '": "\\x41 \\'),
    'json-nested': () => W['json-nested']().replace(/": "/, '": "\\u12G4'),
    i18next: () => W.i18next().replace(/": "/, '": "\\a'),
    arb: () => W.arb().replace(/": "/, '": "\\uD83D\\uZZZZ'),
    yaml: () => W.yaml().replace(/: "/, ': "\\q\\xZZ'),
    properties: () => W.properties().replace(/=/, '=\\uZZZZ'),
    'xliff1.2': () => W['xliff1.2']({ target: (e) => `${esc.xml(e.tgt)} &bogus; &#0; &#xD800;` }),
    'xliff2.0': () => W['xliff2.0']({ target: (e) => `${esc.xml(e.tgt)} &#x1; &unknown;` }),
    android: () => W.android({ target: (e) => `${esc.android(e.tgt)} \\u12 &#xFFFFFF;` }),
    'qt-ts': () => W['qt-ts']({ target: (e) => `${esc.xml(e.tgt)} &#1; &nbsp;` }),
  };
  for (const [f, g] of Object.entries(inv)) emit(f, 'invalid-escape', 'error', g());
}

// 5. encodings
const INVALID_UTF8 = [[0xff], [0xc3], [0x80, 0x80], [0xed, 0xa0, 0x80] /* surrogate */, [0xf4, 0x90, 0x80, 0x80] /* > U+10FFFF */, [0xfe, 0xfe]];
for (const f of FORMATS) {
  const t = W[f]();
  const at = injectAt(t, pick(['ö', 'é', 'の', 'Ä', '"', '>']));
  emit(f, 'invalid-utf8', f === 'properties' ? 'ok' : 'error', spliceBuf(t, at, pick(INVALID_UTF8)),
    { note: f === 'properties' ? 'Java reads .properties as ISO-8859-1 when not UTF-8' : undefined });
}
for (const f of ['po', 'json-flat', 'xliff1.2', 'yaml', 'properties', 'ios-strings']) {
  const t = W[f]();
  emit(f, 'overlong-utf8', f === 'properties' ? 'ok' : 'error', spliceBuf(t, injectAt(t, 'e'), pick([[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xc0, 0x80], [0xf0, 0x80, 0x80, 0xaf]])));
}
for (const f of ['po', 'xliff1.2', 'xliff2.0', 'android', 'qt-ts', 'ios-stringsdict', 'json-flat', 'yaml']) {
  // declared (or implied) UTF-8, bytes are Latin-1
  const t = W[f]({ entries: entries().map((e) => ({ ...e, tgt: e.tgt.replace(/[^\x00-\xff]/g, '?') + ' Größe déjà vu' })) })
    .replace(/[^\x00-\xff]/g, '?');
  emit(f, 'latin1-declared-utf8', 'error', Buffer.from(t, 'latin1'));
}
{
  const u16 = {
    'ios-strings': ['ok', () => W['ios-strings']()],
    'ios-stringsdict': ['ok', () => W['ios-stringsdict']({ encoding: 'UTF-16' })],
    'xliff1.2': ['ok', () => W['xliff1.2']({ encoding: 'UTF-16' })],
    android: ['ok', () => W.android({ encoding: 'utf-16' })],
    yaml: ['ok', () => W.yaml()],
    csv: ['ok', () => W.csv()],
    'json-flat': ['error', () => W['json-flat']()],
    po: ['error', () => W.po()],
    properties: ['error', () => W.properties()],
  };
  for (const [f, [exp, g]] of Object.entries(u16)) emit(f, 'utf16-bom', exp, utf16(g(), true, rnd() < 0.3));
  emit('ios-strings', 'utf16-nobom', 'error', utf16(W['ios-strings'](), false));
  emit('json-flat', 'utf16-nobom', 'error', utf16(W['json-flat'](), false));
  emit('po', 'utf16-nobom', 'error', utf16(W.po(), false));
  emit('xliff1.2', 'utf16-nobom', 'ok', utf16(W['xliff1.2']({ encoding: 'UTF-16' }), false), { note: 'XML autodetects UTF-16LE from "<\\0?\\0"' });
}
for (const f of FORMATS) {
  const t = W[f]();
  emit(f, 'nul-bytes', f === 'properties' || f === 'csv' ? 'ok' : 'error', spliceBuf(t, injectAt(t, pick(['ö', 'é', 'a', 'e'])), Buffer.alloc(ri(1, 3))));
}

// 6. binary junk with the right extension (always contains NUL and invalid UTF-8)
for (const f of FORMATS) {
  const n = ri(64, 8192);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = ri(0, 255);
  b[ri(0, n - 1)] = 0; b[ri(0, n - 1)] = 0xff;
  if (rnd() < 0.3) b.set([0x1f, 0x8b, 0x08], 0); // gzip magic
  else if (rnd() < 0.3) b.set([0x7f, 0x45, 0x4c, 0x46], 0); // ELF magic
  else if (rnd() < 0.3) b.set([0xde, 0x12, 0x04, 0x95], 0); // .mo magic
  emit(f, 'binary-junk', 'error', b);
}

// 7. line endings
for (const f of FORMATS) emit(f, 'crlf', 'ok', W[f]().replace(/\n/g, '\r\n'));
for (const f of FORMATS) emit(f, 'cr-only', ['po', 'pot'].includes(f) ? 'error' : 'ok', W[f]().replace(/\n/g, '\r'));
for (const f of FORMATS) {
  let i = 0;
  emit(f, 'mixed-eol', 'ok', W[f]().replace(/\n/g, () => (i++ % 3 === 0 ? '\r\n' : i % 5 === 0 && !['po', 'pot'].includes(f) ? '\r' : '\n')));
}

// 8. huge single line (50 MB; 1 MB with --quick) and very many entries
{
  const size = quick ? 1 << 20 : 50 * (1 << 20);
  const big = () => { const chunk = `${pick(WORDS)} ${pick(['ö', 'é', 'x', '日本'])} `; return chunk.repeat(Math.ceil(size / Buffer.byteLength(chunk))); };
  const huge = { huge: !quick };
  emit('json-flat', 'huge-line', 'ok', `{"${pick(WORDS)}.title": "Title", "${pick(WORDS)}.huge": "${big()}"}`, huge);
  emit('po', 'huge-line', 'ok', W.po({ noPlural: true }) + `\nmsgid "Huge"\nmsgstr "${big()}"\n`, huge);
  emit('xliff1.2', 'huge-line', 'ok', W['xliff1.2']().replace(/\n\s*/g, ''), { ...huge, note: 'whole document on one line' });
  emit('xliff1.2', 'huge-line', 'ok', W['xliff1.2']({ target: () => big() }), huge);
  emit('properties', 'huge-line', 'ok', `big.value=${esc.prop(big())}\n`, huge);
  emit('csv', 'huge-line', 'ok', `"location","source","target"\n"k","src","${big()}"\n`, huge);
  const n = quick ? 3000 : 100000;
  const many = (fmt) => { const a = []; for (let i = 0; i < n; i++) a.push({ key: `k${i}_${pick(WORDS)}_${i}`, src: `Source text ${i}`, tgt: `Zieltext ${i} ${pick(WORDS)}`, note: `n${i}` }); return W[fmt]({ entries: a }); };
  for (const f of ['po', 'json-flat', 'json-nested', 'properties', 'android', 'xliff1.2', 'yaml', 'csv', 'ios-strings', 'qt-ts']) emit(f, 'many-entries', 'ok', many(f), { ...huge, note: `${n} entries` });
}

// 9. deep nesting (10k+ levels)
{
  const D = () => 10000 + ri(0, 999);
  let d;
  d = D(); emit('json-nested', 'deep-nesting', 'ok', '{"a":'.repeat(d) + '"deep"' + '}'.repeat(d) + '\n', { note: `${d} levels` });
  d = D(); emit('i18next', 'deep-nesting', 'ok', '{"ns":'.repeat(d) + '{"key":"v"}' + '}'.repeat(d), { note: `${d} levels` });
  d = D() * 10; emit('json-nested', 'deep-nesting', 'ok', '{"a":'.repeat(d) + '"deep"' + '}'.repeat(d), { note: `${d} levels` });
  d = D(); emit('json-flat', 'deep-nesting', 'error', '{"k": ' + '['.repeat(d) + ']'.repeat(d) + '}', { note: `${d} nested arrays in a flat file` });
  d = D(); emit('arb', 'deep-nesting', 'error', `{"@@locale":"de","hello":"Hallo","@hello":{"placeholders":${'{"x":'.repeat(d)}1${'}'.repeat(d)}}}`, { note: `${d} levels of metadata` });
  d = D(); emit('yaml', 'deep-nesting', 'ok', `de:\n  root: ${'{a: '.repeat(d)}x${'}'.repeat(d)}\n`, { note: `${d} flow levels` });
  d = D(); emit('yaml', 'deep-nesting', 'error', `de:\n  list: ${'['.repeat(d)}${']'.repeat(d - 1)}\n`, { note: `${d} unbalanced flow sequences` });
  d = 2000 + ri(0, 500); { let s = 'de:\n'; for (let i = 1; i <= d; i++) s += ' '.repeat(i) + `k${i}:\n`; s += ' '.repeat(d + 1) + 'leaf: "v"\n'; emit('yaml', 'deep-nesting', 'ok', s, { note: `${d} block levels, 1-space indent` }); }
  d = D(); emit('xliff1.2', 'deep-nesting', 'ok', W['xliff1.2']({ entries: entries(2), target: () => `${'<g id="g">'.repeat(d)}x${'</g>'.repeat(d)}` }), { note: `${d} nested <g>` });
  d = D(); emit('xliff2.0', 'deep-nesting', 'ok', W['xliff2.0']({ entries: entries(2), target: () => `${'<pc id="p">'.repeat(d)}x${'</pc>'.repeat(d)}` }), { note: `${d} nested <pc>` });
  d = D(); emit('android', 'deep-nesting', 'ok', W.android({ entries: entries(2), target: () => `${'<b>'.repeat(d)}x${'</b>'.repeat(d)}` }), { note: `${d} nested <b>` });
  d = D(); emit('qt-ts', 'deep-nesting', 'error', W['qt-ts']({ entries: entries(2), target: () => `${'<x>'.repeat(d)}x${'</x>'.repeat(d)}` }), { note: `${d} nested unknown elements` });
  d = D(); emit('ios-stringsdict', 'deep-nesting', 'error', `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n${'<dict><key>k</key>'.repeat(d)}<string>v</string>${'</dict>'.repeat(d)}\n</plist>\n`, { note: `${d} nested dicts` });
}

// 10. ICU MessageFormat: 10k-deep and unbalanced
{
  const icuDeep = (d) => '{n, plural, other {'.repeat(d) + '# x' + '}}'.repeat(d);
  const d = 10000 + ri(0, 999);
  emit('arb', 'icu-deep', 'ok', JSON.stringify({ '@@locale': 'de', deep: icuDeep(d), '@deep': { placeholders: { n: { type: 'int' } } } }), { note: `${d} levels` });
  emit('json-flat', 'icu-deep', 'ok', JSON.stringify({ 'msg.deep': icuDeep(d) }), { note: `${d} levels` });
  emit('i18next', 'icu-deep', 'ok', JSON.stringify({ deep: '{{'.repeat(d) + 'x' + '}}'.repeat(d), nest: '$t('.repeat(d) + 'a' + ')'.repeat(d) }), { note: `${d} levels of {{ and $t(` });
  emit('xliff1.2', 'icu-deep', 'ok', W['xliff1.2']({ entries: entries(2), target: () => esc.xml(icuDeep(d)) }));
  emit('po', 'icu-deep', 'ok', W.po({ noPlural: true, tail: `\n#, icu-format\nmsgid "{n, plural, other {# x}}"\nmsgstr "${icuDeep(d)}"\n` }));
  const unb = ['{count, plural, one {# Datei} other {# Dateien}', '{count, plural, one {# Datei}} other {# Dateien}}}', '{count, select, }', '{, plural, one {}}', '{count, plural, =x {a} other {b}}', '}{'];
  emit('arb', 'icu-unbalanced', 'ok', JSON.stringify({ '@@locale': 'de', a: pick(unb), b: pick(unb), c: unb[0] }, null, 2));
  emit('json-flat', 'icu-unbalanced', 'ok', JSON.stringify(Object.fromEntries(unb.map((u, i) => [`icu.k${i}`, u])), null, 2));
  emit('i18next', 'icu-unbalanced', 'ok', JSON.stringify({ a: '{{name', b: 'name}}', c: '$t(missing', d: '{{count, number(minimumFractionDigits: }}' }, null, 2));
  emit('xliff2.0', 'icu-unbalanced', 'ok', W['xliff2.0']({ target: () => esc.xml(pick(unb)) }));
  emit('po', 'icu-unbalanced', 'ok', W.po({ noPlural: true, tail: `\n#, icu-format\nmsgid "{n, plural, one {# file} other {# files}}"\nmsgstr "${pick(unb)}"\n` }));
}

// 11. printf formats with absurd indexes / widths
{
  const nums = ['999999999', '2147483648', '18446744073709551616', '0'];
  const pf = () => `%${pick(nums)}$s %1$*${pick(nums)}$d %.${pick(nums)}f %${pick(nums)}d`;
  emit('po', 'printf-huge', 'ok', W.po({ noPlural: true, tail: `\n#, c-format\nmsgid "%s %d %f %d"\nmsgstr "${pf()}"\n\n#, python-format\nmsgid "%(name)s"\nmsgstr "%(${'n'.repeat(ri(5000, 9000))})s %(name)${pick(nums)}s"\n` }));
  emit('android', 'printf-huge', 'ok', W.android({ target: () => esc.android(pf()) }));
  emit('ios-strings', 'printf-huge', 'ok', `"files" = "%${pick(nums)}$@ %${pick(nums)}$lld";\n"w" = "%*${pick(nums)}$@";\n`);
  emit('xliff1.2', 'printf-huge', 'ok', W['xliff1.2']({ target: () => esc.xml(pf()) }));
  emit('properties', 'printf-huge', 'ok', `msg.a=Wert {${pick(nums)}} und {0,number,#.${'#'.repeat(5000)}}\nmsg.b=%${pick(nums)}$s\n`);
  emit('qt-ts', 'printf-huge', 'ok', W['qt-ts']({ target: () => `%${pick(nums)} %L${pick(nums)} %n` }));
  emit('ios-stringsdict', 'printf-huge', 'ok', W['ios-stringsdict']({ one: `%${pick(nums)}$d Datei`, other: `%${pick(nums)}$#@x@` }));
}

// 12. very long msgids / keys (1 MB)
{
  const L = () => `${pick(WORDS)} `.repeat(ri(120000, 150000));
  emit('po', 'long-msgid', 'ok', W.po({ noPlural: true, tail: `\nmsgid "${L()}"\nmsgstr "x"\n` }), { note: 'one 1 MB line' });
  emit('po', 'long-msgid', 'ok', W.po({ noPlural: true, tail: `\nmsgid ""\n${L().split(' ').map((w) => `"${w} "`).join('\n')}\nmsgstr "x"\n` }), { note: '1 MB over ~150k continuation lines' });
  emit('json-flat', 'long-msgid', 'ok', JSON.stringify({ [L()]: 'x' }));
  emit('properties', 'long-msgid', 'ok', `${L().replace(/ /g, '.')}=x\n`);
  emit('xliff1.2', 'long-msgid', 'ok', W['xliff1.2']({ entries: [{ key: L().replace(/ /g, '_'), src: 'a', tgt: 'b', note: 'n' }] }));
  emit('ios-strings', 'long-msgid', 'ok', `"${L()}" = "x";\n`);
}

// 13. XML attacks
{
  const roots = { 'xliff1.2': 'xliff', 'xliff2.0': 'xliff', android: 'resources', 'qt-ts': 'TS', 'ios-stringsdict': 'plist' };
  const withDtd = (f, dtd, ref) => {
    const o = { doctype: dtd };
    if (f === 'ios-stringsdict') return W[f]({ ...o, one: ref, other: ref });
    return W[f]({ ...o, entries: entries(3), target: () => ref });
  };
  const lol = (root) => `<!DOCTYPE ${root} [\n <!ENTITY lol "lol">\n` +
    Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">\n`).join('') + ']>\n';
  for (const f of XMLF) {
    const r = roots[f];
    emit(f, 'xml-billion-laughs', 'error', withDtd(f, lol(r), '&lol9;'));
    emit(f, 'xml-xxe-file', 'error', withDtd(f, `<!DOCTYPE ${r} [\n <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n`, '&xxe;'), { note: 'must not read /etc/passwd' });
    emit(f, 'xml-dtd-system', 'ok', withDtd(f, `<!DOCTYPE ${r} SYSTEM "file:///etc/passwd">\n`, 'plain'), { note: 'non-validating parsers must not load the external DTD' });
    emit(f, 'xml-xxe-parameter', 'error', withDtd(f, `<!DOCTYPE ${r} [\n <!ENTITY % ext SYSTEM "${pick(['file:///etc/passwd', 'file:///etc/passwd#x', 'http://127.0.0.1:9/evil.dtd'])}">\n %ext;\n]>\n`, 'x'), { note: 'parameter entity; must not be fetched' });
    emit(f, 'xml-malformed', 'error', pick([
      () => withDtd(f, '', 'a</b>'),
      () => withDtd(f, '', 'x') + `<${r}>second root</${r}>\n`,
      () => withDtd(f, '', 'x').replace(/<\/\w+>\n$/, ''),
      () => withDtd(f, '', '<span attr=noquotes>x</span>'),
      () => withDtd(f, '', '<![CDATA[ never closed'),
    ])());
  }
  const blob = 'A'.repeat(ri(40000, 60000));
  for (const f of ['xliff1.2', 'android']) {
    emit(f, 'xml-quadratic-blowup', 'error', withDtd(f, `<!DOCTYPE ${roots[f]} [\n <!ENTITY a "${blob}">\n]>\n`, '&a;'.repeat(ri(15000, 25000))), { note: '~1 GB after entity expansion' });
  }
  emit('xliff1.2', 'xml-xxe-file', 'error', withDtd('xliff1.2', `<!DOCTYPE xliff [\n <!ENTITY xxe SYSTEM "/etc/passwd">\n <!ENTITY xinc SYSTEM "file:///proc/self/environ">\n]>\n`, '&xxe;&xinc;'), { note: 'relative-less SYSTEM path and /proc' });
  emit('xliff1.2', 'xml-xinclude', 'error', W['xliff1.2']({ target: () => '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/>' }), { note: 'XInclude must not be processed' });
}

// 14. YAML specials
{
  let s = 'lol0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i <= 9; i++) s += `lol${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]\n`;
  emit('yaml', 'yaml-alias-bomb', 'error', `de:\n  ok: "fine"\n${s.replace(/^/gm, '  ').trimEnd()}\n`, { note: '9^10 nodes if aliases are expanded' });
  let m = 'base0: &b0 {k: v}\n';
  for (let i = 1; i <= 25; i++) m += `base${i}: &b${i}\n  <<: [*b${i - 1}, *b${i - 1}]\n  k${i}: v\n`;
  emit('yaml', 'yaml-alias-bomb', 'error', m, { note: 'merge-key (<<) amplification' });
  emit('yaml', 'yaml-alias-bomb', 'error', 'de:\n  a: &x\n    b: *x\n', { note: 'alias to the enclosing node (cycle)' });
  emit('yaml', 'yaml-alias-bomb', 'error', 'de:\n  a: *undefined_anchor\n');
  const tags = [
    `de:\n  greet: !!js/function "function () { console.log('INJ' + 'ECTED_RAN'); return 'x'; }"\n  toString: !!js/function "function () { console.log('INJ' + 'ECTED_RAN') }"\n`,
    'de:\n  a: !!js/undefined ""\n  b: !!js/regexp /(a+)+$/\n  c: !!binary aGVsbG8=\n  d: !!timestamp 2001-12-14\n',
    'de: !ruby/object:Gem::Installer\n  i: x\n  spec: !ruby/hash:ActiveSupport::Deprecation::DeprecatedInstanceVariableProxy\n    var: "@x"\n',
    "de:\n  x: !!python/object/apply:os.system ['echo INJ\"\"ECTED_RAN']\n  y: !!python/name:os.system ''\n",
    'de:\n  x: !<tag:yaml.org,2002:js/function> "function(){}"\n  y: !custom { a: 1 }\n',
  ];
  for (const t of tags) emit('yaml', 'yaml-custom-tags', 'error', t, { note: 'tags must not be constructed or executed' });
  emit('yaml', 'yaml-misc', 'error', `%YAML 9.9\n%TAG ! tag:evil.example,2000:\n---\nde:\n  a: b\n...\n--- !!map\nsecond: doc\n`, { note: 'unknown YAML version, two documents' });
  emit('yaml', 'yaml-misc', 'ok', `de:\n  "yes": yes\n  no: no\n  on: "on"\n  "0777": 0777\n  nulls: ~\n  "1e3": 1e3\n  key with: colon\n  ? |\n    complex key\n  : value\n`, { note: 'YAML 1.1 booleans/octals as keys and values' });
}

// 15. duplicate keys
{
  const e = entries(4);
  const dup = (fmt) => W[fmt]({ entries: [...e, { ...e[1], tgt: e[3].tgt }] });
  emit('json-flat', 'duplicate-keys', 'ok', dup('json-flat').replace(/\n}\n$/, `,\n  "${e[0].key.replace(/_/g, '.')}": "again"\n}\n`));
  emit('json-nested', 'duplicate-keys', 'ok', '{"a": {"b": "one"}, "a": {"c": "two"}, "a": "three"}\n');
  emit('arb', 'duplicate-keys', 'ok', '{"@@locale": "de", "hello": "Hallo", "@hello": {}, "hello": "Servus", "@@locale": "fr"}\n');
  emit('i18next', 'duplicate-keys', 'ok', '{"key": "a", "key_one": "b", "key": "c", "__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"x": 1}}}\n', { note: 'also __proto__ / constructor keys' });
  emit('yaml', 'duplicate-keys', 'error', `de:\n  title: "Eins"\n  title: "Zwei"\n  __proto__:\n    polluted: "yes"\n`);
  emit('properties', 'duplicate-keys', 'ok', `a=1\nb=2\na=3\na:4\na 5\n`);
  emit('android', 'duplicate-keys', 'error', dup('android').replace('</resources>', `    <string name="${e[0].key}">again</string>\n</resources>`));
  emit('ios-strings', 'duplicate-keys', 'ok', dup('ios-strings') + `"${e[0].key}" = "again";\n`);
  emit('xliff1.2', 'duplicate-keys', 'error', dup('xliff1.2').replace(`id="${e[2].key}"`, `id="${e[0].key}"`));
  emit('xliff2.0', 'duplicate-keys', 'error', dup('xliff2.0').replace(`id="${e[2].key}"`, `id="${e[0].key}"`));
  emit('csv', 'duplicate-keys', 'ok', dup('csv') + `${esc.csv(e[0].key)},"dup","dup"\n`);
  emit('ios-stringsdict', 'duplicate-keys', 'error', W['ios-stringsdict']().replace('<key>one</key>', '<key>one</key>\n\t\t\t<string>a</string>\n\t\t\t<key>one</key>'));
  emit('po', 'po-duplicate-msgid', 'error', W.po({ entries: [...e, { ...e[1], tgt: 'doppelt' }] }));
  emit('pot', 'po-duplicate-msgid', 'error', W.pot({ entries: [...e, e[2]] }));
  emit('po', 'po-duplicate-msgid', 'ok', W.po({ entries: e, tail: `\nmsgctxt "menu"\nmsgid "${esc.c(e[0].src)}"\nmsgstr "x"\n\n#~ msgid "${esc.c(e[0].src)}"\n#~ msgstr "obsolete"\n` }), { note: 'same msgid, different msgctxt + obsolete: valid' });
}

// 16. PO plural headers and plural forms
{
  const ph = [
    ['error', 'nplurals=0; plural=0;'],
    ['error', 'nplurals=999; plural=n;'],
    ['error', 'nplurals=-1; plural=0;'],
    ['error', 'nplurals=9007199254740993; plural=n;'],
    ['error', "nplurals=2; plural=n; process.exit();"],
    ['error', "nplurals=2; plural=(n != 1) + console.log('INJ' + 'ECTED_RAN');"],
    ['error', "nplurals=2; plural=n != 1 ? require('child_process').execSync('echo INJ' + 'ECTED_RAN') : 0;"],
    ['error', 'nplurals=2; plural=(n != 1'],
    ['error', 'nplurals=2; plural=n ? 1 :;'],
    ['error', 'nplurals=2;'],
    ['error', 'nplurals=2; plural=n/0;'],
    ['ok', `nplurals=2; plural=${'('.repeat(ri(400, 600))}n != 1${')'.repeat(0)};`.replace(/;$/, '') + ')'.repeat(0)],
    ['error', `nplurals=3; plural=${'('.repeat(10000 + ri(0, 99))}n${')'.repeat(10000)};`],
    ['error', 'nplurals=2; plural=n%0;'],
  ];
  // fix the balanced-parens "ok" case
  ph[11][1] = (() => { const k = ri(300, 500); return `nplurals=2; plural=${'('.repeat(k)}n != 1${')'.repeat(k)};`; })();
  ph[12][1] = (() => { const k = 10000 + ri(0, 99); return `nplurals=2; plural=${'('.repeat(k)}n != 1${')'.repeat(k)}${')'.repeat(ri(1, 3))};`; })();
  for (const [exp, p] of ph) emit('po', 'po-plural-header', exp, W.po({ plural: p }), { note: p.length > 80 ? p.slice(0, 60) + '...' : p });
  emit('po', 'po-msgstr-index-gap', 'error', W.po({ pluralBody: 'msgstr[0] "%d Datei"\nmsgstr[2] "%d Dateien"\n' }));
  emit('po', 'po-msgstr-index-gap', 'error', W.po({ pluralBody: `msgstr[0] "%d Datei"\nmsgstr[1] "%d Dateien"\nmsgstr[${pick(['999999999', '4294967296', '-1', '1e9', '0x10'])}] "x"\n` }));
  emit('po', 'po-msgstr-index-gap', 'error', W.po({ pluralBody: 'msgstr "%d Dateien"\n' }), { note: 'msgid_plural with plain msgstr' });
  emit('po', 'po-misc', 'error', W.po().replace('charset=UTF-8', 'charset=KLINGON-8'), { note: 'unknown charset' });
  emit('po', 'po-misc', 'error', W.po() + '\nmsgctxt "orphan"\n', { note: 'msgctxt without msgid' });
  emit('po', 'po-misc', 'ok', W.po().replace('"Language: ', '"X-Evil: <script>alert(1)</script>\\n"\n"Language: ').replace('#. ', '#. <img src=x onerror=alert(1)> '), { note: 'markup in header/comments (HTML report escaping)' });
}

// 17. format-specific oddities
{
  emit('properties', 'invalid-escape', 'ok', `lone.surrogate=\\uD800 alone\ntrailing=backslash at eof \\`, { note: 'lone surrogate escape, dangling backslash at EOF' });
  emit('csv', 'csv-ragged', 'error', `"location","source","target"\n"a","b"\n"c","d","e","f"\n"g"\n`);
  emit('csv', 'csv-ragged', 'ok', `location;source;target\nk1;Open;Öffnen\nk2;"Semi;colon";"Semi;kolon"\n`, { note: 'semicolon-delimited' });
  emit('i18next', 'i18next-nesting-cycle', 'ok', JSON.stringify({ a: '$t(b)', b: '$t(c)', c: '$t(a)', self: 'x $t(self) y', deep: '$t(a, {"count": "$t(b)"})' }, null, 2), { note: 'nesting references form a cycle: must not loop' });
  emit('ios-stringsdict', 'stringsdict-broken', 'error', W['ios-stringsdict']().replace(/\t\t<key>NSStringLocalizedFormatKey<\/key>\n\t\t<string>[^<]*<\/string>\n/, ''), { note: 'missing NSStringLocalizedFormatKey' });
  emit('ios-stringsdict', 'stringsdict-broken', 'error', W['ios-stringsdict']().replace(/%#@(\w+)@/, '%#@nowhere@ %#@$1'), { note: 'undefined / unterminated variable' });
  emit('ios-strings', 'strings-broken', 'error', `/* unterminated comment\n"a" = "b";\n`);
  emit('ios-strings', 'strings-broken', 'error', `"a" = "b"\n"c" = "d";\n`, { note: 'missing semicolon' });
  emit('arb', 'arb-broken', 'error', `{"@@locale": "de", "hello": 42, "@hello": "not-an-object", "list": ["a"]}`);
  emit('qt-ts', 'qt-broken', 'error', W['qt-ts']().replace('<numerusform>%n Datei</numerusform>', '<numerusform>%n Datei</numerusform><numerusform>').replace('</TS>', ''));
}

// 18. weird file names (valid content)
{
  const names = [
    ['po', `name with spaces ${tag()}`],
    ['json-flat', `übersetzung-日本語-${tag()}`],
    ['properties', `cafe\u0301-nfd-${tag()}`],
    ['po', `-leading-dash-${tag()}`],
    ['ios-strings', `semi;colon $(echo pwned) \`bt\` 'q' "dq" ${tag()}`],
    ['yaml', `${'long'.repeat(45)}-${ri(0, 99)}`],
    ['xliff1.2', `emoji-🚀-${tag()}`],
    ['csv', `tab\there-${tag()}`],
  ];
  for (const [f, n] of names) emit(f, 'weird-name', 'ok', W[f](), { name: n });
}

// 19. file-system specials: directory named like a file, symlinks (loop, dangling)
{
  for (const [f, n] of [['po', `messages-${tag()}`], ['json-flat', `de-${tag()}`]]) {
    const rel = uniq(`fs/${n}.${EXT[f]}`);
    fs.mkdirSync(path.join(outDir, rel), { recursive: true });
    fs.writeFileSync(path.join(outDir, rel, 'inner.txt'), 'a directory, not a file\n');
    manifest.push({ file: rel, format: f, category: 'directory-named-like-file', expect: 'error' });
  }
  try {
    const a = uniq(`fs/loop-a-${tag()}.po`), b = uniq(`fs/loop-b-${tag()}.po`);
    fs.symlinkSync(path.basename(b), path.join(outDir, a));
    fs.symlinkSync(path.basename(a), path.join(outDir, b));
    manifest.push({ file: a, format: 'po', category: 'symlink-loop', expect: 'error' });
    manifest.push({ file: b, format: 'po', category: 'symlink-loop', expect: 'error' });
    const d = uniq(`fs/dangling-${tag()}.json`);
    fs.symlinkSync(`missing-${tag()}.json`, path.join(outDir, d));
    manifest.push({ file: d, format: 'json-flat', category: 'symlink-dangling', expect: 'error' });
  } catch (err) {
    console.error(`make-badinput: symlinks not supported here (${err.code}); skipped`);
  }
}

// ---------------------------------------------------------------- manifest
manifest.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
fs.writeFileSync(path.join(outDir, 'MANIFEST.jsonl'), manifest.map((m) => JSON.stringify(m)).join('\n') + '\n');
const byCat = {};
for (const m of manifest) byCat[m.category] = (byCat[m.category] || 0) + 1;
console.log(`make-badinput: ${manifest.length} files (${(totalBytes / 1048576).toFixed(1)} MiB) in ${outDir} (seed ${seed}${quick ? ', quick' : ''})`);
console.log(Object.entries(byCat).map(([k, v]) => `${k}=${v}`).join(' '));
