#!/usr/bin/env node
// Builds translint's shipped lexicons (lexicon/<lang>.json.gz and lexicon/en.json.gz) from
// real lexical data, reproducibly:
//   - bilingual dictionaries from Debian (FreeDict dictd packages, mueller7-dict for Russian),
//     read in both directions by extract-dictd.mjs;
//   - English WordNet 3.0 (Debian wordnet-base) by extract-wordnet.mjs: synonyms,
//     derivations, antonyms; plus ui-antonyms.tsv (opposite UI actions WordNet lacks);
//   - word alignments (IBM Model 1, both directions, src/meaning/align.ts) learned over the
//     benchmark corpus of bench/make-corpus.sh (only the packages in bench/corpus-packages.txt).
// Snowball stems key everything, so inflected forms meet at run time.
//
// Usage: node scripts/lexicon/build.mjs [--languages ru,de,...] [--corpus DIR] [--raw DIR] [--out DIR]
//   --corpus DIR  a full corpus from bench/make-corpus.sh (built there if missing)
//   --raw DIR     where the Debian packages are downloaded and unpacked (default .cache/lexicon-raw)
// Needs: apt-get (download only), dpkg-deb, gettext (for the corpus), and `npm run build` first.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FUNCTION_WORDS } from './function-words.mjs';
import { packLexicon } from './write-lexicon.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { parsePo } = await import(join(root, 'dist/formats/po.js'));
const { stemmerFor } = await import(join(root, 'dist/meaning/stem.js'));
const { wordsOf } = await import(join(root, 'dist/meaning/words.js'));
const { learnLinks } = await import(join(root, 'dist/meaning/align.js'));

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const LANGUAGES = option('languages', 'ru,de,fr,es,it,pl,pt,nl').split(',');
const RAW = resolve(option('raw', join(root, '.cache/lexicon-raw')));
const CORPUS = resolve(option('corpus', join(root, '.cache/corpus-full')));
const OUT = resolve(option('out', join(root, 'lexicon')));

// Which dictionaries serve each language: [package, dictd base name, direction].
const DICTIONARIES = {
  ru: [['mueller7-dict', 'mueller7', 'en-xx'], ['dict-freedict-eng-rus', 'freedict-eng-rus', 'en-xx']],
  de: [['dict-freedict-eng-deu', 'freedict-eng-deu', 'en-xx'], ['dict-freedict-deu-eng', 'freedict-deu-eng', 'xx-en']],
  fr: [['dict-freedict-eng-fra', 'freedict-eng-fra', 'en-xx'], ['dict-freedict-fra-eng', 'freedict-fra-eng', 'xx-en']],
  es: [['dict-freedict-eng-spa', 'freedict-eng-spa', 'en-xx'], ['dict-freedict-spa-eng', 'freedict-spa-eng', 'xx-en']],
  it: [['dict-freedict-eng-ita', 'freedict-eng-ita', 'en-xx'], ['dict-freedict-ita-eng', 'freedict-ita-eng', 'xx-en']],
  pt: [['dict-freedict-eng-por', 'freedict-eng-por', 'en-xx'], ['dict-freedict-por-eng', 'freedict-por-eng', 'xx-en']],
  pl: [['dict-freedict-eng-pol', 'freedict-eng-pol', 'en-xx'], ['dict-freedict-pol-eng', 'freedict-pol-eng', 'xx-en']],
  nl: [['dict-freedict-eng-nld', 'freedict-eng-nld', 'en-xx'], ['dict-freedict-nld-eng', 'freedict-nld-eng', 'xx-en']],
};
// Corpus locales that count as each language (pt_BR and pt are one lexicon).
const CORPUS_LOCALES = { pt: ['pt', 'pt_BR', 'pt_PT'], nl: ['nl', 'nl_BE'], de: ['de', 'de_DE', 'de_AT', 'de_CH'], fr: ['fr', 'fr_FR', 'fr_CA'], es: ['es', 'es_ES', 'es_MX'], it: ['it'], pl: ['pl'], ru: ['ru'] };

function log(message) {
  process.stderr.write(`build-lexicon: ${message}\n`);
}

