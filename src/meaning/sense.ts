import type { Meaning } from '../core/finding.js';
import { languageOf } from '../core/locale.js';
import { englishLexicon, lexiconFor, type EnglishLexicon, type Lexicon } from './lexicon.js';
import { stemmerFor } from './stem.js';
import type { TranslationMemory } from './memory.js';
import { isNegatorWord } from './negation.js';
import { matchCase, replaceWord, wordsOf, type Word } from './words.js';

export interface SenseProblem {
  ruleId: 'meaning/sense' | 'meaning/antonym';
  message: string;
  meaning: Meaning;
  /** 0..1: how sure the evidence makes us. */
  confidence: number;
  kind: 'near-miss' | 'antonym' | 'wrong-sense';
}

export interface SenseOptions {
  /** Longest source (in content words) still judged; longer texts paraphrase too freely. */
  maxSourceWords: number;
  /**
   * Also pair a leftover untranslated source word with a leftover unexplained target word.
   * Off by default: near-synonyms the lexicon does not link (search/find, folder/directory)
   * made it the main source of false alarms on the dev set.
   */
  unexplainedPairs: boolean;
  /** The source carries an explicit negation and the target none, or the reverse. */
  polarityDiffers?: boolean;
  memory?: TranslationMemory | undefined;
}

const MAX_TEXT = 200;
/** Content words of a short label (see `label` in senseProblems). */
const LABEL_WORDS = 3;
/** What a near-miss word means when no dictionary knows it. */
const UNKNOWN_WORD = 'an unknown word';

export const defaultSenseOptions: SenseOptions = { maxSourceWords: 6, unexplainedPairs: false };

interface SourceWord extends Word {
  stem: string;
  /** Stems that count as "saying the same" (itself, WordNet synonyms and derivations). */
  related: Set<string>;
  /** Target stems that translate it, with weights. */
  translations: Map<string, number>;
  /** Target stems that translate it in software (aligned UI translations, glossary, project memory). */
  domain: Map<string, number>;
  /** A function word read for its direction ("up"): only a UI translation of an opposite counts against it. */
  functionWord: boolean;
}

interface TargetWord extends Word {
  stem: string;
  /** English stems it can mean, with weights; empty when unknown. */
  means: Map<string, number>;
}

/**
 * Finds target words that say something else than the source: a near-miss spelling of the
 * expected word (перегрузка for перезагрузка), the opposite of a source word (Скрыть for
 * Show), or a word whose known meanings match no source word while a source word has no
 * translation in the target (wrong sense). Every problem says what the word means, what was
 * expected, and proposes the expected word in the target's inflection.
 */
