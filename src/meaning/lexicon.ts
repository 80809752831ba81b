import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { lastAtOrBefore } from '../core/text.js';
import { PACKAGE_ROOT } from '../package-root.js';

/**
 * Lexicons shipped in lexicon/, built by scripts/lexicon/build.mjs from bilingual dictionaries,
 * WordNet and word alignments over the benchmark corpus. Keys are stems (src/meaning/stem.ts).
 *
 * File format 2 (scripts/lexicon/write-lexicon.mjs): gzip members, so `zcat` prints the text.
 * The first member holds the header and an index of the others:
 *   #translint-lexicon 2
 *   #meta {"language":"ru","sources":[...]}            (one JSON line)
 *   #stopwords w1 w2 ...
 *   #block<TAB>section<TAB>offset<TAB>length<TAB>first key   (offset after the first member)
 * Each further member holds ~32 KB of "key<TAB>row" lines of one section, keys sorted. Every
 * member records its own size in a gzip FEXTRA "TL" subfield. Loading reads the index only; a
 * block is inflated when a key in it is first looked up, and rows are parsed on first lookup,
 * so a language loads in milliseconds whatever its size. Format 1 (one gzip stream of the
 * whole text, sections opened by "@section" lines) is still read.
 */
export interface LexiconSource {
  name: string;
  licence: string;
  entries: number;
}

interface LexiconFile {
  meta: { language?: string; sources: LexiconSource[] };
  stopwords: string[];
  /** The raw row of `key` in `section`, or undefined. */
  row(section: string, key: string): string | undefined;
}

/**
 * [target stem, a surface form, weight 0..1, kind]: kind holds `d` when a bilingual dictionary
 * gives it (in any sense) and `a` when real UI translations align it (the software sense).
 */
export type Translation = [string, string, number, string];

/** One target language: translations of English stems, meanings of target stems, surface forms. */
export interface Lexicon {
  language: string;
  sources: LexiconSource[];
  stopwords: string[];
  /** English stem -> translations, strongest first. */
  translations(englishStem: string): Translation[];
  /** Target stem -> [English stem, weight 0..1][]. */
  meanings(targetStem: string): [string, number][];
  /** Target stem -> surface forms seen, commonest first, each once. */
  forms(targetStem: string): string[];
}

/** English facts shared by all languages (WordNet): related words, antonyms, display words. */
export interface EnglishLexicon {
  sources: LexiconSource[];
  stopwords: string[];
  /** Stems that can mean the same: synonyms of common senses, derivations, inflections. */
  related(stem: string): string[];
  antonyms(stem: string): string[];
  /** A readable word for a stem ("surcharg" -> "surcharge"). */
  word(stem: string): string | undefined;
}

const LEXICON_DIR = new URL('lexicon/', PACKAGE_ROOT);

function openLexicon(name: string): LexiconFile | null {
  const url = new URL(name, LEXICON_DIR);
  if (!existsSync(url)) return null;
  const bytes = readFileSync(url);
  const headerSize = memberSize(bytes, 0);
  return headerSize === undefined ? wholeText(gunzipSync(bytes).toString('utf8')) : indexed(bytes, headerSize);
}

/** The size a member records in its FEXTRA "TL" subfield (format 2), or undefined. */
function memberSize(bytes: Buffer, at: number): number | undefined {
  if (bytes.length < at + 20 || bytes[at] !== 0x1f || bytes[at + 1] !== 0x8b || (bytes[at + 3]! & 4) === 0) return undefined;
  if (bytes[at + 12] !== 0x54 || bytes[at + 13] !== 0x4c) return undefined;
  return bytes.readUInt32LE(at + 16);
}

interface Block {
  offset: number;
  length: number;
  firstKey: string;
  /** The inflated block, once a key in it was looked up. */
  rows?: BlockRows;
}

/**
 * A block's text and where each line starts: one string and one typed array, not a Map of
 * sliced strings. A meaning run keeps many blocks for its whole length, and a Map's entries
 * are objects the GC marks again in every major collection. Rows are found by binary search;
 * `lookup` parses each key once per run, so the search runs once per key.
 */
class BlockRows {
  private readonly starts: Int32Array;

  constructor(private readonly text: string) {
    const starts: number[] = [];
    for (let start = 0; start < text.length; ) {
      starts.push(start);
      const end = text.indexOf('\n', start);
      start = end < 0 ? text.length : end + 1;
    }
    this.starts = Int32Array.from(starts);
  }

