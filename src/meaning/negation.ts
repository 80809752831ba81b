import type { Meaning } from '../core/finding.js';
import { languageOf } from '../core/locale.js';
import { escapeRegExp } from '../core/text.js';
import { englishLexicon, lexiconFor, type Lexicon } from './lexicon.js';
import { stemmerFor } from './stem.js';
import { matchCase, replaceWord, wordsOf, type Word } from './words.js';

// English words that negate outright.
const ENGLISH_NEGATORS = new Set(['not', 'no', 'never', 'none', 'nothing', 'nobody', 'neither', 'nor', 'without', 'cannot', "can't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "shouldn't", "couldn't", "haven't", "hasn't", "mustn't", 'can’t', 'don’t', 'doesn’t', 'isn’t', 'won’t', 'nowhere', 'nonexistent']);
// English words whose translations commonly need a negator ("Failed to…" -> "Не удалось…",
// "Unknown" -> "Неизвестно", "Hide" -> "Не показывать"); a target negator is then no evidence.
const IMPLICIT_NEGATIVE = /^(?:un[a-z]{3,}|non[a-z-]{2,}|in(?:valid|correct|complete|active|accessible|sufficient|compatible|consistent|secure|visible|applicable|definite|dependent)\w*|im(?:possible|proper|mutable|material)\w*|il(?:legal|legible)\w*|ir(?:regular|relevant|reversible)\w*|dis[a-z]{3,}|mis[a-z]{3,}|fail\w*|error\w*|missing|lack\w*|absent|empty|off|deny|denied|reject\w*|refuse\w*|forbid\w*|prevent\w*|prohibit\w*|block\w*|ignore\w*|skip\w*|hide|hidden|hides|exclude\w*|omit\w*|avoid\w*|stop\w*|abort\w*|lose|lost|loss|free|\w+less|unless|except|instead|anonymous|blank|zero|nor|neither|else|keep|remain\w*|still|yet|any|anything|ever|whether|if|either|before|until|till|wait\w*|forget\w*|decline\w*|nothing)$/;

/** Negator words of each target language (particles, determiners, "without"). */
const NEGATORS: Record<string, Set<string>> = {
  ru: set('не ни нет без нельзя никогда ничего никакой никакие никаких'),
  uk: set('не ні немає без ніколи нічого'),
  de: set('nicht kein keine keinen keinem keiner keines nie niemals ohne weder nichts'),
  fr: set("ne n' n’ pas jamais sans aucun aucune rien ni non"),
  es: set('no nunca sin ningún ninguno ninguna nada ni jamás'),
  it: set('non mai senza nessun nessuno nessuna niente né nulla'),
  pt: set('não nunca sem nenhum nenhuma nada nem jamais'),
  pl: set('nie bez nigdy żaden żadna żadne żadnych nic ani brak'),
  nl: set('niet geen nooit zonder niets noch'),
};

/** Prefixes that make a word negative in each language, longest first (the group is the prefix) ("недоступно", "ungültig", "impossible"). */
const NEGATIVE_PREFIX: Record<string, RegExp> = {
  ru: /^(без|бес|не)[\p{L}]{3,}/u,
  uk: /^(без|не)[\p{L}]{3,}/u,
  de: /^(nicht|miss|un)[\p{L}]{3,}/u,
  fr: /^(dés|mal|non|in|im|il|ir|dé)[\p{L}]{3,}/u,
  es: /^(des|dis|in|im|no)[\p{L}]{3,}/u,
  it: /^(dis|non|in|im|s)[\p{L}]{4,}/u,
  pt: /^(não|des|in|im)[\p{L}]{3,}/u,
  pl: /^(bez|nie)[\p{L}]{3,}/u,
  nl: /^(niet|mis|on)[\p{L}]{3,}/u,
};

/** How each language negates a short imperative/infinitive label. */
const NEGATE_LABEL: Record<string, string> = { ru: 'не', uk: 'не', de: 'nicht', fr: 'ne pas', es: 'no', it: 'non', pt: 'não', pl: 'nie', nl: 'niet' };

// Polarity of long texts is spread over clauses; counting negators there says little.
const MAX_TEXT = 400;

function set(words: string): Set<string> {
  return new Set(words.split(' '));
}

function isNegator(word: Word, language: string): boolean {
  const negators = NEGATORS[language]!;
  return negators.has(word.lower) || (language === 'fr' && /^n['’]/.test(word.lower));
}

/** Whether a lower-case word negates, in English (`en`) or a target language. */
export function isNegatorWord(lower: string, language: string): boolean {
  if (language === 'en') return ENGLISH_NEGATORS.has(lower) || /n['’]t$/.test(lower);
  return NEGATORS[language]?.has(lower) ?? false;
}

export function negationLanguages(): string[] {
  return Object.keys(NEGATORS);
}

/** Whether exactly one side carries an explicit negation (the other rules then read opposites as agreeing). */
export function polarityDiffers(source: string, target: string, targetLocale: string, formats: ReadonlySet<string>): boolean {
  const language = languageOf(targetLocale);
  if (!NEGATORS[language] || source.length > MAX_TEXT || target.length > MAX_TEXT * 2) return false;
  const sourceNegated = wordsOf(source, formats).some((word) => ENGLISH_NEGATORS.has(word.lower) || /n['’]t$/.test(word.lower));
  const targetNegated = wordsOf(target, formats).some((word) => isNegator(word, language));
  return sourceNegated !== targetNegated;
}

/**
 * A flipped polarity: the target negates what the source states, or drops the source's "not".
 * Sources with implicitly negative words (Failed, Unknown, Hide) never count as positive.
 */
export function polarityFlip(source: string, target: string, targetLocale: string, formats: ReadonlySet<string>): { message: string; meaning: Meaning } | undefined {
  const language = languageOf(targetLocale);
  if (!NEGATORS[language] || source.length > MAX_TEXT || target.length > MAX_TEXT * 2) return undefined;
  const sourceWords = wordsOf(source, formats);
  const targetWords = wordsOf(target, formats);
  if (sourceWords.length === 0 || targetWords.length === 0) return undefined;
  const sourceNegated = sourceWords.some((word) => ENGLISH_NEGATORS.has(word.lower) || /n['’]t$/.test(word.lower));
  const sourceImplicit = sourceWords.some((word) => IMPLICIT_NEGATIVE.test(word.lower));
  const targetNegators = targetWords.filter((word) => isNegator(word, language));
  const plainSource = source.trim();

  if (!sourceNegated && targetNegators.length > 0 && (!sourceImplicit || negatesPositiveWord(sourceWords, targetWords, language))) {
    const suggestion = removeNegators(target, targetNegators);
    return {
      message: `"${target}" says "not ${lowerFirst(plainSource)}", but the source has no negation${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      meaning: { targetMeans: `not ${lowerFirst(plainSource)}`, expected: lowerFirst(plainSource), ...(suggestion ? { suggestion } : {}) },
    };
  }
  if (sourceNegated && targetNegators.length === 0 && !targetWords.some((word) => negativeByPrefix(word, sourceWords, language))) {
    const positive = positiveReading(sourceWords);
    const suggestion = `${matchCase(target, NEGATE_LABEL[language]!)} ${lowerFirst(target)}`;
    return {
      message: `"${target}" drops the negation: it says "${positive}", not "${lowerFirst(plainSource)}"; did you mean "${suggestion}"?`,
      meaning: { targetMeans: positive, expected: lowerFirst(plainSource), suggestion },
    };
  }
  if (!sourceNegated && targetNegators.length === 0) {
    const dropped = droppedPrefix(sourceWords, targetWords, language);
    if (dropped) {
      const suggestion = replaceWord(target, dropped.written.text, `${NEGATE_WORD[language]!} ${dropped.written.lower}`);
      return {
        message: `"${dropped.written.text}" means "${dropped.positive}", not "${dropped.source.lower}": the negation is lost; did you mean "${suggestion}"?`,
        meaning: { targetMeans: dropped.positive, expected: dropped.source.lower, suggestion },
      };
    }
  }
  return undefined;
}

// English prefixes that negate the word they precede ("unsaved", "invisible", "disallowed").
const ENGLISH_NEGATIVE_PREFIX = /^(?:un|non-?|in|im|il|ir|dis)(?=[a-z]{4,}$)/;

/**
 * "unsaved documents" -> "documents enregistrés": a source word negative by its prefix rendered
 * by a word that translates what follows the prefix ("saved"), with no negation anywhere in the
 * target ("non enregistrés", "Nicht gespeichert", "несохранённые" all keep it).
 */
function droppedPrefix(sourceWords: readonly Word[], targetWords: readonly Word[], language: string): { source: Word; written: Word; positive: string } | undefined {
  const lexicon = lexiconFor(language);
  const english = englishLexicon();
  if (!lexicon || !english || sourceWords.length > SHORT_LABEL) return undefined;
  const stem = stemmerFor(language);
  const englishStem = stemmerFor('en');
  for (const source of sourceWords) {
    const prefix = ENGLISH_NEGATIVE_PREFIX.exec(source.lower);
    if (!prefix) continue;
    const positive = source.lower.slice(prefix[0].length);
    const positiveStem = englishStem(positive);
    const wholeStem = englishStem(source.lower);
    // The word itself must be known: "unbackup" is in no dictionary, WordNet or UI translation.
    if (lexicon.translations(wholeStem).length === 0 && english.word(wholeStem) === undefined && english.antonyms(wholeStem).length === 0) continue;
    // "Mount or unmount": the positive word is in the source too and may be what was rendered.
    if (sourceWords.some((other) => englishStem(other.lower) === positiveStem)) continue;
    // "in-" must leave an English word ("invisible": visible; not "install": stall in any sense it translates).
    if (english.word(positiveStem) === undefined) continue;
    const translations = lexicon.translations(positiveStem);
    for (const written of targetWords) {
      const writtenStem = stem(written.lower);
      if (!translations.some(([targetStem, , weight, kind]) => targetStem === writtenStem && kind.includes('a') && weight >= 0.3)) continue;
      // The word translates the negative source word itself too (a prefix-less rendering): no evidence.
      if (lexicon.translations(wholeStem).some(([targetStem]) => targetStem === writtenStem)) continue;
      // Every other content word must render a source word: "koppeling verwijderen" (remove the
      // link) says "unlink" with a word of its own.
      const stop = new Set(lexicon.stopwords);
      const renderedBySource = (word: Word) => sourceWords.some((other) => other.lower === word.lower || lexicon.translations(englishStem(other.lower)).some(([targetStem]) => targetStem === stem(word.lower)));
      if (!targetWords.every((word) => word === written || stop.has(word.lower) || renderedBySource(word))) return undefined;
      // Another word negative by its prefix may carry the negation ("documenti salvati" has none:
      // the written word renders "saved", so its own "s" is no prefix).
      if (targetWords.some((word) => word !== written && negativeByPrefix(word, sourceWords, language))) return undefined;
      return { source, written, positive };
    }
  }
  return undefined;
}

/** How each language negates a single adjective or participle ("non enregistrés", "nicht gespeichert"). */
const NEGATE_WORD: Record<string, string> = { ru: 'не', uk: 'не', de: 'nicht', fr: 'non', es: 'no', it: 'non', pt: 'não', pl: 'nie', nl: 'niet' };

/**
 * Whether a word reads as negative by its prefix ("Недоступно", "impossible", "introuvable"). On a
 * short label with a lexicon, not when the word translates a source word and what follows the
 * prefix translates none: "Installare" is "install", "Unterstützt" is "supported", and "Désactiver"
 * for "Do not disable" is "disable" itself; its prefix is the source word's, not the source's "not".
 */
function negativeByPrefix(word: Word, sourceWords: readonly Word[], language: string): boolean {
  const prefix = NEGATIVE_PREFIX[language]!.exec(word.lower);
  if (!prefix) return false;
  const lexicon = lexiconFor(language);
  if (!lexicon || sourceWords.length > SHORT_LABEL) return true;
  const stem = stemmerFor(language);
  const wordStem = stem(word.lower);
  const restStem = stem(word.lower.slice(prefix[1]!.length));
  // "Impossible" translating "Cannot" renders the source's negation, not a word of its own.
  const content = sourceWords.filter((source) => !isNegatorWord(source.lower, 'en'));
  return !content.some((source) => translates(source, wordStem, lexicon)) || content.some((source) => translates(source, restStem, lexicon));
}

/** Words of a short label: the word-by-word evidence of the lexicon is read on these only. */
const SHORT_LABEL = 6;

/**
 * Whether the target stem translates the source word: a dictionary says so, or real UI
 * translations align them strongly. Weaker alignments are where negation splits off
 * ("invalid" ~ "válido" from "no válido", "found" ~ "introuvable") and prove nothing here.
 */
function translates(source: Word, targetStem: string, lexicon: Lexicon): boolean {
  return lexicon.translations(stemmerFor('en')(source.lower)).some(([stem, , weight, kind]) => stem === targetStem && (kind.includes('d') || weight >= 0.6));
}

/**
 * "Show hidden files" -> "Versteckte Dateien nicht anzeigen": on a short label, the source's
 * implicitly negative words are all rendered by content words, no negator goes with those
 * renderings ("no es válido", "не удалось"), and a negator stands right before the rendering of
 * a positive source word ("nicht anzeigen", "No mostrar": show). Without a lexicon, or with an implicit word
 * left unrendered ("Hide" -> "Nicht anzeigen"), a target negator may be how it was rendered.
 */
function negatesPositiveWord(sourceWords: readonly Word[], targetWords: readonly Word[], language: string): boolean {
  const lexicon = lexiconFor(language);
  if (!lexicon || sourceWords.length > SHORT_LABEL) return false;
  const stem = stemmerFor(language);
  const stop = new Set(lexicon.stopwords);
  const targetStems = targetWords.map((word) => stem(word.lower));
  // Function words ("konnte" for "failed") render nothing by themselves.
  const renders = (source: Word) => targetStems.flatMap((targetStem, at) => (!stop.has(targetWords[at]!.lower) && !isNegator(targetWords[at]!, language) && translates(source, targetStem, lexicon) ? [at] : []));
  const negatorAt = targetWords.flatMap((word, at) => (isNegator(word, language) ? [at] : []));
  // "no es válido": a negator next to the word, or before it with only a function word between.
  const goesWith = (at: number) => negatorAt.some((negator) => Math.abs(negator - at) <= 1 || (at - negator === 2 && stop.has(targetWords[at - 1]!.lower)));
  let positiveNegated = false;
  for (const word of sourceWords) {
    if (IMPLICIT_NEGATIVE.test(word.lower)) {
      const at = renders(word);
      // Rendered fewer times than written ("Failed …: open() failed"): one may be the negator.
      const times = sourceWords.filter((other) => other.lower === word.lower).length;
      if (at.length < times || at.some(goesWith)) return false;
    } else if (!stop.has(word.lower) && renders(word).some((at) => negatorAt.includes(at - 1))) {
      positiveNegated = true;
    }
  }
  return positiveNegated;
}

function removeNegators(target: string, negators: readonly Word[]): string | undefined {
  let out = target;
  for (const word of negators) out = out.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(word.text)}(?![\\p{L}])\\s*`, 'u'), '');
  out = out.replace(/\s{2,}/g, ' ').trim();
  if (!out || out === target) return undefined;
  return matchCase(target, out);
}

function positiveReading(words: readonly Word[]): string {
  return words
    .filter((word) => !ENGLISH_NEGATORS.has(word.lower) && !/n['’]t$/.test(word.lower) && word.lower !== 'do')
    .map((word) => word.lower)
    .join(' ');
}

function lowerFirst(text: string): string {
  return text ? text[0]!.toLowerCase() + text.slice(1) : text;
}