/** Downloads and unpacks a Debian package into RAW/<package> once. */
function unpacked(pkg) {
  const target = join(RAW, 'x', pkg);
  if (existsSync(target)) return target;
  mkdirSync(join(RAW, 'debs'), { recursive: true });
  const debs = join(RAW, 'debs');
  if (!readdirSync(debs).some((name) => name.startsWith(`${pkg}_`))) {
    const result = spawnSync('apt-get', ['download', '-qq', pkg], { cwd: debs, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`apt-get download ${pkg} failed (run apt-get update first)`);
  }
  const deb = readdirSync(debs).find((name) => name.startsWith(`${pkg}_`));
  mkdirSync(target, { recursive: true });
  execFileSync('dpkg-deb', ['-x', join(debs, deb), target]);
  return target;
}

function packageVersion(pkg) {
  const deb = readdirSync(join(RAW, 'debs')).find((name) => name.startsWith(`${pkg}_`));
  return deb ? decodeURIComponent(deb.split('_')[1]) : 'unknown';
}

function licenceOf(pkg) {
  const copyright = join(RAW, 'x', pkg, 'usr/share/doc', pkg, 'copyright');
  if (!existsSync(copyright)) return 'see Debian package';
  const text = readFileSync(copyright, 'utf8');
  const match = /^License:\s*(.+)$/m.exec(text);
  return match ? match[1].trim() : 'see Debian copyright file';
}

/** Rows of extract-dictd.mjs: [headword, translation, pos]. */
function dictionaryRows(pkg, base, invert) {
  const dir = join(unpacked(pkg), 'usr/share/dictd');
  const out = execFileSync(process.execPath, [join(root, 'scripts/lexicon/extract-dictd.mjs'), '--lower', ...(invert ? ['--invert'] : []), join(dir, base)], { maxBuffer: 1 << 30, encoding: 'utf8' });
  return out.split('\n').filter(Boolean).map((line) => line.split('\t'));
}

// ------------------------------------------------------------------ English (WordNet)
function buildEnglish() {
  const dir = join(unpacked('wordnet-base'), 'usr/share/wordnet');
  const tsv = join(RAW, 'wordnet-tsv');
  mkdirSync(tsv, { recursive: true });
  execFileSync(process.execPath, [join(root, 'scripts/lexicon/extract-wordnet.mjs'), '--dir', dir, '--out', tsv], { stdio: 'inherit' });
  const stem = stemmerFor('en');
  const read = (name) => readFileSync(join(tsv, name), 'utf8').split('\n').filter(Boolean).map((line) => line.split('\t'));
  const related = new Map();
  const antonyms = new Map();
  const words = new Map();
  const add = (map, key, value, limit = 40) => {
    if (key === value) return;
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    if (set.size < limit) set.add(value);
  };
  const single = (lemma) => /^[a-z][a-z'-]*$/.test(lemma);
  for (const [lemma, , rank, , synonyms] of read('wn-senses.tsv')) {
    if (!single(lemma)) continue;
    const key = stem(lemma);
    if (!words.has(key) || lemma.length < words.get(key).length) words.set(key, lemma);
    // Only the commoner senses: rare senses would make almost any word "related".
    if (Number(rank) > 4) continue;
    for (const synonym of synonyms.split('|')) if (single(synonym)) add(related, key, stem(synonym));
  }
  for (const [a, , b] of read('wn-derivations.tsv')) if (single(a) && single(b)) add(related, stem(a), stem(b)), add(related, stem(b), stem(a));
  for (const [form, , lemma] of read('wn-exceptions.tsv')) if (single(form) && single(lemma)) add(related, stem(form), stem(lemma)), add(related, stem(lemma), stem(form));
  let antonymPairs = 0;
  for (const [a, b, , kind] of read('wn-antonyms.tsv')) {
    if (kind === 'cluster' || !single(a) || !single(b)) continue;
    add(antonyms, stem(a), stem(b)), add(antonyms, stem(b), stem(a));
    antonymPairs++;
  }
  const curated = readFileSync(join(root, 'scripts/lexicon/ui-antonyms.tsv'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
  for (const line of curated) {
    const [a, b] = line.split('\t');
    add(antonyms, stem(a), stem(b)), add(antonyms, stem(b), stem(a));
  }
  const toObject = (map) => Object.fromEntries([...map].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([key, set]) => [key, [...set].sort()]));
  return {
    version: 1,
    sources: [
      { name: `WordNet 3.0 (Debian wordnet-base ${packageVersion('wordnet-base')})`, licence: 'WordNet 3.0 licence (BSD-style, Princeton University)', entries: words.size },
      { name: 'scripts/lexicon/ui-antonyms.tsv (opposite UI actions)', licence: 'MIT (this project)', entries: curated.length },
    ],
    related: toObject(related),
    antonyms: toObject(antonyms),
    words: Object.fromEntries([...words].sort((x, y) => (x[0] < y[0] ? -1 : 1))),
    stopwords: FUNCTION_WORDS.en.split(' '),
    stats: { antonymPairs },
  };
}

// ------------------------------------------------------------------ corpus alignment
function corpusPairs(language) {
  const manifest = join(CORPUS, 'MANIFEST.jsonl');
  if (!existsSync(manifest)) {
    log(`building the full corpus in ${CORPUS}`);
    execFileSync('bash', [join(root, 'bench/make-corpus.sh'), CORPUS, 'full'], { stdio: 'inherit' });
  }
  const locales = new Set(CORPUS_LOCALES[language] ?? [language]);
  const pairs = [];
  for (const line of readFileSync(manifest, 'utf8').split('\n').filter(Boolean)) {
    const entry = JSON.parse(line);
    if (!locales.has(entry.lang)) continue;
    let catalog;
    try {
      catalog = parsePo(readFileSync(join(CORPUS, entry.file)), { path: entry.file, sourceLocale: 'en', locale: language });
    } catch {
      continue;
    }
    for (const unit of catalog.units) {
      if (unit.state !== 'translated' || unit.sourcePlural !== undefined || !unit.targets[0]) continue;
      pairs.push([unit.source, unit.targets[0]]);
    }
  }
  return pairs;
}

function alignments(language, rawPairs, englishStop, targetStop) {
  const stemEn = stemmerFor('en');
  const stemXx = stemmerFor(language);
  const pairs = [];
  const surface = new Map();
  for (const [source, target] of rawPairs) {
    const sourceWords = wordsOf(source).filter((w) => !englishStop.has(w.lower));
    const targetWords = wordsOf(target).filter((w) => !targetStop.has(w.lower));
    // Short units align cleanly; long sentences add noise and time.
    if (sourceWords.length === 0 || targetWords.length === 0 || sourceWords.length > 8 || targetWords.length > 12) continue;
    const targetStems = targetWords.map((w) => stemXx(w.lower));
    targetWords.forEach((w, i) => {
      let forms = surface.get(targetStems[i]);
      if (!forms) surface.set(targetStems[i], (forms = new Map()));
      forms.set(w.lower, (forms.get(w.lower) ?? 0) + 1);
    });
    pairs.push({ source: sourceWords.map((w) => stemEn(w.lower)), target: targetStems });
  }
  return { links: learnLinks(pairs, { iterations: 6, minProbability: 0.12, minPairs: 2 }), surface, pairs: pairs.length };
}

// ------------------------------------------------------------------ one language
function buildLanguage(language, english) {
  const stemEn = stemmerFor('en');
  const stemXx = stemmerFor(language);
  const englishStop = new Set(english.stopwords);
  const targetStop = new Set(FUNCTION_WORDS[language].split(' '));
  const translations = new Map(); // en stem -> Map(target stem -> {form, weight})
  const meanings = new Map(); // target stem -> Map(en stem -> weight)
  const forms = new Map(); // target stem -> Map(form -> count)
  const sources = [];
  // kind: 'd' = a dictionary says so (any sense), 'a' = aligned in real UI translations (the
  // software sense). meaning/sense tells a wrong sense by 'd' without 'a'.
  const addTranslation = (enStem, xxStem, form, weight, kind) => {
    let row = translations.get(enStem);
    if (!row) translations.set(enStem, (row = new Map()));
    const old = row.get(xxStem);
    const kinds = [...new Set(`${old?.kind ?? ''}${kind}`)].sort().join('');
    row.set(xxStem, { form: old?.form ?? form, weight: Math.max(weight, old?.weight ?? 0), kind: kinds });
  };
  const addMeaning = (xxStem, enStem, weight) => {
    let row = meanings.get(xxStem);
    if (!row) meanings.set(xxStem, (row = new Map()));
    row.set(enStem, Math.max(weight, row.get(enStem) ?? 0));
  };
  const addForm = (xxStem, form, count) => {
    let row = forms.get(xxStem);
    if (!row) forms.set(xxStem, (row = new Map()));
    row.set(form, (row.get(form) ?? 0) + count);
  };
  const contentWords = (text, stop) => text.split(/[\s,;/()]+/).map((w) => w.replace(/^['"-]+|['".!?-]+$/g, '')).filter((w) => w && /\p{L}/u.test(w) && !stop.has(w));

  for (const [pkg, base, direction] of DICTIONARIES[language]) {
    const rows = dictionaryRows(pkg, base, direction === 'xx-en');
    // Rows are now [english, target]; earlier translations of a headword are the commoner ones.
    const rank = new Map();
    let used = 0;
    for (const [englishText, targetText] of rows) {
      const englishWords = contentWords(englishText, englishStop);
      const targetWords = contentWords(targetText, targetStop);
      if (englishWords.length !== 1 || targetWords.length === 0 || targetWords.length > 3) continue;
      const enStem = stemEn(englishWords[0]);
      const position = (rank.get(englishText) ?? 0) + 1;
      rank.set(englishText, position);
      const weight = Math.max(0.2, 0.6 - 0.05 * (position - 1));
      if (targetWords.length === 1) {
        const xxStem = stemXx(targetWords[0]);
        addTranslation(enStem, xxStem, targetWords[0], weight, 'd');
        addMeaning(xxStem, enStem, weight);
        addForm(xxStem, targetWords[0], 1);
      } else {
        // A multi-word translation covers the source word but gives its words no single meaning.
        for (const word of targetWords) addTranslation(enStem, stemXx(word), word, 0.25, 'd');
      }
      used++;
    }
    sources.push({ name: `${base} (Debian ${pkg} ${packageVersion(pkg)})`, licence: licenceOf(pkg), entries: used });
  }

  const rawPairs = corpusPairs(language);
  const { links, surface, pairs } = alignments(language, rawPairs, englishStop, targetStop);
  let linkCount = 0;
  for (const [enStem, row] of links) {
    for (const [xxStem, weight] of row) {
      const form = [...(surface.get(xxStem) ?? new Map([[xxStem, 1]]))].sort((a, b) => b[1] - a[1])[0][0];
      addTranslation(enStem, xxStem, form, weight, 'a');
      addMeaning(xxStem, enStem, weight);
      linkCount++;
    }
  }
  const translatedStems = new Set();
  for (const row of translations.values()) for (const xxStem of row.keys()) translatedStems.add(xxStem);
  for (const [xxStem, row] of surface) for (const [form, count] of row) if (translatedStems.has(xxStem) || meanings.has(xxStem)) addForm(xxStem, form, count);
  sources.push({ name: `word alignments over the bench/make-corpus.sh full corpus (${pairs} ${language} unit pairs; packages in bench/corpus-packages.txt)`, licence: 'derived from the packages\' translations (GPL/LGPL family); alignment statistics only', entries: linkCount });

  // Aligned (software-sense) translations first, then dictionary ones by weight.
  const aligned = (entry) => (entry.kind.includes('a') ? 1 : 0);
  const top = (row, limit) => [...row].sort((a, b) => aligned(b[1]) - aligned(a[1]) || b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
  return {
    language,
    version: 1,
    sources,
    translations: Object.fromEntries([...translations].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([enStem, row]) => [enStem, top(row, 48).map(([xxStem, { form, weight, kind }]) => [xxStem, form, round(weight), kind])])),
    meanings: Object.fromEntries([...meanings].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([xxStem, row]) => [xxStem, [...row].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 24).map(([enStem, weight]) => [enStem, round(weight)])])),
    forms: Object.fromEntries([...forms].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([xxStem, row]) => [xxStem, [...row].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 12).map(([form]) => form)])),
    stopwords: [...targetStop],
  };
}

function round(weight) {
  return Math.round(weight * 1000) / 1000;
}

/** Writes the format src/meaning/lexicon.ts reads (scripts/lexicon/write-lexicon.mjs). */
function writeLexicon(name, meta, stopwords, sections) {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, name);
  const temporary = `${path}.tmp-${process.pid}`;
  // Members carry mtime 0 and no file name: the same input gives the same bytes.
  writeFileSync(temporary, packLexicon(meta, stopwords, Object.fromEntries(Object.entries(sections).map(([section, entries]) => [section, Object.entries(entries)]))));
  renameSync(temporary, path);
  log(`wrote ${path}`);
}

const clean = (text) => String(text).replace(/[,;\t\n]/g, ' ');

const english = buildEnglish();
writeLexicon('en.lex.gz', { sources: english.sources, stats: english.stats }, english.stopwords, {
  related: Object.fromEntries(Object.entries(english.related).map(([key, values]) => [key, values.map(clean).join(',')])),
  antonyms: Object.fromEntries(Object.entries(english.antonyms).map(([key, values]) => [key, values.map(clean).join(',')])),
  words: english.words,
});
for (const language of LANGUAGES) {
  const started = Date.now();
  const lexicon = buildLanguage(language, english);
  writeLexicon(`${language}.lex.gz`, { language, sources: lexicon.sources }, lexicon.stopwords, {
    translations: Object.fromEntries(Object.entries(lexicon.translations).map(([key, rows]) => [key, rows.map(([stem, form, weight, kind]) => `${clean(stem)},${clean(form)},${weight},${kind}`).join(';')])),
    meanings: Object.fromEntries(Object.entries(lexicon.meanings).map(([key, rows]) => [key, rows.map(([stem, weight]) => `${clean(stem)},${weight}`).join(';')])),
    forms: Object.fromEntries(Object.entries(lexicon.forms).map(([key, forms]) => [key, forms.map(clean).join(',')])),
  });
  log(`${language}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