  get(key: string): string | undefined {
    const { text, starts } = this;
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const start = starts[middle]!;
      const order = compareKeyAt(text, start, key);
      if (order === 0) {
        const end = this.lineEnd(start);
        return start + key.length < end ? text.slice(start + key.length + 1, end) : undefined;
      }
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  private lineEnd(start: number): number {
    const end = this.text.indexOf('\n', start);
    return end < 0 ? this.text.length : end;
  }
}

/**
 * How the key of the line at `start` (up to a tab or the line's end) sorts against `key`, as
 * `<` on strings would (UTF-16 code units), without slicing it out: a lookup compares a dozen lines.
 */
function compareKeyAt(text: string, start: number, key: string): number {
  for (let i = 0; ; i++) {
    const at = start + i;
    const code = at < text.length ? text.charCodeAt(at) : 10;
    const ended = code === 9 || code === 10;
    if (i === key.length) return ended ? 0 : 1;
    if (ended) return -1;
    const difference = code - key.charCodeAt(i);
    if (difference !== 0) return difference;
  }
}

function indexed(bytes: Buffer, headerSize: number): LexiconFile {
  const file: LexiconFile = { meta: { sources: [] }, stopwords: [], row: () => undefined };
  const sections = new Map<string, Block[]>();
  for (const line of gunzipSync(bytes.subarray(0, headerSize)).toString('utf8').split('\n')) {
    if (line.startsWith('#meta ')) file.meta = JSON.parse(line.slice(6)) as LexiconFile['meta'];
    else if (line.startsWith('#stopwords ')) file.stopwords = line.slice(11).split(' ');
    else if (line.startsWith('#block\t')) {
      const [, section, offset, length, firstKey] = line.split('\t');
      let blocks = sections.get(section!);
      if (!blocks) sections.set(section!, (blocks = []));
      blocks.push({ offset: headerSize + Number(offset), length: Number(length), firstKey: firstKey ?? '' });
    }
  }
  file.row = (section, key) => {
    const blocks = sections.get(section);
    if (!blocks) return undefined;
    // The last block whose first key is not after `key`.
    const found = lastAtOrBefore(blocks.length, (index) => blocks[index]!.firstKey <= key);
    if (found < 0) return undefined;
    const block = blocks[found]!;
    block.rows ??= new BlockRows(gunzipSync(bytes.subarray(block.offset, block.offset + block.length)).toString('utf8'));
    return block.rows.get(key);
  };
  return file;
}

/** Format 1: the whole text in one gzip stream, sections opened by "@section" lines. */
function wholeText(text: string): LexiconFile {
  const file: LexiconFile = { meta: { sources: [] }, stopwords: [], row: () => undefined };
  const sections = new Map<string, Map<string, string>>();
  let section: Map<string, string> | undefined;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.startsWith('@')) sections.set(line.slice(1), (section = new Map()));
    else if (line.startsWith('#meta ')) file.meta = JSON.parse(line.slice(6)) as LexiconFile['meta'];
    else if (line.startsWith('#stopwords ')) file.stopwords = line.slice(11).split(' ');
    else if (section && line) {
      const tab = line.indexOf('\t');
      if (tab > 0) section.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  file.row = (name, key) => sections.get(name)?.get(key);
  return file;
}

/** Lazily parsed rows of one section; `parse` turns a row into its value once. */
function lookup<T>(file: LexiconFile, section: string, parse: (row: string) => T, empty: T): (key: string) => T {
  const parsed = new Map<string, T>();
  return (key) => {
    let value = parsed.get(key);
    if (value === undefined) {
      const row = file.row(section, key);
      value = row === undefined ? empty : parse(row);
      parsed.set(key, value);
    }
    return value;
  };
}

const translationRows = (row: string): Translation[] => row.split(';').map((item) => {
  const [stem, form, weight, kind = 'd'] = item.split(',');
  return [stem!, form!, Number(weight), kind];
});
const pairs = (row: string): [string, number][] => row.split(';').map((item) => {
  const [stem, weight] = item.split(',');
  return [stem!, Number(weight)];
});
const list = (row: string): string[] => row.split(',');
/** A list whose items may repeat in the file (forms that read the same once cleaned up), each kept once. */
const uniqueList = (row: string): string[] => [...new Set(row.split(','))];

const cache = new Map<string, Lexicon | null>();
let english: EnglishLexicon | null | undefined;

/** The lexicon of `language`, loaded once; null when translint ships none for it. */
export function lexiconFor(language: string): Lexicon | null {
  let lexicon = cache.get(language);
  if (lexicon !== undefined) return lexicon;
  const file = openLexicon(`${language}.lex.gz`);
  lexicon = file && {
    language,
    sources: file.meta.sources,
    stopwords: file.stopwords,
    translations: lookup(file, 'translations', translationRows, []),
    meanings: lookup(file, 'meanings', pairs, []),
    forms: lookup(file, 'forms', uniqueList, []),
  };
  cache.set(language, lexicon);
  return lexicon;
}

export function englishLexicon(): EnglishLexicon | null {
  if (english !== undefined) return english;
  const file = openLexicon('en.lex.gz');
  english = file && {
    sources: file.meta.sources,
    stopwords: file.stopwords,
    related: lookup(file, 'related', list, []),
    antonyms: lookup(file, 'antonyms', list, []),
    word: lookup<string | undefined>(file, 'words', (row) => row, undefined),
  };
  return english;
}

/** Languages with a lexicon file installed. */
export function lexiconLanguages(): string[] {
  if (!existsSync(LEXICON_DIR)) return [];
  return readdirSync(LEXICON_DIR)
    .filter((name) => name.endsWith('.lex.gz') && name !== 'en.lex.gz')
    .map((name) => name.slice(0, -'.lex.gz'.length));
}
