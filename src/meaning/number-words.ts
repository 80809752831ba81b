import { escapeRegExp } from '../core/text.js';

/**
 * Cardinal number words from 2 upwards, with their inflected forms, per language. Words for
 * 1 are left out of the target languages on purpose: "un", "ein", "один" are also articles and
 * pronouns, so a target's 1 is never counted. English "one", "single" and "once" do count (its
 * article is "a"): a target that says 2 or 3 where the source says one then changed the number.
 */
const WORDS: Record<string, Map<string, number>> = {
  en: table({ 1: 'one|single|once', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten', 11: 'eleven', 12: 'twelve', 13: 'thirteen', 14: 'fourteen', 15: 'fifteen', 16: 'sixteen', 17: 'seventeen', 18: 'eighteen', 19: 'nineteen', 20: 'twenty', 30: 'thirty', 40: 'forty', 50: 'fifty', 60: 'sixty', 70: 'seventy', 80: 'eighty', 90: 'ninety', 100: 'hundred', 1000: 'thousand', 2.1: 'twice|double', 3.1: 'thrice|triple' }),
  ru: table({ 2: 'два|две|двух|двум|двумя', 3: 'три|трёх|трех|трём|трем|тремя', 4: 'четыре|четырёх|четырех|четырём|четырем|четырьмя', 5: 'пять|пяти|пятью', 6: 'шесть|шести|шестью', 7: 'семь|семи|семью', 8: 'восемь|восьми|восемью|восьмью', 9: 'девять|девяти|девятью', 10: 'десять|десяти|десятью', 11: 'одиннадцать|одиннадцати', 12: 'двенадцать|двенадцати', 15: 'пятнадцать|пятнадцати', 20: 'двадцать|двадцати', 30: 'тридцать|тридцати', 40: 'сорок|сорока', 50: 'пятьдесят|пятидесяти', 100: 'сто|ста', 1000: 'тысяча|тысячи|тысяч|тысячу' }),
  uk: table({ 2: 'два|дві|двох|двом', 3: 'три|трьох|трьом', 4: 'чотири|чотирьох', 5: "п'ять|п’ять|п'яти", 10: 'десять|десяти', 100: 'сто', 1000: 'тисяча|тисячі|тисяч' }),
  de: table({ 2: 'zwei|zweien', 3: 'drei|dreien', 4: 'vier|vieren', 5: 'fünf|fünfen', 6: 'sechs', 7: 'sieben', 8: 'acht', 9: 'neun', 10: 'zehn', 11: 'elf', 12: 'zwölf', 13: 'dreizehn', 14: 'vierzehn', 15: 'fünfzehn', 16: 'sechzehn', 17: 'siebzehn', 18: 'achtzehn', 19: 'neunzehn', 20: 'zwanzig', 30: 'dreißig|dreissig', 40: 'vierzig', 50: 'fünfzig', 60: 'sechzig', 70: 'siebzig', 80: 'achtzig', 90: 'neunzig', 100: 'hundert|einhundert', 1000: 'tausend|eintausend', 2.1: 'zweimal|doppelt', 3.1: 'dreimal|dreifach' }),
  fr: table({ 2: 'deux', 3: 'trois', 4: 'quatre', 5: 'cinq', 6: 'six', 7: 'sept', 8: 'huit', 9: 'neuf', 10: 'dix', 11: 'onze', 12: 'douze', 13: 'treize', 14: 'quatorze', 15: 'quinze', 16: 'seize', 20: 'vingt', 30: 'trente', 40: 'quarante', 50: 'cinquante', 60: 'soixante', 100: 'cent|cents', 1000: 'mille', 2.1: 'double', 3.1: 'triple' }),
  es: table({ 2: 'dos', 3: 'tres', 4: 'cuatro', 5: 'cinco', 6: 'seis', 7: 'siete', 8: 'ocho', 9: 'nueve', 10: 'diez', 11: 'once', 12: 'doce', 13: 'trece', 14: 'catorce', 15: 'quince', 20: 'veinte', 30: 'treinta', 40: 'cuarenta', 50: 'cincuenta', 60: 'sesenta', 100: 'cien|ciento|cientos', 1000: 'mil', 2.1: 'doble', 3.1: 'triple' }),
  it: table({ 2: 'due', 3: 'tre', 4: 'quattro', 5: 'cinque', 6: 'sei', 7: 'sette', 8: 'otto', 9: 'nove', 10: 'dieci', 11: 'undici', 12: 'dodici', 13: 'tredici', 14: 'quattordici', 15: 'quindici', 20: 'venti', 30: 'trenta', 40: 'quaranta', 50: 'cinquanta', 100: 'cento', 1000: 'mille|mila', 2.1: 'doppio|doppia', 3.1: 'triplo|tripla' }),
  pt: table({ 2: 'dois|duas', 3: 'três|tres', 4: 'quatro', 5: 'cinco', 6: 'seis', 7: 'sete', 8: 'oito', 9: 'nove', 10: 'dez', 11: 'onze', 12: 'doze', 13: 'treze', 14: 'catorze|quatorze', 15: 'quinze', 20: 'vinte', 30: 'trinta', 40: 'quarenta', 50: 'cinquenta', 100: 'cem|cento', 1000: 'mil', 2.1: 'dobro|duplo|dupla', 3.1: 'triplo|tripla' }),
  pl: table({ 2: 'dwa|dwie|dwóch|dwoma|dwu|dwaj', 3: 'trzy|trzech|trzema|trzej', 4: 'cztery|czterech|czterema', 5: 'pięć|pięciu|pięcioma', 6: 'sześć|sześciu', 7: 'siedem|siedmiu', 8: 'osiem|ośmiu', 9: 'dziewięć|dziewięciu', 10: 'dziesięć|dziesięciu', 11: 'jedenaście|jedenastu', 12: 'dwanaście|dwunastu', 15: 'piętnaście|piętnastu', 20: 'dwadzieścia|dwudziestu', 30: 'trzydzieści|trzydziestu', 100: 'sto|stu', 1000: 'tysiąc|tysiące|tysięcy', 2.1: 'dwukrotnie|podwójny|podwójnie', 3.1: 'trzykrotnie|potrójny' }),
  nl: table({ 2: 'twee', 3: 'drie', 4: 'vier', 5: 'vijf', 6: 'zes', 7: 'zeven', 8: 'acht', 9: 'negen', 10: 'tien', 11: 'elf', 12: 'twaalf', 13: 'dertien', 14: 'veertien', 15: 'vijftien', 20: 'twintig', 30: 'dertig', 40: 'veertig', 50: 'vijftig', 100: 'honderd', 1000: 'duizend', 2.1: 'dubbel|tweemaal', 3.1: 'driemaal|drievoudig' }),
};

/**
 * Stems of multiplicative number words, matched at the start of a word so that every inflection
 * and compound counts ("двойной", "dwukrotne", "Doppelklick").
 */
const STEMS: Record<string, [string, number][]> = {
  ru: [['двойн', 2], ['двукратн', 2], ['тройн', 3], ['трёхкратн', 3], ['трехкратн', 3]],
  uk: [['подвійн', 2], ['потрійн', 3]],
  de: [['doppel', 2], ['zweifach', 2], ['dreifach', 3], ['vierfach', 4]],
  pl: [['podwójn', 2], ['dwukrotn', 2], ['potrójn', 3], ['trzykrotn', 3]],
  it: [['doppi', 2], ['tripl', 3]],
  pt: [['duplic', 2], ['tripl', 3]],
  nl: [['dubbel', 2], ['drievoudig', 3]],
};

// A Map, not an object: an object would answer "constructor" or "toString" with a function.
function table(spec: Record<number, string>): Map<string, number> {
  const words = new Map<string, number>();
  for (const [value, forms] of Object.entries(spec)) for (const form of forms.split('|')) words.set(form, Math.floor(Number(value)));
  return words;
}

/** The value of a number word in `language`, or undefined. Runs for every word of every text. */
export function numberWordValue(language: string, word: string): number | undefined {
  const words = Object.hasOwn(WORDS, language) ? WORDS[language] : undefined;
  if (words === undefined) return undefined;
  const lower = word.toLowerCase();
  const value = words.get(lower);
  if (value !== undefined) return value;
  const stems = STEMS[language];
  if (stems !== undefined) for (const [stem, stemValue] of stems) if (lower.startsWith(stem)) return stemValue;
  return undefined;
}

const candidates = new Map<string, RegExp | null>();

/**
 * Whether `text` may hold a number word of `language`: one of its forms or stems starts after a
 * non-letter. False means no word of the text has a value, so callers skip splitting it into
 * words; most texts have no number word at all.
 */
export function mayHaveNumberWord(language: string, text: string): boolean {
  let candidate = candidates.get(language);
  if (candidate === undefined) {
    const words = Object.hasOwn(WORDS, language) ? WORDS[language]! : undefined;
    const forms = words ? [...words.keys(), ...(STEMS[language] ?? []).map(([stem]) => stem)] : [];
    candidate = forms.length === 0 ? null : new RegExp(`(?<!\\p{L})(?:${forms.map(escapeRegExp).join('|')})`, 'iu');
    candidates.set(language, candidate);
  }
  return candidate !== null && candidate.test(text);
}

/** A word for `value` in `language` (the first listed form), for suggestions. */
export function numberWordFor(language: string, value: number): string | undefined {
  const words = WORDS[language];
  if (!words) return undefined;
  for (const [word, wordValue] of words) if (wordValue === value) return word;
  return undefined;
}

export function hasNumberWords(language: string): boolean {
  return Object.hasOwn(WORDS, language);
}
