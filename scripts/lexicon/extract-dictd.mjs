#!/usr/bin/env node
// extract-dictd.mjs — turn a dictd dictionary (.index + .dict.dz) into clean
// word-pair TSV lines:   headword <TAB> translation <TAB> pos
//
// Plain Node >= 18 ESM, no dependencies beyond node:fs / node:zlib / node:path.
// dictzip (.dict.dz) is gzip-compatible, so it is gunzipped whole into memory
// (largest input, freedict-deu-eng, is ~60 MB unpacked: fine).
//
// Supported entry formats (auto-detected, or force with --format):
//   freedict  FreeDict TEI->dictd text (Ergane-derived eng-fra/spa/ita/por/nld/rus,
//             Ding-derived eng-deu/deu-eng, Piotrowski-Saloni eng-pol)
//   wikdict   FreeDict+WikDict (Wiktionary) dictionaries, e.g. pol-eng, deu-rus:
//             "N. translations" line followed by a source-language gloss line
//   mueller   Mueller English-Russian (mueller7-dict, mueller7accent-dict)
//   ding      the raw Ding text file (Debian trans-de-en: /usr/share/trans/de-en),
//             "de {pos}; syn | infl :: en; syn | infl" — not a dictd file
//
// Usage:
//   node extract-dictd.mjs [options] <path>
//     <path>            dictd base path (".index"/".dict.dz" suffix optional),
//                       or the Ding text file with --format ding
//   --format F        freedict|wikdict|mueller|ding (default: auto)
//   --invert          swap columns: emit translation<TAB>headword (xx->eng from eng->xx)
//   --lower           lower-case both columns
//   --sense           add a 4th column: sense id ("<entry#>.<sense#>")
//   --max-words N     drop translations longer than N words (default 6)
//   --subentries      ding only: also emit the "|" sub-entries (inflected forms, phrases)
//   --lookup a,b,c    only emit rows whose (post-invert) headword is one of these
//                     (case-insensitive); handy for spot checks
//   --stats           print counts to stderr
//   --src L --tgt L   override language codes guessed from the file name
//                     (eng, rus, deu, ...; used for script filtering & "to " stripping)
//
// Output is UTF-8, NFKC-normalised (fixes e.g. the U+0133 "ĳ" ligature in
// FreeDict eng-nld), typographic apostrophes folded to "'", de-duplicated.

import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';

// ---------------------------------------------------------------- arguments
const args = process.argv.slice(2);
const opt = { format: 'auto', invert: false, lower: false, sense: false, maxWords: 6,
  subentries: false, lookup: null, stats: false, src: null, tgt: null, input: null };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--format') opt.format = args[++i];
  else if (a === '--invert') opt.invert = true;
  else if (a === '--lower') opt.lower = true;
  else if (a === '--sense') opt.sense = true;
  else if (a === '--max-words') opt.maxWords = Number(args[++i]);
  else if (a === '--subentries') opt.subentries = true;
  else if (a === '--lookup') opt.lookup = new Set(args[++i].split(',').map((s) => norm(s).toLowerCase()));
  else if (a === '--stats') opt.stats = true;
  else if (a === '--src') opt.src = args[++i];
  else if (a === '--tgt') opt.tgt = args[++i];
  else if (a === '-h' || a === '--help') { usage(0); }
  else if (a.startsWith('--')) { console.error(`unknown option ${a}`); usage(2); }
  else opt.input = a;
}
function usage(code) {
  const src = fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n');
  console.error(src.filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n'));
  process.exit(code);
}
if (!opt.input) usage(2);

// ---------------------------------------------------------------- text helpers
function norm(s) {
  return s.normalize('NFKC').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010\u2011]/g, '-').replace(/[\u00a0\t]/g, ' ');
}
const CYR = /\p{Script=Cyrillic}/u;
const LAT = /\p{Script=Latin}/u;

