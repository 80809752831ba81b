#!/usr/bin/env node
// Rewrites lexicon files of format 1 (one gzip stream of the whole text) in format 2 (indexed
// blocks), entry for entry: node scripts/lexicon/repack.mjs lexicon/*.lex.gz
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { packLexicon } from './write-lexicon.mjs';

for (const path of process.argv.slice(2)) {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  if (!text.startsWith('#translint-lexicon 1\n')) {
    process.stderr.write(`repack: ${path} is not format 1, left alone\n`);
    continue;
  }
  let meta = {};
  let stopwords = [];
  const sections = {};
  let section;
  for (const line of text.split('\n')) {
    if (line.startsWith('@')) sections[line.slice(1)] = section = [];
    else if (line.startsWith('#meta ')) meta = JSON.parse(line.slice(6));
    else if (line.startsWith('#stopwords ')) stopwords = line.slice(11).split(' ');
    else if (section && line) {
      const tab = line.indexOf('\t');
      if (tab > 0) section.push([line.slice(0, tab), line.slice(tab + 1)]);
    }
  }
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, packLexicon(meta, stopwords, sections));
  renameSync(temporary, path);
  process.stderr.write(`repack: ${path}\n`);
}
