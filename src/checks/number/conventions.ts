import { escapeRegExp } from '../../core/text.js';
import { DIGIT_CLASS } from '../../syntax/numbers.js';

/**
 * Per-language data for the number checks.
 *
 * Number words 0–12 (and round tens/hundreds) with their common inflected forms, from CLDR's
 * rule-based number format (RBNF `spellout-numbering`/`spellout-cardinal`) data, extended with
 * articles and words that stand for a count ("a", "once", "both"). They only ever excuse a
 * digit written as a word, so a generous list costs at most a missed finding.
 */
const WORDS: Record<string, Record<number, string>> = {
  // Radix words too: "hexadecimal" is "16進数" in Japanese, "octal" "8進数".
  en: { 0: 'zero no none nonzero', 1: 'one a an once single first', 2: 'two twice both double pair binary second', 3: 'three thrice triple third', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight octal', 9: 'nine', 10: 'ten decimal tenths', 11: 'eleven', 12: 'twelve dozen', 16: 'hexadecimal hex', 20: 'twenty', 30: 'thirty', 100: 'hundred', 1000: 'thousand' },
  de: { 0: 'null kein keine', 1: 'ein eine einen einem einer eines eins einmal', 2: 'zwei beide beiden zweimal', 3: 'drei', 4: 'vier', 5: 'fünf', 6: 'sechs', 7: 'sieben', 8: 'acht', 9: 'neun', 10: 'zehn', 11: 'elf', 12: 'zwölf', 20: 'zwanzig', 100: 'hundert', 1000: 'tausend' },
  fr: { 0: 'zéro aucun aucune', 1: 'un une', 2: 'deux', 3: 'trois', 4: 'quatre', 5: 'cinq', 6: 'six', 7: 'sept', 8: 'huit', 9: 'neuf', 10: 'dix', 11: 'onze', 12: 'douze', 20: 'vingt', 100: 'cent', 1000: 'mille' },
  es: { 0: 'cero ningún ninguna', 1: 'un uno una', 2: 'dos ambos ambas', 3: 'tres', 4: 'cuatro', 5: 'cinco', 6: 'seis', 7: 'siete', 8: 'ocho', 9: 'nueve', 10: 'diez', 11: 'once', 12: 'doce', 20: 'veinte', 100: 'cien ciento', 1000: 'mil' },
  it: { 0: 'zero nessun nessuno nessuna', 1: 'un uno una', 2: 'due entrambi entrambe', 3: 'tre', 4: 'quattro', 5: 'cinque', 6: 'sei', 7: 'sette', 8: 'otto', 9: 'nove', 10: 'dieci', 11: 'undici', 12: 'dodici', 20: 'venti', 100: 'cento', 1000: 'mille' },
  pt: { 0: 'zero nenhum nenhuma', 1: 'um uma', 2: 'dois duas ambos ambas', 3: 'três', 4: 'quatro', 5: 'cinco', 6: 'seis', 7: 'sete', 8: 'oito', 9: 'nove', 10: 'dez', 11: 'onze', 12: 'doze', 20: 'vinte', 100: 'cem cento', 1000: 'mil' },
  ca: { 0: 'zero cap', 1: 'un una', 2: 'dos dues', 3: 'tres', 4: 'quatre', 5: 'cinc', 6: 'sis', 7: 'set', 8: 'vuit', 9: 'nou', 10: 'deu', 11: 'onze', 12: 'dotze', 20: 'vint', 100: 'cent', 1000: 'mil' },
  nl: { 0: 'nul geen', 1: 'een één', 2: 'twee beide', 3: 'drie', 4: 'vier', 5: 'vijf', 6: 'zes', 7: 'zeven', 8: 'acht', 9: 'negen', 10: 'tien', 11: 'elf', 12: 'twaalf', 20: 'twintig', 100: 'honderd', 1000: 'duizend' },
  sv: { 0: 'noll ingen inget', 1: 'en ett', 2: 'två båda', 3: 'tre', 4: 'fyra', 5: 'fem', 6: 'sex', 7: 'sju', 8: 'åtta', 9: 'nio', 10: 'tio', 11: 'elva', 12: 'tolv', 20: 'tjugo', 100: 'hundra', 1000: 'tusen' },
  da: { 0: 'nul ingen intet', 1: 'en et', 2: 'to begge', 3: 'tre', 4: 'fire', 5: 'fem', 6: 'seks', 7: 'syv', 8: 'otte', 9: 'ni', 10: 'ti', 11: 'elleve', 12: 'tolv', 20: 'tyve', 100: 'hundrede', 1000: 'tusind' },
  nb: { 0: 'null ingen ingenting', 1: 'en ett ei', 2: 'to begge', 3: 'tre', 4: 'fire', 5: 'fem', 6: 'seks', 7: 'sju syv', 8: 'åtte', 9: 'ni', 10: 'ti', 11: 'elleve', 12: 'tolv', 20: 'tjue', 100: 'hundre', 1000: 'tusen' },
  fi: { 0: 'nolla', 1: 'yksi yhden yhtä yhdessä kerran', 2: 'kaksi kahden kahta molemmat', 3: 'kolme kolmen kolmea', 4: 'neljä neljän', 5: 'viisi viiden viittä', 6: 'kuusi kuuden', 7: 'seitsemän', 8: 'kahdeksan', 9: 'yhdeksän', 10: 'kymmenen', 100: 'sata', 1000: 'tuhat' },
  pl: { 0: 'zero żaden żadna żadne', 1: 'jeden jedna jedno jednego jednej', 2: 'dwa dwie dwóch dwoma oba obie', 3: 'trzy trzech', 4: 'cztery czterech', 5: 'pięć pięciu', 6: 'sześć sześciu', 7: 'siedem siedmiu', 8: 'osiem ośmiu', 9: 'dziewięć', 10: 'dziesięć', 11: 'jedenaście', 12: 'dwanaście', 20: 'dwadzieścia', 100: 'sto', 1000: 'tysiąc' },
  cs: { 0: 'nula žádný žádná', 1: 'jeden jedna jedno jednoho', 2: 'dva dvě dvou oba obě', 3: 'tři tří', 4: 'čtyři', 5: 'pět', 6: 'šest', 7: 'sedm', 8: 'osm', 9: 'devět', 10: 'deset', 11: 'jedenáct', 12: 'dvanáct', 20: 'dvacet', 100: 'sto', 1000: 'tisíc' },
  ru: { 0: 'ноль нуль нуля нулю нулём нулем ни', 1: 'один одна одно одного одной одну одним одном раз', 2: 'два две двух двум двумя оба обе', 3: 'три трёх трех тремя', 4: 'четыре четырёх четырех', 5: 'пять пяти', 6: 'шесть шести', 7: 'семь семи', 8: 'восемь восьми', 9: 'девять девяти', 10: 'десять десяти', 11: 'одиннадцать', 12: 'двенадцать', 20: 'двадцать', 100: 'сто', 1000: 'тысяча тысячи' },
  uk: { 0: 'нуль нуля нулю нулем жодного', 1: 'один одна одне одного одної одну', 2: 'два дві двох обидва', 3: 'три трьох', 4: 'чотири', 5: "п'ять п’ять", 6: 'шість', 7: 'сім', 8: 'вісім', 9: "дев'ять дев’ять", 10: 'десять', 100: 'сто', 1000: 'тисяча' },
  tr: { 0: 'sıfır hiç', 1: 'bir', 2: 'iki', 3: 'üç', 4: 'dört', 5: 'beş', 6: 'altı', 7: 'yedi', 8: 'sekiz', 9: 'dokuz', 10: 'on', 20: 'yirmi', 100: 'yüz', 1000: 'bin' },
  el: { 0: 'μηδέν', 1: 'ένα ένας μία μια', 2: 'δύο', 3: 'τρία τρεις', 4: 'τέσσερα τέσσερις', 5: 'πέντε', 6: 'έξι', 7: 'επτά εφτά', 8: 'οκτώ οχτώ', 9: 'εννέα εννιά', 10: 'δέκα' },
  hi: { 1: 'एक', 2: 'दो', 3: 'तीन', 4: 'चार', 5: 'पाँच पांच', 6: 'छह छः', 7: 'सात', 8: 'आठ', 9: 'नौ', 10: 'दस' },
  ar: { 0: 'صفر', 1: 'واحد واحدة', 2: 'اثنان اثنين اثنتان اثنتين', 3: 'ثلاث ثلاثة', 4: 'أربع أربعة', 5: 'خمس خمسة', 6: 'ست ستة', 7: 'سبع سبعة', 8: 'ثمان ثماني ثمانية', 9: 'تسع تسعة', 10: 'عشر عشرة' },
  he: { 0: 'אפס', 1: 'אחד אחת', 2: 'שניים שתיים שני שתי', 3: 'שלוש שלושה', 4: 'ארבע ארבעה', 5: 'חמש חמישה', 6: 'שש שישה', 7: 'שבע שבעה', 8: 'שמונה', 9: 'תשע תשעה', 10: 'עשר עשרה' },
  ko: { 1: '하나 한', 2: '둘 두', 3: '셋 세', 4: '넷 네', 5: '다섯', 6: '여섯', 7: '일곱', 8: '여덟', 9: '아홉', 10: '열' },
};

const wordTables = new Map<string, Map<string, number>>();

/** Word → value for `language` (empty when there is no table). */
export function numberWords(language: string): Map<string, number> {
  let table = wordTables.get(language);
  if (!table) {
    table = new Map();
    for (const [value, words] of Object.entries(WORDS[language] ?? {})) for (const word of words.split(' ')) table.set(word, Number(value));
    wordTables.set(language, table);
  }
  return table;
}

const HAN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000, 萬: 10000 };
export const HAN_NUMERAL = /[零〇一二两兩三四五六七八九十百千万萬]+/gu;