// language-specific argument placeholders that are not part of the meaning
const EN_SLOT = String.raw`(?:sth|sb|smth|smb|s\.o|s\.th|o\.s)\.(?:'s)?`;
const DE_SLOT = String.raw`(?:etw|jdm|jdn|jds|jd)\.`;
const DE_PREP = 'an|am|auf|aus|bei|beim|durch|für|gegen|gegenüber|hinter|im|in|ins|mit|nach|neben|über|um|unter|von|vom|vor|zu|zum|zur|zwischen';
const PLACEHOLDERS = [
  // "jdn./etw." "sb./sth." alternatives first, then German "vor etw." (preposition + slot;
  // English keeps its preposition: "show in sb." -> "show in" is a phrasal verb, not "show")
  new RegExp(String.raw`(?:${EN_SLOT}|${DE_SLOT})(?:/(?:${EN_SLOT}|${DE_SLOT}))+`, 'g'),
  new RegExp(String.raw`(?:^|\s)(?:${DE_PREP})\s+${DE_SLOT}(?=\s|$|[,;)])`, 'g'),
  // English (Ding/FreeDict/eng-pol)
  /\b(?:sth|sb|smth|smb|s\.o|s\.th|o\.s)\.(?:'s)?(?=\s|$|[,;)])/g, /\bsomebody'?s?\b|\bsomething\b/g, /\bone's\b|\boneself\b/g,
  // German (Ding)
  /(?:^|\s)(?:etw|jdm|jdn|jds|jd|sich\s+etw)\.(?=\s|$|[,;)])/g,
  // "etc." markers and usage labels: "и т.п.", "и пр.", "как сущ.", "тж.", "etc.", "usw.", "etc"
  /(?:^|\s)(?:и\s+т\.\s?[пд]\.|и\s+(?:пр|др)\.|как\s+(?:сущ|прил|нареч|глаг)\.|тж\.|напр\.:?|etc\.?|usw\.|u\.\s?a\.)(?=\s|$|[,;)])/gu,
  // Russian (Mueller): кого-л., что-л., какой-л., ...
  /(?:^|\s)[\p{Script=Cyrillic}]+-(?:л|либо|нибудь)\.?(?=\s|$|[,;)])/gu,
];
// "один, одна" etc. are fine; the list above only removes valency slots.

function stripBrackets(s) {
  // remove [...] {...} <...> and (...) (innermost first, so nesting is handled)
  let prev;
  do {
    prev = s;
    s = s.replace(/\[[^\[\]]*\]/g, ' ').replace(/\{[^{}]*\}/g, ' ').replace(/<[^<>]*>/g, ' ')
      .replace(/\([^()]*\)/g, ' ');
  } while (s !== prev);
  return s.replace(/[\[\]{}()<>]/g, ' ');
}

