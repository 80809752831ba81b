#!/usr/bin/env node
// extract-apertium.mjs — list the lemma pairs of an Apertium bilingual dictionary
// (optional extra source for Spanish: Debian apertium-eng-spa ships only compiled
// transducers, so they are first printed as AT&T text with lt-print from the Debian
// package lttoolbox-dev).
//
//   apt-get install apertium-eng-spa lttoolbox-dev     # or apt-get download + dpkg-deb -x
//   lt-print /usr/share/apertium/apertium-eng-spa/eng-spa.autobil.bin \
//     | node extract-apertium.mjs [--all-pos] > eng-spa.tsv
//
// Output: source_lemma <TAB> target_lemma <TAB> pos     (pos: n v adj adv prep det conj pron ...)
// Sections of the transducer that are patterns (numbers, URLs, unknown words) are
// detected by their path explosion and skipped. Proper nouns (np) and numerals are
// skipped, as are tags outside the POS table
// (e.g. <web> URL patterns), unless --all-pos is given. Plain Node ESM, no dependencies.

import fs from 'node:fs';

const allPos = process.argv.includes('--all-pos');
const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
const text = fs.readFileSync(file || 0, 'utf8');

const POS = { n: 'n', vblex: 'v', vbmod: 'v', vbser: 'v', vbhaver: 'v', vaux: 'v', adj: 'adj', adv: 'adv', preadv: 'adv',
  pr: 'prep', det: 'det', cnjcoo: 'conj', cnjsub: 'conj', cnjadv: 'conj', prn: 'pron', ij: 'interj', np: 'propn', num: 'num' };
const STEP_LIMIT = 3e6; // a section needing more DFS steps is a pattern (regex-like) section: skipped
const seen = new Set();
const out = [];

// lt-print writes one AT&T transducer per section, separated by "--" lines. Dictionary
// sections are acyclic lemma lists; the others (unknown-word, number, URL patterns)
// loop or explode combinatorially and are abandoned at STEP_LIMIT.
text.split(/\n--\n/).forEach((section, no) => {
  const arcs = new Map();
  const finals = new Set();
  for (const line of section.split('\n')) {
    const t = line.split('\t');
    if (t.length >= 4 && /^\d+$/.test(t[1])) {
      const s = +t[0];
      if (!arcs.has(s)) arcs.set(s, []);
      arcs.get(s).push([+t[1], t[2] === 'ε' ? '' : t[2], t[3] === 'ε' ? '' : t[3]]);
    } else if (/^\d+$/.test(t[0])) finals.add(+t[0]);
  }
  const found = [];
  const onPath = new Set();
  let steps = 0;
  let aborted = false;
  function visit(s, a, b) {
    if (aborted) return;
    if (++steps > STEP_LIMIT) { aborted = true; return; }
    if (finals.has(s)) {
      const ma = /^([^<]+)<([^>]+)>/.exec(a), mb = /^([^<]+)</.exec(b);
      if (ma && mb) found.push([ma[1], mb[1], POS[ma[2]] || ma[2]]);
    }
    if (onPath.has(s)) return;
    onPath.add(s);
    for (const [d, i, o] of arcs.get(s) || []) if (!onPath.has(d)) visit(d, a + i, b + o);
    onPath.delete(s);
  }
  visit(0, '', '');
  if (aborted) { console.error(`section ${no}: skipped (pattern section, > ${STEP_LIMIT} steps)`); return; }
  let n = 0;
  for (const [a, b, pos] of found) {
    if (!allPos && (pos === 'propn' || pos === 'num' || !Object.values(POS).includes(pos))) continue;
    if (!allPos && /\d/.test(a + b)) continue; // generated numeral phrases ("60th and 94th centuries")
    // "#" marks the invariable tail of a multiword lemma: "abuse# of power" -> "abuse of power"
    const k = `${a.replace(/#/g, '')}\t${b.replace(/#/g, '')}\t${pos}`;
    if (!seen.has(k)) { seen.add(k); out.push(k); n++; }
  }
  console.error(`section ${no}: ${n} pairs`);
});
process.stdout.write(out.join('\n') + '\n');
console.error(`pairs=${out.length}`);
