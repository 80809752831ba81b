/** Locale names: normalization, recognition in paths, and CLDR plural facts. */

// Made on first use: loading ICU's language names takes a noticeable part of start-up.
let displayNames: Intl.DisplayNames | undefined;

const SCRIPT_MODIFIERS: Record<string, string> = { latin: 'Latn', cyrillic: 'Cyrl', devanagari: 'Deva', arabic: 'Arab' };

/**
 * Turns gettext/Android/Apple locale spellings into BCP 47: `pt_BR` -> `pt-BR`,
 * `sr@latin` -> `sr-Latn`, `values-b+sr+Latn` -> `sr-Latn`, `zh-rTW` -> `zh-TW`.
 * Returns undefined when the name is not a locale.
 */
export function normalizeLocale(name: string): string | undefined {
  let text = name.trim();
  if (!text || text.length > 40) return undefined;
  let modifier: string | undefined;
  const at = text.indexOf('@');
  if (at >= 0) {
    modifier = text.slice(at + 1).toLowerCase();
    text = text.slice(0, at);
  }
  text = text.replace(/\.[A-Za-z0-9_-]+$/, ''); // drop a charset suffix such as .UTF-8
  if (text.startsWith('b+')) text = text.slice(2).replace(/\+/g, '-');
  text = text.replace(/_/g, '-').replace(/-r([A-Z]{2})$/, '-$1');
  const parts = text.split('-');
  if (!/^[A-Za-z]{2,3}$/.test(parts[0] ?? '')) return undefined;
  if (modifier && SCRIPT_MODIFIERS[modifier]) parts.splice(1, 0, SCRIPT_MODIFIERS[modifier]);
  try {
    const [canonical] = Intl.getCanonicalLocales(parts.join('-'));
    if (!canonical) return undefined;
    const language = canonical.split('-')[0]!;
    if (!isKnownLanguage(language)) return undefined;
    return canonical;
  } catch {
    return undefined;
  }
}

const knownLanguageCache = new Map<string, boolean>();

export function isKnownLanguage(language: string): boolean {
  let known = knownLanguageCache.get(language);
  if (known === undefined) {
    try {
      known = (displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })).of(language) !== undefined;
    } catch {
      known = false;
    }
    knownLanguageCache.set(language, known);
  }
  return known;
}

const languages = new Map<string, string>();

/** The primary language subtag, lower-case: `pt-BR` -> `pt`. Cached: rules ask for every unit, and there are few locales. */
export function languageOf(locale: string): string {
  let language = languages.get(locale);
  if (language === undefined) {
    language = locale.split('-')[0]!.toLowerCase();
    if (languages.size < 10_000) languages.set(locale, language);
  }
  return language;
}

// Path segments that look like locales but never are (common directory and file names).
const NOT_LOCALES = new Set(['src', 'res', 'lib', 'app', 'doc', 'docs', 'po', 'bin', 'dist', 'test', 'tests', 'build', 'main', 'values', 'messages', 'strings', 'locale', 'locales', 'i18n', 'l10n', 'lang', 'translations', 'base', 'all', 'new', 'old', 'tmp', 'var', 'usr', 'share', 'data', 'web', 'api', 'ui', 'com', 'org', 'net', 'example', 'examples']);

/**
 * Finds the locale a path names, looking from the file name outwards:
 * `ru.po`, `pt_BR.po`, `de/LC_MESSAGES/x.po`, `values-ru/strings.xml`, `ru.lproj/x.strings`,
 * `locales/ru/x.json`, `messages_ru.properties`, `app.ru.yml`.
 */
export function localeFromPath(path: string): string | undefined {
  const segments = path.split(/[\\/]/).filter(Boolean);
  const fileName = segments.pop() ?? '';
  const stem = fileName.replace(/\.[^.]+$/, '');
  const candidates: string[] = [stem];
  const suffix = /[._-]([a-z]{2,3}(?:[_-][A-Za-z]{2,4})?(?:@[a-z]+)?)$/.exec(stem);
  if (suffix) candidates.push(suffix[1]!);
  const dotted = stem.split('.');
  if (dotted.length > 1) candidates.push(dotted[dotted.length - 1]!);
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!;
    if (segment === 'LC_MESSAGES') continue;
    const android = /^values-(.+)$/.exec(segment);
    if (android) candidates.push(android[1]!.split('-').filter((part) => !/^(land|port|night|v\d+|sw\d+dp|w\d+dp|h\d+dp|[hxs]?[hml]dpi|x+hdpi)$/.test(part)).join('-'));
    else if (segment.endsWith('.lproj')) candidates.push(segment.slice(0, -'.lproj'.length));
    else candidates.push(segment);
  }
  for (const candidate of candidates) {
    if (NOT_LOCALES.has(candidate.toLowerCase())) continue;
    if (candidate === 'Base' || candidate.length > 20) continue;
    // Require the usual spellings: lower-case language, optional region/script.
    if (!/^(?:b\+)?[a-z]{2,3}(?:[_+-](?:r?[A-Z]{2}|[A-Z][a-z]{3}|\d{3}))*(?:@[a-z]+)?$/.test(candidate)) continue;
    const locale = normalizeLocale(candidate);
    if (locale) return locale;
  }
  return undefined;
}

const pluralCategoryCache = new Map<string, string[]>();

/**
 * The CLDR plural categories that whole numbers reach in `locale`, in CLDR order.
 * gettext's nplurals counts these (fractions only add `other`/`many` in some languages).
 * Counts up to 1000 cover every CLDR integer rule except the "millions" `many` of
 * Romance languages, which gettext catalogs do not model either.
 */
export function integerPluralCategories(locale: string): string[] {
  let categories = pluralCategoryCache.get(locale);
  if (categories) return categories;
  let rules: Intl.PluralRules;
  try {
    rules = new Intl.PluralRules(locale);
  } catch {
    rules = new Intl.PluralRules('en');
  }
  const seen = new Set<string>();
  for (let n = 0; n <= 1000; n++) seen.add(rules.select(n));
  const order = rules.resolvedOptions().pluralCategories;
  categories = ['zero', 'one', 'two', 'few', 'many', 'other'].filter((c) => seen.has(c) && order.includes(c as Intl.LDMLPluralRule));
  pluralCategoryCache.set(locale, categories);
  return categories;
}

/** Whether a CLDR plural rule for the language exists (unknown languages fall back to root). */
export function hasPluralRules(locale: string): boolean {
  try {
    return Intl.PluralRules.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}
