import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * Lexicons shipped in lexicon/, built by scripts/lexicon/build.mjs from bilingual dictionaries,
 * WordNet and word alignments over the benchmark corpus. Keys are stems (src/meaning/stem.ts).
 *
 * File format (gzip, UTF-8 text, so loading is a split and not a JSON parse of 10 MB):
 *   #translint-lexicon 1
 *   #meta {"language":"ru","sources":[...]}            (one JSON line)
 *   #stopwords w1 w2 ...
 *   @section                                           (then one "key<TAB>row" line per entry)
 * Rows are parsed only when a key is looked up.
 */
export interface LexiconSource {
  name: string;
  licence: string;
  entries: number;
}

interface Sections {
  meta: { language?: string; sources: LexiconSource[] };
  stopwords: string[];
  sections: Map<string, Map<string, string>>;
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
  /** Target stem -> surface forms seen, commonest first. */
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

const LEXICON_DIR = new URL('../../lexicon/', import.meta.url);

function readSections(name: string): Sections | null {
  const url = new URL(name, LEXICON_DIR);
  if (!existsSync(url)) return null;
  const text = gunzipSync(readFileSync(url)).toString('utf8');
  const result: Sections = { meta: { sources: [] }, stopwords: [], sections: new Map() };
  let section: Map<string, string> | undefined;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.startsWith('@')) {
      section = new Map();
      result.sections.set(line.slice(1), section);
    } else if (line.startsWith('#meta ')) result.meta = JSON.parse(line.slice(6)) as Sections['meta'];
    else if (line.startsWith('#stopwords ')) result.stopwords = line.slice(11).split(' ');
    else if (section && line) {
      const tab = line.indexOf('\t');
      if (tab > 0) section.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  return result;
}

/** Lazily parsed rows of one section; `parse` turns a row into its value once. */
function lookup<T>(sections: Sections, name: string, parse: (row: string) => T, empty: T): (key: string) => T {
  const rows = sections.sections.get(name) ?? new Map<string, string>();
  const parsed = new Map<string, T>();
  return (key) => {
    let value = parsed.get(key);
    if (value === undefined) {
      const row = rows.get(key);
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

const cache = new Map<string, Lexicon | null>();
let english: EnglishLexicon | null | undefined;

/** The lexicon of `language`, loaded once; null when translint ships none for it. */
export function lexiconFor(language: string): Lexicon | null {
  let lexicon = cache.get(language);
  if (lexicon !== undefined) return lexicon;
  const sections = readSections(`${language}.lex.gz`);
  lexicon = sections && {
    language,
    sources: sections.meta.sources,
    stopwords: sections.stopwords,
    translations: lookup(sections, 'translations', translationRows, []),
    meanings: lookup(sections, 'meanings', pairs, []),
    forms: lookup(sections, 'forms', list, []),
  };
  cache.set(language, lexicon);
  return lexicon;
}

export function englishLexicon(): EnglishLexicon | null {
  if (english !== undefined) return english;
  const sections = readSections('en.lex.gz');
  const word = lookup<string | undefined>(sections ?? { meta: { sources: [] }, stopwords: [], sections: new Map() }, 'words', (row) => row, undefined);
  english = sections && {
    sources: sections.meta.sources,
    stopwords: sections.stopwords,
    related: lookup(sections, 'related', list, []),
    antonyms: lookup(sections, 'antonyms', list, []),
    word,
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
