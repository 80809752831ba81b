import type { Meaning } from '../core/finding.js';
import { languageOf } from '../core/locale.js';
import { matchCase, wordsOf, type Word } from './words.js';

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

/** Prefixes that make a word negative in each language ("недоступно", "ungültig", "impossible"). */
const NEGATIVE_PREFIX: Record<string, RegExp> = {
  ru: /^(?:не|без|бес)[\p{L}]{3,}/u,
  uk: /^(?:не|без)[\p{L}]{3,}/u,
  de: /^(?:un|miss|nicht)[\p{L}]{3,}/u,
  fr: /^(?:in|im|il|ir|dés|dé|mal|non)[\p{L}]{3,}/u,
  es: /^(?:in|im|des|dis|no)[\p{L}]{3,}/u,
  it: /^(?:in|im|dis|non|s)[\p{L}]{4,}/u,
  pt: /^(?:in|im|des|não)[\p{L}]{3,}/u,
  pl: /^(?:nie|bez)[\p{L}]{3,}/u,
  nl: /^(?:on|niet|mis)[\p{L}]{3,}/u,
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

  if (!sourceNegated && !sourceImplicit && targetNegators.length > 0) {
    const suggestion = removeNegators(target, targetNegators);
    return {
      message: `"${target}" says "not ${lowerFirst(plainSource)}", but the source has no negation${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      meaning: { targetMeans: `not ${lowerFirst(plainSource)}`, expected: lowerFirst(plainSource), ...(suggestion ? { suggestion } : {}) },
    };
  }
  if (sourceNegated && targetNegators.length === 0 && !targetWords.some((word) => NEGATIVE_PREFIX[language]!.test(word.lower))) {
    const positive = positiveReading(sourceWords);
    const suggestion = `${matchCase(target, NEGATE_LABEL[language]!)} ${lowerFirst(target)}`;
    return {
      message: `"${target}" drops the negation: it says "${positive}", not "${lowerFirst(plainSource)}"; did you mean "${suggestion}"?`,
      meaning: { targetMeans: positive, expected: lowerFirst(plainSource), suggestion },
    };
  }
  return undefined;
}

function removeNegators(target: string, negators: readonly Word[]): string | undefined {
  let out = target;
  for (const word of negators) out = out.replace(new RegExp(`(?<![\\p{L}])${word.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])\\s*`, 'u'), '');
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