export function senseProblems(source: string, target: string, targetLocale: string, formats: ReadonlySet<string>, options: SenseOptions = defaultSenseOptions): SenseProblem[] {
  // Labels and short messages only: long texts paraphrase freely, and tokenizing them is wasted work.
  if (source.length > MAX_TEXT || target.length > MAX_TEXT * 2) return [];
  const language = languageOf(targetLocale);
  const lexicon = lexiconFor(language);
  const english = englishLexicon();
  if (!lexicon || !english) return [];
  // Counted before any evidence is looked up: most sentences are longer than a label.
  const sourceContent = contentSourceWords(source, formats, english);
  if (sourceContent.length === 0 || sourceContent.length > options.maxSourceWords) return [];
  const sourceWords = withSourceEvidence(sourceContent, english, lexicon, options.memory);
  const targetWords = contentTargetWords(target, formats, language, lexicon, english, options.memory);
  if (targetWords.length === 0) return [];

  // A word that translates another source word is that word's rendering: a loose relation
  // ("окне": window, also "gap", a synonym of "open") explains nothing else.
  const rendersOther = (s: SourceWord, t: TargetWord): boolean => sourceWords.some((other) => other !== s && other.translations.has(t.stem));
  const explains = (s: SourceWord, t: TargetWord): boolean =>
    s.translations.has(t.stem) || s.lower === t.lower || (!rendersOther(s, t) && someKey(t.means, (meaning) => s.related.has(meaning) || compoundOf(meaning, s.stem)));
  const uncovered = sourceWords.filter((s) => s.translations.size > 0 && !targetWords.some((t) => explains(s, t)));
  const unexplained = targetWords.filter((t) => t.means.size > 0 && !sourceWords.some((s) => explains(s, t)));
  // A near-miss may be a word the lexicon does not know, or one that only loosely relates to
  // some source word ("важность" ~ "relative"): what counts is that it translates none.
  const translatesNone = targetWords.filter((t) => !sourceWords.some((s) => s.translations.has(t.stem) || s.lower === t.lower));
  const problems: SenseProblem[] = [];
  const used = new Set<TargetWord>();
  // A short label renders every word it has; sentences paraphrase, so the looser evidence
  // (a far spelling, a dictionary sense) only counts on labels.
  const label = sourceWords.length <= LABEL_WORDS && targetWords.length <= sourceWords.length + 2;
  for (const s of uncovered) {
    // A word spelled as a main translation with another ending is that translation, whatever
    // else the lexicon says it means ("opróżnić" beside "opróżniać": the stems split).
    if (targetWords.some((t) => inflectsTranslation(t, s))) continue;
    // Beyond a label, only the opposites themselves: derivations of opposites ("full" ~ "wealthy")
    // find something in most sentences.
    const antonyms = label ? antonymStems(s, english) : new Set(english.antonyms(s.stem));
    for (const t of translatesNone) {
      if (used.has(t)) continue;
      // "Not plugged in" -> "Отключен": an opposite under a flipped polarity says the same thing.
      // A function word has many opposites in WordNet ("up" ~ working: "könnte" ~ fail, "up" ~
      // ahead: "tail"): only a word UI translations give for one of them counts ("unten": down).
      const opposite = s.functionWord ? translatedOpposite(t, s, english, lexicon) : (unexplained.includes(t) ? firstKey(t.means, (meaning) => antonyms.has(meaning)) : undefined) ?? translatedOpposite(t, s, english, lexicon);
      if (opposite && options.polarityDiffers) {
        used.add(t);
        break;
      }
      if (opposite) {
        used.add(t);
        problems.push(describe('meaning/antonym', 'antonym', 0.9, s, t, english.word(opposite) ?? opposite, target, lexicon));
        break;
      }
      const nearMiss = closestSpelling(t, s, lexicon, options.memory, label && unexplained.includes(t) && !softwareWord(t, lexicon));
      if (nearMiss) {
        used.add(t);
        problems.push(describe('meaning/sense', 'near-miss', 0.85, s, t, t.means.size > 0 ? topMeaning(t, english) : UNKNOWN_WORD, target, lexicon, nearMiss));
        break;
      }
    }
  }
  // A dictionary translation of the source word in another sense ("Save" -> "Retten", rescue):
  // software translations of the word are known and absent, and the word written is only a
  // dictionary equivalent, never aligned with it in real UI translations.
  for (const s of sourceWords) {
    if (problems.some((problem) => problem.meaning.expected === englishWord(s, english)) || strongest(s.domain) < 0.3 || mergedByStem(s, english)) continue;
    // Any other word that translates it (in software, or as a synonym in the software sense)
    // means the source word is there. A synonym among the written word's meanings makes it a fair
    // rendering when a software translation shares it too ("waagerecht": level, as "horizontal");
    // "Nah" (near ~ close) and "Retten" (rescue ~ save) are synonyms of other senses, and
    // derivations of the word itself ("retten": saver) never count.
    const synonymous = (t: TargetWord) => someKey(t.means, (meaning) => s.related.has(meaning) && !meaning.startsWith(s.stem.slice(0, 4))) && sharesSoftwareSense(t, s, lexicon, english);
    // A software translation inside a compound ("Datumseinstellungen" holds "Datum") is there too.
    if (targetWords.some((t) => s.domain.has(t.stem) || synonymous(t) || holdsTranslation(t, s))) continue;
    // A borrowed English word ("folder", "folderu") is the source word itself, in whatever sense.
    const borrowed = (t: TargetWord) => s.lower.length >= 4 && t.lower.startsWith(s.lower);
    const other = targetWords.find((t) => !used.has(t) && !borrowed(t) && s.translations.has(t.stem) && !s.domain.has(t.stem) && otherMeaning(t, s, english) !== undefined && !sharesSoftwareSense(t, s, lexicon, english));
    if (!other) continue;
    used.add(other);
    problems.push(describe('meaning/sense', 'wrong-sense', label && clearlyOtherSense(other, s, lexicon, language) ? 0.65 : 0.55, s, other, otherMeaning(other, s, english)!, target, lexicon));
  }
  if (label && problems.length === 0) {
    const reversed = counterDirection(source, target, formats, sourceWords, language, lexicon);
    if (reversed) problems.push(reversed);
  }
  if (options.unexplainedPairs && problems.length === 0) {
    const leftSource = uncovered.filter((s) => !problems.some((p) => p.meaning.expected === englishWord(s, english)));
    const leftTarget = unexplained.filter((t) => !used.has(t));
    if (leftSource.length === 1 && leftTarget.length === 1 && sourceWords.length <= 4) {
      const s = leftSource[0]!;
      const t = leftTarget[0]!;
      const strength = Math.min(strongest(s.translations), strongest(t.means));
      if (strength >= 0.2) problems.push(describe('meaning/sense', 'wrong-sense', 0.5 + strength / 2, s, t, topMeaning(t, english), target, lexicon));
    }
  }
  return problems;
}