// split on , and ; that are not inside brackets
function splitTop(s, seps = ',;') {
  const out = []; let depth = 0; let cur = '';
  for (const ch of s) {
    if ('([{<'.includes(ch)) depth++;
    else if (')]}>'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && seps.includes(ch)) { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}

// "прятать(ся)" -> ["прятать", "прятаться"]; "Lehrer(in)" -> ["Lehrer", "Lehrerin"]
function expandOptional(s) {
  const m = /(\p{L})\((\p{L}{1,4})\)(?=[\s,;.]|$)/u.exec(s);
  if (!m) return [s];
  const i = m.index + 1;
  const without = s.slice(0, i) + s.slice(i + m[2].length + 2);
  const withIt = s.slice(0, i) + m[2] + s.slice(i + m[2].length + 2);
  return [...expandOptional(without), ...expandOptional(withIt)];
}

// script check for a term in language `lang` (3-letter code)
function scriptOk(term, lang) {
  if (lang === 'rus' || lang === 'ukr' || lang === 'bul') return CYR.test(term) && !LAT.test(term);
  if (!lang) return true;
  return !CYR.test(term);
}

// "TV programme/program" -> ["TV programme", "TV program"] (word-level alternatives only)
function expandSlash(s, depth = 0) {
  const m = /(?<![\p{L}\d])(\p{L}[\p{L}'-]*)\/(\p{L}[\p{L}'-]*)(?![\p{L}\d/])/u.exec(s);
  if (!m || depth > 2) return [s.replace(/\//g, ' ')];
  const pre = s.slice(0, m.index), post = s.slice(m.index + m[0].length);
  return [...expandSlash(pre + m[1] + post, depth + 1), ...expandSlash(pre + m[2] + post, depth + 1)];
}

function cleanTerm(raw, lang) {
  const outs = [];
  const variants = [];
  for (let s of expandOptional(raw)) {
    s = stripBrackets(s);
    if (lang === 'eng') s = s.replace(/^\s*to\s+(?=\p{L})/u, ' ');
    for (const re of PLACEHOLDERS) s = s.replace(re, ' ');
    variants.push(...expandSlash(s));
  }
  for (let s of variants) {
    s = s.replace(/\s*(?:\.\.\.|…)\s*/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s–—:,;.!?"'«»„“”*=~]+/, '').replace(/^-\s+/, '')
      .replace(/[\s–—:,;!?"«»„“”*=~]+$/, '')
      .trim();
    // trailing period: drop unless it looks like an abbreviation ("etc.", "z.B.", "т.п.")
    if (/\.$/.test(s) && !/(?:^|\s)\p{L}{1,3}\.$|\.\p{L}+\.$/u.test(s)) s = s.slice(0, -1).trim();
    if (!s || !/\p{L}/u.test(s)) continue;
    if (/^[-\u2010\u2011]\p{L}|\p{L}[-\u2010\u2011]$/u.test(s)) continue; // affixes "volg-", "-ness"
    if (/^\d+\.?$/.test(s)) continue;
    if (s.split(' ').length > opt.maxWords) continue;
    if (!scriptOk(s, lang)) continue;
    outs.push(s);
  }
  return outs;
}

// ---------------------------------------------------------------- POS
function normPos(raw) {
  if (!raw) return '';
  const toks = raw.toLowerCase().replace(/[<>{}_]/g, ' ').split(/[\s,./]+/).filter(Boolean);
  const has = (...xs) => toks.some((t) => xs.includes(t));
  if (has('phras')) return 'phr';
  if (has('v', 'vt', 'vi', 'vr', 'vti', 'verb', 'trans', 'intr', 'refl', 'aux', 'p-p', 'pres-p', 'pass')) return 'v';
  if (has('n', 'noun', 'fem', 'masc', 'neut', 'm', 'f', 'nf', 'nm', 'pl', 'sg', 'pn', 'prop', 'propn')) return 'n';
  if (has('adj', 'a', 'attr', 'adjective', 'predic')) return 'adj';
  if (has('adv', 'adverb')) return 'adv';
  if (has('prep', 'prp', 'preposition')) return 'prep';
  if (has('conj', 'cj', 'konj')) return 'conj';
  if (has('pron', 'ppron', 'pronoun')) return 'pron';
  if (has('num', 'n-card', 'n-ord', 'numeral')) return 'num';
  if (has('interj', 'int', 'intj', 'interjection')) return 'interj';
  if (has('art', 'article', 'det')) return 'det';
  if (has('abbr', 'acronym')) return 'abbr';
  return '';
}

// ---------------------------------------------------------------- dictd reader
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function b64num(s) { let n = 0; for (const c of s) n = n * 64 + B64.indexOf(c); return n; }

function openDictd(input) {
  const base = input.replace(/\.(index|dict\.dz|dict)$/, '');
  const dictPath = fs.existsSync(base + '.dict.dz') ? base + '.dict.dz' : base + '.dict';
  let data = fs.readFileSync(dictPath);
  if (dictPath.endsWith('.dz')) data = zlib.gunzipSync(data);
  const index = [];
  const seen = new Set();
  for (const line of fs.readFileSync(base + '.index', 'utf8').split('\n')) {
    if (!line) continue;
    const [hw, o, n] = line.split('\t');
    if (!o || !n) continue;
    const off = b64num(o), len = b64num(n);
    index.push({ key: hw, off, len });
  }
  const get = (off, len) => data.subarray(off, off + len).toString('utf8');
  const meta = (name) => {
    const e = index.find((x) => x.key === name || x.key === name.replace(/-/g, ''));
    return e ? get(e.off, e.len) : '';
  };
  function* entries() {
    for (const e of index) {
      if (/^00-?database/.test(e.key)) continue;
      const k = e.off + ':' + e.len;
      if (seen.has(k)) continue; // several index keys may point at one entry
      seen.add(k);
      yield { key: e.key, text: norm(get(e.off, e.len)) };
    }
  }
  return { base, meta, entries, size: index.length };
}

function guessLangs(file) {
  const b = path.basename(file);
  const m = /([a-z]{3})-([a-z]{3})(?:\.|$)/.exec(b);
  if (m) return [m[1], m[2]];
  if (/mueller/i.test(b)) return ['eng', 'rus'];
  if (/english-german/.test(b)) return ['eng', 'deu'];
  if (/german-english/.test(b)) return ['deu', 'eng'];
  if (/de-en/.test(b)) return ['deu', 'eng'];
  return [null, null];
}

// ---------------------------------------------------------------- FreeDict
const SKIP_LINE = /^\s*(?:Note|Notes|Synonyms?|Antonyms?|see|See also|Usage|Example|Examples)\s*:/;

function parseHeadLine(line) {
  // "show /ʃˈəʊ/ (showed /ʃˈəʊd/ <>, shown ...) <v>"  |  "reset sth. /.../"  |  "delete /diliːt/ <vt>"
  let hw = line;
  const slash = hw.search(/\s\/[^/]*\//);
  if (slash >= 0) hw = hw.slice(0, slash);
  hw = hw.replace(/\s*<[^>]*>\s*$/, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  const posTags = [...line.matchAll(/<([^<>]+)>/g)].map((m) => m[1]).filter((t) => t.trim());
  return { hw, pos: normPos(posTags[posTags.length - 1] || '') };
}

function parseFreedict(text, lang) {
  const lines = text.split('\n');
  const { hw, pos: hwPos } = parseHeadLine(lines[0]);
  const out = [];
  let group = 0, sense = 0, groupPos = '', skipGroup = false;
  for (let li = 1; li < lines.length; li++) {
    let line = lines[li];
    if (!line.trim() || SKIP_LINE.test(line)) continue;
    if (/^\s*"/.test(line)) continue; // example sentence  "..." - "..."
    if (/^\s*-\s/.test(line)) continue; // eng-pol: translation of a phrase sub-entry
    // eng-pol roman-numeral groups:  "I.  <V> 1.  pokazywać"   "III.  <V Phras>show around   oprowadzać"
    const rom = /^\s*([IVX]+)\.\s+(?:<([^>]*)>)?/.exec(line);
    if (rom) {
      group++; groupPos = normPos(rom[2] || ''); skipGroup = groupPos === 'phr';
      line = line.slice(rom[0].length);
    }
    if (skipGroup) continue;
    if (/\(:|\(\S+ V:/.test(line)) continue; // eng-pol phrase sub-entry "on show (:on :show)"
    // split on inline sense numbers "1. a, b 2. c"
    const parts = line.split(/(?:^|\s)\d+\.(?=\s|$)/);
    const numbered = /(?:^|\s)\d+\.(?=\s|$)/.test(line);
    for (const part of parts) {
      if (!part.trim()) continue;
      if (numbered || sense === 0) sense++;
      let p = part;
      const tags = [...p.matchAll(/<([^<>]+)>/g)].map((m) => normPos(m[1])).filter(Boolean);
      const pos = hwPos || groupPos || tags[0] || '';
      for (const piece of splitTop(p)) {
        for (const t of cleanTerm(piece, lang)) out.push({ hw, tr: t, pos, sense });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- WikDict
function parseWikdict(text, lang) {
  const lines = text.split('\n');
  const { hw, pos } = parseHeadLine(lines[0]);
  const out = [];
  let sense = 0;
  let expectTr = true; // first body line of each sense holds the translations
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li];
    if (!line.trim() || SKIP_LINE.test(line)) continue;
    const m = /^\s*(\d+)\.(?:\s+|$)(.*)$/.exec(line);
    let body;
    if (m) { sense++; body = m[2]; }
    else if (expectTr) { sense++; body = line; }
    else continue; // gloss/definition line in the source language
    expectTr = false;
    body = body.replace(/\s+\d+\.\s*$/, ''); // broken "a, b 2." numbering
    for (const piece of splitTop(body)) {
      for (const t of cleanTerm(piece, lang)) out.push({ hw, tr: t, pos, sense });
    }
  }
  return out;
}

// ---------------------------------------------------------------- Mueller
const MUELLER_POS = /_(n|a|v|adv|prep|pron|cj|interj|pl|attr|p-p|pres-p|p|predic|n-card|n-ord|refl|pass|pref|num|int|sg|emph|indef|poss|pers|rel|inter|obj|sup|comp|inf)\./;
const MUELLER_MARK = new RegExp(
  [
    String.raw`_(?:IV|V?I{0,3})(?![\p{L}.])`, // homograph _I _II _III _IV
    String.raw`(?<=^|\s)\d+\.(?=\s|_|\[|$)`, // POS group 1.
    String.raw`(?<=^|\s)\d+\)`, // sense 1)   (also "11)_ам." and "10)слово")
    String.raw`(?<=^|\s)[а-я]\)(?=\s|_|\[|$)`, // sub-sense а)
  ].join('|'),
  'gu',
);

function parseMueller(text, lang) {
  const lines = text.split('\n');
  const hw = lines[0].trim();
  const body = ' ' + lines.slice(1).map((l) => l.trim()).join(' ') + ' ';
  const out = [];
  // tokenise into [marker, text] pairs
  const segs = [];
  let last = 0, lastMark = '';
  for (const m of body.matchAll(MUELLER_MARK)) {
    if (!m[0]) continue;
    segs.push([lastMark, body.slice(last, m.index)]);
    lastMark = m[0]; last = m.index + m[0].length;
  }
  segs.push([lastMark, body.slice(last)]);

  let pos = '', sense = 0, inExample = false;
  for (const [mark, seg0] of segs) {
    if (/^_/.test(mark)) { pos = ''; inExample = false; }
    else if (/^\d+\.$/.test(mark)) { pos = ''; inExample = false; }
    else if (/^\d+\)$/.test(mark)) { inExample = false; }
    // sub-sense markers (а) б)) keep inExample: after a phrase they belong to the phrase
    let seg = seg0;
    // POS labels (may be several; the first real one wins)
    let pm;
    while ((pm = MUELLER_POS.exec(seg))) {
      const p = normPos(pm[1]);
      if (p && !pos) pos = p;
      seg = seg.slice(0, pm.index) + ' ' + seg.slice(pm.index + pm[0].length);
    }
    seg = seg.replace(/\[[^\]]*\]/g, ' '); // transcription
    if (!seg.trim()) continue;
    if (mark) sense++;
    for (const chunk of splitTop(seg, ';')) {
      if (inExample) break;
      if (/_см\.|_ср\./.test(chunk)) continue; // cross-reference
      const bare = stripBrackets(chunk.replace(/_[\p{L}\-]+\.?/gu, ' '));
      if (LAT.test(bare)) { inExample = true; break; } // "to show cause привести оправдание"
      const c = chunk.replace(/_[\p{L}\-]+\.?/gu, ' '); // style/domain labels _разг. _тех.
      for (const piece of splitTop(c, ',')) {
        for (const t of cleanTerm(piece, lang)) out.push({ hw, tr: t, pos, sense: sense || 1 });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- Ding text
function parseDingLine(line, n) {
  if (!line || line.startsWith('#')) return [];
  const sides = line.split(' :: ');
  if (sides.length !== 2) return [];
  const de = sides[0].split(' | '), en = sides[1].split(' | ');
  const out = [];
  const k = opt.subentries ? Math.min(de.length, en.length) : 1;
  for (let i = 0; i < k; i++) {
    const dTerms = [], eTerms = [];
    let pos = '';
    for (const piece of splitTop(de[i], ';')) {
      const tags = [...piece.matchAll(/\{([^}]+)\}/g)].map((m) => normPos(m[1])).filter(Boolean);
      if (!pos && tags[0]) pos = tags[0];
      for (const t of cleanTerm(piece, 'deu')) dTerms.push(t);
    }
    for (const piece of splitTop(en[i], ';')) {
      if (!pos && /^\s*to\s+\p{L}/u.test(piece)) pos = 'v';
      for (const t of cleanTerm(piece, 'eng')) eTerms.push(t);
    }
    for (const d of dTerms) for (const e of eTerms) out.push({ hw: d, tr: e, pos, sense: i + 1 });
  }
  return out;
}

// ---------------------------------------------------------------- main
let [src, tgt] = guessLangs(opt.input);
if (opt.src) src = opt.src;
if (opt.tgt) tgt = opt.tgt;

const seen = new Set();
let nEntries = 0, nRows = 0, nEmpty = 0;
const outBuf = [];
function emit(rows, entryNo) {
  if (!rows.length) nEmpty++;
  for (const r of rows) {
    let a = r.hw, b = r.tr;
    if (opt.invert) [a, b] = [b, a];
    if (opt.lower) { a = a.toLowerCase(); b = b.toLowerCase(); }
    if (!a || !b) continue;
    if (opt.lookup && !opt.lookup.has(a.toLowerCase())) continue;
    const key = a + '\t' + b + '\t' + r.pos;
    if (seen.has(key)) continue;
    seen.add(key);
    nRows++;
    outBuf.push(opt.sense ? `${key}\t${entryNo}.${r.sense}` : key);
    if (outBuf.length >= 4096) { process.stdout.write(outBuf.join('\n') + '\n'); outBuf.length = 0; }
  }
}

let format = opt.format;
if (format === 'ding' || (format === 'auto' && !fs.existsSync(opt.input.replace(/\.(index|dict\.dz|dict)$/, '') + '.index'))) {
  format = 'ding';
  [src, tgt] = [opt.src || 'deu', opt.tgt || 'eng'];
  const lines = norm(fs.readFileSync(opt.input, 'utf8')).split('\n');
  lines.forEach((l, i) => { if (l && !l.startsWith('#')) { nEntries++; emit(parseDingLine(l, i), i + 1); } });
} else {
  const db = openDictd(opt.input);
  if (format === 'auto') {
    const info = db.meta('00-database-info') + db.meta('00-database-short') + db.meta('00-database-url');
    if (/mueller/i.test(db.base) || /Mueller/.test(info)) format = 'mueller';
    else if (/wikdict/i.test(info)) format = 'wikdict';
    else format = 'freedict';
  }
  const parse = { freedict: parseFreedict, wikdict: parseWikdict, mueller: parseMueller }[format];
  if (!parse) { console.error(`unknown --format ${format}`); process.exit(2); }
  for (const e of db.entries()) {
    nEntries++;
    let rows;
    try { rows = parse(e.text, tgt); } catch (err) { console.error(`entry ${e.key}: ${err.message}`); rows = []; }
    // headword cleanup (sth./sb./to/etw. and brackets) in the source language
    // ("harbour, harbor" lists spelling variants: one row set per variant)
    const heads = new Map();
    rows = rows.flatMap((r) => {
      if (!heads.has(r.hw)) heads.set(r.hw, [...new Set(splitTop(r.hw).flatMap((h) => cleanTerm(h, src).slice(0, 1)))]);
      return heads.get(r.hw).map((h) => ({ ...r, hw: h }));
    });
    emit(rows, nEntries);
  }
}
if (outBuf.length) process.stdout.write(outBuf.join('\n') + '\n');
if (opt.stats) {
  console.error(`format=${format} src=${src} tgt=${tgt} entries=${nEntries} entries_without_pairs=${nEmpty} rows=${nRows}`);
}
