import { languageOf } from '../../core/locale.js';
import { defineCheck } from '../../core/check.js';
import { MASK, maskText } from '../../syntax/mask.js';
import { DANDA_LANGUAGES } from '../punctuation/conventions.js';
import { translatedForms } from '../source-for-form.js';

/** Primary quotation marks per locale (CLDR `delimiters`), opening and closing. */
const QUOTES: Record<string, [string, string]> = {
  en: ['“', '”'], de: ['„', '“'], fr: ['«\u00a0', '\u00a0»'], ru: ['«', '»'], uk: ['«', '»'], be: ['«', '»'], pl: ['„', '”'], cs: ['„', '“'], sk: ['„', '“'],
  hu: ['„', '”'], ro: ['„', '”'], bg: ['„', '“'], hr: ['„', '“'], sr: ['„', '“'], sl: ['„', '“'], lt: ['„', '“'], et: ['„', '“'], da: ['„', '“'], is: ['„', '“'],
  nl: ['‘', '’'], it: ['«', '»'], es: ['«', '»'], ca: ['«', '»'], eu: ['«', '»'], gl: ['“', '”'], pt: ['“', '”'], 'pt-PT': ['«', '»'], el: ['«', '»'],
  nb: ['«', '»'], nn: ['«', '»'], no: ['«', '»'], sv: ['”', '”'], fi: ['”', '”'], tr: ['“', '”'], ja: ['「', '」'], 'zh-Hant': ['「', '」'], zh: ['“', '”'],
  ko: ['“', '”'], vi: ['“', '”'], id: ['“', '”'], he: ['”', '”'], ar: ['”', '“'], fa: ['«', '»'], lv: ['«', '»'], hy: ['«', '»'], ka: ['„', '“'],
};

// Not after ] > } or a capital: "[FILE]..." in usage lines means "repeatable" and stays ASCII.
const THREE_DOTS = /(?<![.\d\]>}\p{Lu}])\.\.\.(?![.\d])/gu;
const STRAIGHT_PAIR = /(^|[\s(\[\u00a0])"([^"\n]+)"(?=$|[\s.,;:!?)\]\u00a0])/g;
const DOUBLE_HYPHEN = /(?<=\s)--(?=\s)/g;
const SYMBOLS: Record<string, string> = { '(c)': '©', '(C)': '©', '(r)': '®', '(R)': '®', '(tm)': '™', '(TM)': '™' };
const SYMBOL = /\((?:c|C|r|R|tm|TM)\)/g;
const DANDA_END = /(?<=[\u0900-\u0dff])[.|](?=\s*$)/;

function quotesFor(locale: string): [string, string] | undefined {
  if (QUOTES[locale]) return QUOTES[locale];
  if (/^zh-(?:Hant|TW|HK|MO)/.test(locale)) return QUOTES['zh-Hant'];
  return QUOTES[languageOf(locale)];
}

function enabled(options: Readonly<Record<string, unknown>>, name: string): boolean {
  return options[name] !== false;
}

export default defineCheck({
  id: 'chars/typography',
  severity: 'info',
  summary: 'typewriter typography where the language has proper characters: ... for …, straight quotes, --, (c), | for the danda',
  // Android lint Typography* and Weblate's autofixes do this; neither is a check id of the peers listed.
  peers: {},
  defaultOff: true,
  check(unit, context, report) {
    const options = context.options;
    const quotes = quotesFor(unit.locale);
    const language = languageOf(unit.locale);
    for (const { form, target, source } of translatedForms(unit)) {
      const masked = maskText(unit, target);
      // Fixes rewrite the target itself, so they are only offered when masking left it alone.
      const fixable = masked === target;
      const problems: string[] = [];
      let replacement = target;
      let safe = true;
      if (enabled(options, 'ellipsis') && masked.includes('...') && THREE_DOTS.test(masked)) {
        problems.push('"..." for the ellipsis "…"');
        replacement = replacement.replace(THREE_DOTS, '…');
      }
      THREE_DOTS.lastIndex = 0;
      if (enabled(options, 'quotes') && quotes && masked.includes('"') && STRAIGHT_PAIR.test(masked)) {
        problems.push(`straight quotes "…" for ${quotes[0].trim()}…${quotes[1].trim()}`);
        replacement = replacement.replace(STRAIGHT_PAIR, (_m, before: string, inner: string) => `${before}${quotes[0]}${inner}${quotes[1]}`);
        safe = false; // quotes may be part of a command the user types
      }
      STRAIGHT_PAIR.lastIndex = 0;
      // "-- '%c'" in getopt messages is literal when the source writes it too.
      if (enabled(options, 'dashes') && masked.includes('--') && !source.includes(' -- ') && DOUBLE_HYPHEN.test(masked)) {
        problems.push('"--" for a dash "—"');
        replacement = replacement.replace(DOUBLE_HYPHEN, '—');
        safe = false;
      }
      DOUBLE_HYPHEN.lastIndex = 0;
      if (enabled(options, 'symbols') && masked.includes('(') && !SYMBOL.test(source) && SYMBOL.test(masked)) {
        problems.push('"(c)", "(r)" or "(tm)" for ©, ®, ™');
        replacement = replacement.replace(SYMBOL, (symbol) => SYMBOLS[symbol]!);
      }
      SYMBOL.lastIndex = 0;
      if (enabled(options, 'danda') && DANDA_LANGUAGES.has(language) && DANDA_END.test(masked)) {
        problems.push('"." or "|" at the end for the danda "।"');
        replacement = replacement.replace(DANDA_END, '।');
      }
      if (problems.length === 0) continue;
      const message = `uses ${problems.join('; ')}`;
      if (fixable && !masked.includes(MASK)) report({ form, message, fix: { replacement, safe, form } });
      else report({ form, message });
    }
  },
});
