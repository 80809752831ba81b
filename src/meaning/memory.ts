import type { Catalog } from '../core/catalog.js';
import { languageOf } from '../core/locale.js';
import { learnLinks, type AlignedPair } from './align.js';
import { englishLexicon, lexiconFor } from './lexicon.js';
import { stemmerFor } from './stem.js';
import { wordsOf } from './words.js';

/**
 * The project's own translation memory: how this project translates each English word,
 * learned by word alignment over every translated unit of one language in the run. A link
 * needs at least three units of evidence, so one wrong unit cannot vouch for itself.
 */
export interface TranslationMemory {
  /** Target translations of an English stem: [target stem, a surface form, weight 0..1]. */
  translationsOf(englishStem: string): [string, string, number][];
  /** English stems a target stem stands for: [English stem, weight 0..1]. */
  meaningsOf(targetStem: string): [string, number][];
}

export const emptyMemory: TranslationMemory = { translationsOf: () => [], meaningsOf: () => [] };

/** Evidence from several memories (project TM, glossary), consulted together. */
export function combineMemories(memories: TranslationMemory[]): TranslationMemory {
  const present = memories.filter((memory) => memory !== emptyMemory);
  if (present.length <= 1) return present[0] ?? emptyMemory;
  return {
    translationsOf: (stem) => present.flatMap((memory) => memory.translationsOf(stem)),
    meaningsOf: (stem) => present.flatMap((memory) => memory.meaningsOf(stem)),
  };
}

const MIN_PAIRS = 3;
const MAX_ALIGNED_WORDS = 12;
/** Longer texts are documents, not UI strings: tokenizing one of megabytes would cost gigabytes for nothing. */
const MAX_TEXT_LENGTH = 10_000;

export function buildMemory(catalogs: Catalog[], locale: string): TranslationMemory {
  const language = languageOf(locale);
  const english = englishLexicon();
  const lexicon = lexiconFor(language);
  const enStem = stemmerFor('en');
  const targetStem = stemmerFor(language);
  const englishStop = new Set(english?.stopwords ?? []);
  const targetStop = new Set(lexicon?.stopwords ?? []);
  const pairs: AlignedPair[] = [];
  /** How often each target word is written, in the order first seen. */
  const written = new Map<string, number>();
  for (const catalog of catalogs) {
    for (const unit of catalog.units) {
      if (unit.state !== 'translated' || unit.sourcePlural !== undefined || !unit.targets[0]) continue;
      if (unit.source.length > MAX_TEXT_LENGTH || unit.targets[0].length > MAX_TEXT_LENGTH) continue;
      const sourceWords = wordsOf(unit.source, unit.formats).filter((w) => !englishStop.has(w.lower));
      // Sentences longer than this align too loosely to learn from; their words are most of a
      // catalog's, so they are not even stemmed, nor tokenized on the target side.
      if (sourceWords.length > MAX_ALIGNED_WORDS) continue;
      const targetWords = wordsOf(unit.targets[0], unit.formats).filter((w) => !targetStop.has(w.lower));
      for (const word of targetWords) written.set(word.lower, (written.get(word.lower) ?? 0) + 1);
      if (sourceWords.length === 0 || targetWords.length === 0) continue;
      pairs.push({ source: sourceWords.map((w) => enStem(w.lower)), target: targetWords.map((w) => targetStem(w.lower)) });
    }
  }
  if (pairs.length < 20) return emptyMemory;
  const links = learnLinks(pairs, { minProbability: 0.2, minPairs: MIN_PAIRS });
  const reverse = new Map<string, [string, number][]>();
  for (const [s, row] of links) for (const [t, weight] of row) {
    const list = reverse.get(t) ?? [];
    list.push([s, weight]);
    reverse.set(t, list);
  }
  // The commonest written form of each stem (the first seen of equally common ones), made on first use.
  let commonest: Map<string, { form: string; count: number }> | undefined;
  const formOf = (stem: string): string => {
    if (!commonest) {
      commonest = new Map();
      for (const [form, count] of written) {
        const stem = targetStem(form);
        const best = commonest.get(stem);
        if (!best || count > best.count) commonest.set(stem, { form, count });
      }
    }
    return commonest.get(stem)?.form ?? stem;
  };
  // Asked for the same stems unit after unit: each answer is built once (callers only read it).
  const answers = new Map<string, [string, string, number][]>();
  return {
    translationsOf: (stem) => {
      let answer = answers.get(stem);
      if (answer === undefined) answers.set(stem, (answer = [...(links.get(stem) ?? [])].map(([target, weight]) => [target, formOf(target), weight])));
      return answer;
    },
    meaningsOf: (stem) => reverse.get(stem) ?? [],
  };
}