/** The value of a run of Chinese/Japanese numerals (一, 十二, 三百五十); NaN when it is not one number. */
export function hanValue(run: string): number {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of run) {
    if (char in HAN_DIGITS) {
      if (digit !== undefined) return Number.NaN; // 一二 is two numbers or a word
      digit = HAN_DIGITS[char]!;
    } else {
      const unit = HAN_UNITS[char]!;
      if (unit === 10000) {
        total += (section + (digit ?? 0)) * unit;
        section = 0;
      } else section += (digit ?? 1) * unit;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** Languages whose dual says "two hours" in one word with no numeral (Arabic ساعتان, Hebrew שעתיים): a missing 2 is excused. */
export const DUAL_LANGUAGES = new Set(['ar', 'he']);

export interface MeasureUnit {
  dimension: string;
  /** Canonical unit within the dimension (`km`, `lb`, `MB`). */
  unit: string;
}

// Unit spellings seen in UI strings, by dimension; localized data-size units (French octets, Russian байты) included.
const UNITS: Record<string, Record<string, string>> = {
  length: { mm: 'mm', cm: 'cm', m: 'm', km: 'km', ft: 'ft', yd: 'yd', mi: 'mi', мм: 'mm', см: 'cm', м: 'm', км: 'km', 公里: 'km', 千米: 'km', 米: 'm', 厘米: 'cm', 毫米: 'mm', 英里: 'mi', 英尺: 'ft' },
  mass: { mg: 'mg', g: 'g', kg: 'kg', lb: 'lb', lbs: 'lb', oz: 'oz', мг: 'mg', г: 'g', кг: 'kg', 克: 'g', 千克: 'kg', 公斤: 'kg', 磅: 'lb' },
  volume: { ml: 'ml', mL: 'ml', l: 'l', L: 'l', gal: 'gal', мл: 'ml', л: 'l', 升: 'l', 毫升: 'ml' },
  temperature: { '°C': 'C', '℃': 'C', '°F': 'F', '℉': 'F' },
  speed: { 'km/h': 'km/h', kmh: 'km/h', 'км/ч': 'km/h', mph: 'mph', 'm/s': 'm/s', 'м/с': 'm/s' },
  data: {
    B: 'B', KB: 'KB', kB: 'KB', KiB: 'KB', MB: 'MB', MiB: 'MB', GB: 'GB', GiB: 'GB', TB: 'TB', TiB: 'TB',
    o: 'B', Ko: 'KB', ko: 'KB', Kio: 'KB', Mo: 'MB', Mio: 'MB', Go: 'GB', Gio: 'GB', To: 'TB', Tio: 'TB',
    Б: 'B', КБ: 'KB', кБ: 'KB', Кб: 'KB', КиБ: 'KB', МБ: 'MB', Мб: 'MB', МиБ: 'MB', ГБ: 'GB', Гб: 'GB', ГиБ: 'GB', ТБ: 'TB', ТиБ: 'TB',
  },
};

export const MEASURE_UNITS = new Map<string, MeasureUnit>();
for (const [dimension, spellings] of Object.entries(UNITS)) for (const [spelling, unit] of Object.entries(spellings)) MEASURE_UNITS.set(spelling, { dimension, unit });

/** A number followed by a unit of measure: `5 km`, `5km`, `20 °C`, `3,5 Go`. */
export const MEASUREMENT = new RegExp(`(${DIGIT_CLASS}+(?:[.,]${DIGIT_CLASS}+)?)\\s?(${[...MEASURE_UNITS.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
