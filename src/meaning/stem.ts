import { createRequire } from 'node:module';

// Loaded on first use: it holds every Snowball stemmer and is the slowest module to load, and
// runs without meaning rules (or with a warm --cache) never need it.
const loadSnowball = (): typeof import('snowball-stemmers') => createRequire(import.meta.url)('snowball-stemmers') as typeof import('snowball-stemmers');

/** Reduces an inflected word to a stem shared by its forms ("перезагрузки" -> "перезагрузк"). */
export type Stem = (word: string) => string;

const SNOWBALL: Record<string, string> = { en: 'english', ru: 'russian', de: 'german', fr: 'french', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch', ca: 'catalan', cs: 'czech', da: 'danish', fi: 'finnish', hu: 'hungarian', nb: 'norwegian', no: 'norwegian', ro: 'romanian', sv: 'swedish', tr: 'turkish', sl: 'slovene', eu: 'basque', ga: 'irish', hy: 'armenian', ar: 'arabic' };

// Snowball has no Polish or Ukrainian stemmer: strip the longest inflectional ending instead
// (endings from standard Polish/Ukrainian declension and conjugation tables), keeping 3+ letters.
const LIGHT_SUFFIXES: Record<string, string[]> = {
  pl: ['owania', 'owanie', 'owaniu', 'ających', 'iejszy', 'ościach', 'ościami', 'ości', 'ość', 'ować', 'owałem', 'owała', 'ował', 'owany', 'owana', 'owane', 'owanych', 'ujesz', 'uje', 'ują', 'ując', 'ania', 'anie', 'aniu', 'eniu', 'enia', 'enie', 'iach', 'iami', 'ach', 'ami', 'ego', 'emu', 'ymi', 'imi', 'ych', 'ich', 'ów', 'om', 'ie', 'ia', 'iu', 'ej', 'ym', 'im', 'ać', 'eć', 'ić', 'yć', 'ąć', 'ną', 'ął', 'ła', 'ło', 'li', 'ły', 'ą', 'ę', 'a', 'e', 'i', 'o', 'u', 'y'],
  uk: ['ування', 'ювання', 'ення', 'ання', 'ями', 'ами', 'ого', 'ому', 'ими', 'ими', 'ння', 'ати', 'ити', 'іти', 'ують', 'ють', 'ать', 'ять', 'ий', 'ій', 'ої', 'ою', 'ею', 'ів', 'ах', 'ях', 'ам', 'ям', 'ом', 'ем', 'ти', 'ть', 'а', 'я', 'о', 'е', 'і', 'и', 'у', 'ю', 'ї', 'й', 'ь'],
};

const cache = new Map<string, Stem>();

export function stemmerFor(language: string): Stem {
  let stem = cache.get(language);
  if (stem) return stem;
  const algorithm = SNOWBALL[language];
  if (algorithm) {
    const stemmer = loadSnowball().newStemmer(algorithm);
    stem = (word) => stemmer.stem(word.toLowerCase().replace(/’/g, "'"));
  } else if (LIGHT_SUFFIXES[language]) {
    const suffixes = [...LIGHT_SUFFIXES[language]!].sort((a, b) => b.length - a.length);
    stem = (word) => {
      const lower = word.toLowerCase();
      for (const suffix of suffixes) if (lower.endsWith(suffix) && lower.length - suffix.length >= 3) return lower.slice(0, -suffix.length);
      return lower;
    };
  } else {
    stem = (word) => word.toLowerCase();
  }
  stem = remembered(stem);
  cache.set(language, stem);
  return stem;
}

/** Catalogs repeat their words a lot, and a Snowball stem costs far more than a Map lookup. */
function remembered(stem: Stem): Stem {
  const stems = new Map<string, string>();
  return (word) => {
    let result = stems.get(word);
    if (result === undefined) {
      if (stems.size >= 100_000) stems.clear(); // bounded: a huge catalog must not grow it forever
      stems.set(word, (result = stem(word)));
    }
    return result;
  };
}