/**
 * Words that turn a direction around (closed class): "against", "counter-", "anti-". A source
 * without one, rendered with one next to a translation of a source word ("Gegen den
 * Uhrzeigersinn", "Sentido antihorario" for "Clockwise"), says the opposite.
 */
const COUNTER_WORDS: Record<string, string[]> = {
  ru: ['против'], uk: ['проти'], de: ['gegen', 'entgegen'], fr: ['contre'], es: ['contra'], it: ['contro'], pt: ['contra'], pl: ['przeciwnie', 'przeciw', 'wbrew'], nl: ['tegen', 'tegengesteld'],
};
// Only "anti-" as a prefix: compounds with "gegen-", "contra-", "против-" are mostly words of their own (Gegenstelle, contrarreloj).
const COUNTER_PREFIXES: Record<string, string[]> = {
  ru: ['анти'], uk: ['анти'], de: ['anti-', 'anti'], fr: ['anti-', 'anti', 'contre-'], es: ['anti-', 'anti'], it: ['anti-', 'anti'], pt: ['anti-', 'anti'], pl: ['anty-', 'anty'], nl: ['anti-', 'anti'],
};
const ENGLISH_COUNTER = /^(?:counter|anti|against|contra|reverse|opposite)/;

function counterDirection(source: string, target: string, formats: ReadonlySet<string>, sourceWords: SourceWord[], language: string, lexicon: Lexicon): SenseProblem | undefined {
  const words = COUNTER_WORDS[language];
  const prefixes = COUNTER_PREFIXES[language];
  if (!words || !prefixes || wordsOf(source, formats).some((word) => ENGLISH_COUNTER.test(word.lower))) return undefined;
  const stem = stemmerFor(language);
  const stop = stopSet(lexicon.stopwords);
  const rendered = (lower: string) => sourceWords.find((s) => s.translations.has(stem(lower)));
  const targetWords = wordsOf(target, formats);
  for (const [at, word] of targetWords.entries()) {
    // "Gegen den Uhrzeigersinn": the counter word, function words, then a rendering of a source word.
    if (words.includes(word.lower)) {
      let next = at + 1;
      while (next < targetWords.length && stop.has(targetWords[next]!.lower)) next++;
      const s = next < targetWords.length ? rendered(targetWords[next]!.lower) : undefined;
      if (s) return counterProblem(s, word.text, target);
      continue;
    }
    // "antihorario", "anti-horaire": the prefix on a rendering of a source word.
    for (const prefix of prefixes) {
      const rest = word.lower.slice(prefix.length);
      if (!word.lower.startsWith(prefix) || rest.length < 4) continue;
      const s = rendered(rest);
      if (s) return counterProblem(s, word.text, target, replaceWord(target, word.text, matchCase(word.text, word.text.slice(prefix.length))));
    }
  }
  return undefined;
}

function counterProblem(source: SourceWord, written: string, target: string, suggestion?: string): SenseProblem {
  const expected = englishWord(source, englishLexicon()!);
  const message = `"${written}" makes it "counter-${expected}", the opposite of "${expected}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
  return { ruleId: 'meaning/antonym', kind: 'antonym', confidence: 0.9, message, meaning: { targetMeans: `counter-${expected}`, expected, ...(suggestion ? { suggestion } : {}) } };
}

/** The stem to look an English word up by: its own, or its lemma's when only that is known. */
function englishStemOf(word: string, english: EnglishLexicon): string {
  const stem = stemmerFor('en');
  const own = stem(word);
  if (english.word(own) === word || english.word(own) === undefined) {
    for (const lemma of lemmaCandidates(word)) {
      const lemmaStem = stem(lemma);
      if (lemmaStem !== own && english.word(lemmaStem) === lemma) return lemmaStem;
    }
  }
  return own;
}

/** Regular English inflections undone: adding -> add, copied -> copy, stopped -> stop, files -> file. */
function lemmaCandidates(word: string): string[] {
  const candidates: string[] = [];
  for (const [suffix, replacements] of [['ing', ['', 'e']], ['ed', ['', 'e']], ['ies', ['y']], ['ied', ['y']], ['es', ['', 'e']], ['s', ['']]] as const) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
    const base = word.slice(0, -suffix.length);
    for (const replacement of replacements) candidates.push(base + replacement);
    if (/([bdgklmnprt])\1$/.test(base)) candidates.push(base.slice(0, -1));
  }
  return candidates;
}

/**
 * "evening" is looked up as "even" (the stem the lexicon is keyed by): what it "translates" mixes
 * two words, so a translation of one is no wrong sense of the other.
 */
function mergedByStem(word: SourceWord, english: EnglishLexicon): boolean {
  const shown = english.word(word.stem);
  return word.lower.endsWith('ing') && shown !== undefined && shown !== word.lower;
}

/** "filesystem" contains "file": a compound meaning explains its parts. */
function compoundOf(meaning: string, stem: string): boolean {
  if (stem.length < 4 || meaning.length <= stem.length) return false;
  if (meaning.startsWith(stem)) return true;
  // "unlock" ends with "lock" but says the opposite: a negating prefix makes no compound.
  return meaning.endsWith(stem) && !NEGATING_PREFIX.test(meaning.slice(0, -stem.length));
}

/** English prefixes that negate or reverse the word they precede (un-lock, dis-connect, de-activate). */
const NEGATING_PREFIX = /^(?:un|dis|de|non-?|in|im|il|ir|anti-?|counter-?|mis)$/;

/**
 * Whether the written word shares a meaning, other than the source word itself, with a software
 * translation of it: "waagerecht" (level, horizontal) and "horizontal" (horizontal, flat) are two
 * words for one sense; "Retten" (rescue, save) and "Speichern" (save, store) meet only in "save".
 */
function sharesSoftwareSense(written: TargetWord, source: SourceWord, lexicon: Lexicon, english: EnglishLexicon): boolean {
  const own = [...written.means.keys()].filter((meaning) => !meaning.startsWith(source.stem.slice(0, 4)));
  if (own.length === 0) return false;
  const ownRelated = new Set(own);
  for (const meaning of own) for (const related of english.related(meaning)) ownRelated.add(related);
  for (const stem of source.domain.keys()) {
    for (const [meaning] of lexicon.meanings(stem)) {
      if (meaning === source.stem || meaning.startsWith(source.stem.slice(0, 4))) continue;
      if (ownRelated.has(meaning)) return true;
    }
  }
  return false;
}

/**
 * A wrong sense the evidence makes plain: the written word is no software word (no UI translation
 * aligns it with any of its meanings), one of its other meanings is something software never
 * translates (dough, hauberk, canvas: a dictionary sense), and the source word's software rendering
 * is not the English word itself (a borrowed "home" leaves a native "casa" a fair choice).
 */
function clearlyOtherSense(written: TargetWord, source: SourceWord, lexicon: Lexicon, language: string): boolean {
  if (softwareWord(written, lexicon) || source.domain.has(stemmerFor(language)(source.lower))) return false;
  for (const meaning of written.means.keys()) {
    if (source.related.has(meaning) || compoundOf(meaning, source.stem)) continue;
    if (!lexicon.translations(meaning).some(([, , , kind]) => kind.includes('a'))) return true;
  }
  return false;
}

function holdsTranslation(written: TargetWord, source: SourceWord): boolean {
  for (const stem of source.domain.keys()) {
    if (stem.length >= 4 && written.stem.length > stem.length + 2 && written.lower.includes(stem)) return true;
    // ... or the other way round: a prefixed software translation holds the word ("aufgerundet": runden).
    if (written.stem.length >= 4 && stem.length > written.stem.length + 1 && stem.includes(written.stem)) return true;
  }
  return false;
}

/** The strongest meaning of a target word that is not the source word's own sense. */
function otherMeaning(word: TargetWord, source: SourceWord, english: EnglishLexicon): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of word.means) {
    if (source.related.has(entry[0]) || compoundOf(entry[0], source.stem)) continue;
    if (!best || entry[1] > best[1]) best = entry;
  }
  return best ? english.word(best[0]) ?? best[0] : undefined;
}

/**
 * Function words that still carry a direction with an opposite ("Move up" / "nach unten"), in
 * short labels only: in sentences they are mostly particles ("backing up", "giving up").
 */
const DIRECTIONS = new Set(['up']);
const DIRECTION_LABEL_WORDS = 4;

function contentSourceWords(text: string, formats: ReadonlySet<string>, english: EnglishLexicon): Word[] {
  const stop = stopSet(english.stopwords);
  const words = wordsOf(text, formats);
  const directions = words.filter((word) => !stop.has(word.lower)).length <= DIRECTION_LABEL_WORDS;
  return words.filter((word) => word.lower.length > 1 && (!stop.has(word.lower) || (directions && DIRECTIONS.has(word.lower))) && !isAcronym(word.text) && !isNegatorWord(word.lower, 'en'));
}

function withSourceEvidence(words: Word[], english: EnglishLexicon, lexicon: Lexicon, memory: TranslationMemory | undefined): SourceWord[] {
  const stop = stopSet(english.stopwords);
  return words.map((word) => {
    const evidence = sourceWordEvidence(word.lower, english, lexicon, memory);
    return { text: word.text, lower: word.lower, stem: evidence.stem, related: evidence.related, translations: evidence.translations, domain: evidence.domain, functionWord: stop.has(word.lower) };
  });
}

type SourceEvidence = Pick<SourceWord, 'stem' | 'related' | 'translations' | 'domain'>;
type TargetEvidence = Pick<TargetWord, 'lower' | 'stem' | 'means'>;

/**
 * What the lexicons and the memory say about one word, remembered per memory (or lexicon, when
 * there is no memory) and word: the same words recur in every unit of a catalog. Source and
 * target words apart, as an English and a target word may be spelled alike. Callers only read the maps.
 * What the lexicons alone say is remembered per lexicon, for the whole run, and shared by every
 * memory that learned nothing about the word: memories are per catalog, and rebuilding each
 * word's maps for every catalog was most of what the GC copied in a meaning run.
 */
const sourceEvidence = new WeakMap<object, Map<string, SourceEvidence>>();
const targetEvidence = new WeakMap<object, Map<string, TargetEvidence>>();
const MAX_REMEMBERED_WORDS = 50_000;

function remembered<T>(cache: WeakMap<object, Map<string, T>>, owner: object, word: string, compute: () => T): T {
  let words = cache.get(owner);
  if (words === undefined || words.size >= MAX_REMEMBERED_WORDS) cache.set(owner, (words = new Map()));
  let evidence = words.get(word);
  if (evidence === undefined) words.set(word, (evidence = compute()));
  return evidence;
}

function sourceWordEvidence(lower: string, english: EnglishLexicon, lexicon: Lexicon, memory: TranslationMemory | undefined): SourceEvidence {
  const fromLexicon = remembered(sourceEvidence, lexicon, lower, () => lexiconSourceEvidence(lower, english, lexicon));
  if (!memory) return fromLexicon;
  return remembered(sourceEvidence, memory, lower, () => {
    const learned = memory.translationsOf(fromLexicon.stem);
    if (learned.length === 0) return fromLexicon;
    const translations = new Map(fromLexicon.translations);
    const domain = new Map(fromLexicon.domain);
    const opposites = english.antonyms(fromLexicon.stem);
    for (const [targetStem, , weight] of learned) {
      // A link the project learned to a word the lexicon knows as the opposite is a mistranslation repeated, not a sense.
      if (opposites.length > 0 && lexicon.meanings(targetStem).some(([meaning, strength]) => strength >= 0.5 && opposites.includes(meaning))) continue;
      keepStrongest(translations, targetStem, weight);
      keepStrongest(domain, targetStem, weight);
    }
    return { stem: fromLexicon.stem, related: fromLexicon.related, translations, domain };
  });
}

/** Raises `key`'s weight to `weight` (weights start at 0): the strongest evidence counts. */
function keepStrongest(weights: Map<string, number>, key: string, weight: number): void {
  weights.set(key, Math.max(weight, weights.get(key) ?? 0));
}

function lexiconSourceEvidence(lower: string, english: EnglishLexicon, lexicon: Lexicon): SourceEvidence {
  // Porter stems "adding" to "ad": also look the word up by its lemma ("add").
  const wordStem = englishStemOf(lower, english);
  const translations = new Map<string, number>();
  const domain = new Map<string, number>();
  for (const [targetStem, , weight, kind] of lexicon.translations(wordStem)) {
    keepStrongest(translations, targetStem, weight);
    if (kind.includes('a')) keepStrongest(domain, targetStem, weight);
  }
  return { stem: wordStem, related: new Set([wordStem, ...english.related(wordStem)]), translations, domain };
}

function contentTargetWords(text: string, formats: ReadonlySet<string>, language: string, lexicon: Lexicon, english: EnglishLexicon, memory: TranslationMemory | undefined): TargetWord[] {
  const stem = stemmerFor(language);
  const stop = stopSet(lexicon.stopwords);
  return wordsOf(text, formats)
    .map(withoutElision)
    .filter((word) => word.lower.length > 1 && !stop.has(word.lower) && !isAcronym(word.text) && !isNegatorWord(word.lower, language))
    .map((word) => {
      const evidence = targetWordEvidence(word.lower, stem, lexicon, english, memory);
      return { text: word.text, lower: evidence.lower, stem: evidence.stem, means: evidence.means };
    });
}

function targetWordEvidence(lower: string, stem: (word: string) => string, lexicon: Lexicon, english: EnglishLexicon, memory: TranslationMemory | undefined): TargetEvidence {
  const fromLexicon = remembered(targetEvidence, lexicon, lower, () => lexiconTargetEvidence(lower, stem, lexicon));
  if (!memory) return fromLexicon;
  return remembered(targetEvidence, memory, lower, () => {
    const learned = memory.meaningsOf(fromLexicon.stem);
    if (learned.length === 0) return fromLexicon;
    const means = new Map(fromLexicon.means);
    for (const [meaning, weight] of learned) {
      if (english.antonyms(meaning).some((opposite) => (means.get(opposite) ?? 0) >= 0.5)) continue; // see sourceWordEvidence
      keepStrongest(means, meaning, weight);
    }
    return { lower: fromLexicon.lower, stem: fromLexicon.stem, means };
  });
}

function lexiconTargetEvidence(lower: string, stem: (word: string) => string, lexicon: Lexicon): TargetEvidence {
  let wordStem = stem(lower);
  // Russian writes ё as е more often than not; dictionaries use either spelling.
  if (lower.includes('ё') && lexicon.meanings(wordStem).length === 0) {
    lower = lower.replace(/ё/g, 'е');
    wordStem = stem(lower);
  }
  const means = new Map<string, number>();
  for (const [meaning, weight] of lexicon.meanings(wordStem)) keepStrongest(means, meaning, weight);
  return { lower, stem: wordStem, means };
}

// An elided article or preposition glued on by an apostrophe (fr l’écran, d’origine; it dell'unità).
const ELISION = /^[\p{L}]{1,5}['’](?=[\p{L}]{3})/u;

/** The word without an elided article or preposition in front ("l’écran" -> "écran"). */
function withoutElision(word: Word): Word {
  const elided = ELISION.exec(word.text);
  if (!elided) return word;
  const text = word.text.slice(elided[0].length);
  return { text, lower: text.toLowerCase() };
}

const stopSets = new WeakMap<string[], Set<string>>();

function stopSet(words: string[]): Set<string> {
  let set = stopSets.get(words);
  if (!set) stopSets.set(words, (set = new Set(words)));
  return set;
}

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * The opposite of the source word that the written word translates in software ("Bloquear" for
 * "Unlock": lock), when it translates no sense of the source word itself.
 */
function translatedOpposite(written: TargetWord, source: SourceWord, english: EnglishLexicon, lexicon: Lexicon): string | undefined {
  if (source.translations.has(written.stem)) return undefined;
  for (const antonym of english.antonyms(source.stem)) {
    if (source.related.has(antonym)) continue;
    if (lexicon.translations(antonym).some(([stem, , weight, kind]) => stem === written.stem && kind.includes('a') && weight >= 0.3)) return antonym;
  }
  return undefined;
}

/** Stems of the opposites of a source word, with their derivations ("hide" -> "hidden"). */
function antonymStems(word: SourceWord, english: EnglishLexicon): Set<string> {
  const stems = new Set<string>();
  for (const antonym of english.antonyms(word.stem)) {
    stems.add(antonym);
    for (const related of english.related(antonym)) if (!word.related.has(related)) stems.add(related);
  }
  return stems;
}

/** The first key of the map that passes `test`: no array of the keys, as this runs word pair by word pair. */
function firstKey(map: ReadonlyMap<string, unknown>, test: (key: string) => boolean): string | undefined {
  for (const key of map.keys()) if (test(key)) return key;
  return undefined;
}

function someKey(map: ReadonlyMap<string, unknown>, test: (key: string) => boolean): boolean {
  return firstKey(map, test) !== undefined;
}

function strongest(weights: Map<string, number>): number {
  let best = 0;
  for (const weight of weights.values()) best = Math.max(best, weight);
  return best;
}

function topMeaning(word: TargetWord, english: EnglishLexicon): string {
  let best: [string, number] | undefined;
  for (const entry of word.means) if (!best || entry[1] > best[1]) best = entry;
  return best ? english.word(best[0]) ?? best[0] : word.lower;
}

/** The source word as a reader knows it: its lemma ("files" -> "file"), never a bare stem ("minim"). */
function englishWord(word: SourceWord, english: EnglishLexicon): string {
  const stem = stemmerFor('en');
  for (const candidate of [word.lower, ...lemmaCandidates(word.lower)]) if (english.word(stem(candidate)) === candidate) return candidate;
  return word.lower;
}

/**
 * A translation of `source` spelled within a few letters of what was written (the 2009 case).
 * `otherWord`: the written word is a known word whose meanings relate to no source word and that
 * software never uses for them, so it is no inflection of the expected word however alike they
 * look (ventaja/ventana), and a slip of two letters in a short word still makes it (вино/окно,
 * Ohr/Uhr one letter in three), when the expected word is a main translation of the source word.
 */
function closestSpelling(written: TargetWord, source: SourceWord, lexicon: Lexicon, memory: TranslationMemory | undefined, otherWord = false): string | undefined {
  let best: { form: string; distance: number } | undefined;
  const length = written.lower.length;
  const limit = length >= 10 ? 3 : length >= 7 ? 2 : length >= 4 ? 1 : 0;
  const otherLimit = otherWord ? (length >= 10 ? 3 : length >= 4 ? 2 : 1) : limit;
  // An unknown word that begins with a main translation is derived from it ("форматирование" from
  // "формат"), not a misspelling of another of its derivations ("формирование").
  if (written.means.size === 0 && someKey(source.translations, (stem) => (source.domain.has(stem) || source.translations.get(stem)! >= 0.5) && stem.length >= 5 && written.lower.startsWith(stem))) return undefined;
  for (const targetStem of source.translations.keys()) {
    const weight = source.translations.get(targetStem)!;
    const main = source.domain.has(targetStem) || weight >= 0.5;
    for (const form of candidateForms(targetStem, lexicon, memory)) {
      if (form === written.lower) continue;
      // A word the lexicon does not know may just be an inflection it lacks: only an edit that
      // keeps the ending (where inflection happens) makes it a misspelling of the expected word.
      if (written.means.size === 0 && !keepsEnding(written.lower, form)) continue;
      const distance = levenshtein(written.lower, form, Math.max(limit, otherLimit));
      if (best && distance >= best.distance) continue;
      // Another inflection of the same word (переключить/переключать) is not a near-miss.
      const plain = distance <= limit && !sameFamily(form, written.lower) && !prefixed(form, written.lower);
      const other = otherWord && main && distance <= otherLimit && !inflectionOrCompound(written, form);
      if (plain || other) best = { form, distance };
    }
  }
  return best?.form;
}

/**
 * The written word is another inflection of the form (domyśl-ną, domyśl-ne), a compound or
 * derivation sharing its beginning (Höchst-wert, höchst-er) or a prefixed form of it: alike
 * beginnings count only when the endings differ, as inflection and compounding change endings.
 */
function inflectionOrCompound(written: TargetWord, form: string): boolean {
  if (written.stem.length >= 4 && form.startsWith(written.stem)) return true;
  return (sameFamily(form, written.lower) && form.at(-1) !== written.lower.at(-1)) || prefixed(form, written.lower);
}

/**
 * Whether real UI translations align the word with one of its meanings ("Apri": open): such a
 * word was chosen, not mistyped, even when the lexicon does not relate it to the source.
 */
function softwareWord(word: TargetWord, lexicon: Lexicon): boolean {
  const key = `${lexicon.language}\u0000${word.stem}`;
  let known = softwareWords.get(key);
  if (known === undefined) {
    known = [...word.means.keys()].some((meaning) => lexicon.translations(meaning).some(([stem, , weight, kind]) => stem === word.stem && kind.includes('a') && weight >= 0.2));
    if (softwareWords.size >= 50_000) softwareWords.clear();
    softwareWords.set(key, known);
  }
  return known;
}

/** softwareWord per language and stem: catalogs repeat their words. */
const softwareWords = new Map<string, boolean>();

/**
 * The stemmer cut the written word shorter than a main translation it begins with: "opróżnić"
 * (opróżn-) is "opróżniać" (opróżni-). A word that extends the stem ("coupler", coupl-, beside
 * "couper", coup-) is another word.
 */
function inflectsTranslation(written: TargetWord, source: SourceWord): boolean {
  for (const targetStem of source.translations.keys()) {
    if (!source.domain.has(targetStem) && source.translations.get(targetStem)! < 0.5) continue;
    if (written.stem.length >= 4 && targetStem.length > written.stem.length && targetStem.startsWith(written.stem) && written.lower.startsWith(targetStem)) return true;
  }
  return false;
}

function candidateForms(targetStem: string, lexicon: Lexicon, memory?: TranslationMemory): readonly string[] {
  const known = lexicon.forms(targetStem);
  const learned = memory?.meaningsOf(targetStem) ?? [];
  // Most stems: the lexicon's forms as they are (they come without repeats).
  if (learned.length === 0) return known.length > 0 ? known : [targetStem];
  const forms = new Set(known);
  for (const [englishStem] of learned) {
    for (const [stem, form] of memory!.translationsOf(englishStem)) if (stem === targetStem) forms.add(form);
  }
  if (forms.size === 0) forms.add(targetStem);
  return [...forms];
}

/** One word is the other with letters put in front: a derivational prefix (svuotare/vuotare, skopiuj/kopiuj). */
function prefixed(a: string, b: string): boolean {
  return a.length !== b.length && (a.endsWith(b) || b.endsWith(a));
}

/** The words differ before their last letters: at least two shared at the end (one in short words). */
function keepsEnding(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[a.length - 1 - shared] === b[b.length - 1 - shared]) shared++;
  return shared >= (Math.min(a.length, b.length) <= 5 ? 1 : 2);
}

function sameFamily(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared >= 5 && shared >= 0.6 * Math.min(a.length, b.length);
}

/** The form of the expected word that best matches the written word's ending (its inflection). */
function inflectLike(written: string, targetStem: string, lexicon: Lexicon, fallback: string): string {
  let best = fallback;
  let bestScore = -1;
  for (const form of candidateForms(targetStem, lexicon)) {
    let shared = 0;
    while (shared < form.length && shared < written.length && form[form.length - 1 - shared] === written[written.length - 1 - shared]) shared++;
    if (shared > bestScore) {
      best = form;
      bestScore = shared;
    }
  }
  return best;
}

/** `softwareOnly`: no dictionary guess ("up" -> "aufgestanden") when no UI translation is known. */
function bestTranslation(source: SourceWord, lexicon: Lexicon, softwareOnly = false): { stem: string; form: string } | undefined {
  let best: { stem: string; form: string; weight: number } | undefined;
  // The software sense first: a word aligned in real UI translations beats any dictionary entry.
  for (const [stem, form, weight, kind] of lexicon.translations(source.stem)) {
    if (softwareOnly && !kind.includes('a')) continue;
    const score = weight + (kind.includes('a') ? 1 : 0);
    if (!best || score > best.weight) best = { stem, form, weight: score };
  }
  if (best) return best;
  for (const [stem, weight] of softwareOnly ? source.domain : source.translations) if (!best || weight > best.weight) best = { stem, form: stem, weight };
  return best;
}

function describe(ruleId: SenseProblem['ruleId'], kind: SenseProblem['kind'], confidence: number, source: SourceWord, written: TargetWord, targetMeans: string, target: string, lexicon: Lexicon, nearMissForm?: string): SenseProblem {
  const english = englishLexicon()!;
  const expected = englishWord(source, english);
  let replacement = nearMissForm;
  if (!replacement) {
    const translation = bestTranslation(source, lexicon, kind === 'antonym');
    if (translation) replacement = inflectLike(written.lower, translation.stem, lexicon, translation.form);
  }
  const suggestion = replacement ? replaceWord(target, written.text, matchCase(written.text, replacement)) : undefined;
  const shown = matchCase(written.text, written.text);
  const message = targetMeans === UNKNOWN_WORD
    ? `"${shown}" is no known word for "${expected}", likely a misspelling${suggestion ? `; did you mean "${suggestion}"?` : ''}`
    : kind === 'antonym'
    ? `"${shown}" means "${targetMeans}", the opposite of "${expected}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`
    : `"${shown}" means "${targetMeans}", not "${expected}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
  return { ruleId, kind, confidence, message, meaning: { targetMeans, expected, ...(suggestion ? { suggestion } : {}) } };
}

/** Two rows of the edit-distance table, reused: words are short and compared by the thousand. */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Edit distance (in UTF-16 code units) with an early exit once it exceeds `limit`. */
export function levenshtein(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (b.length >= previousRow.length) {
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const code = a.charCodeAt(i - 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1));
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]!;
}
