import { defineCheck } from '../../core/check.js';
import { memoText, type Unit } from '../../core/unit.js';
import { usesFormat } from '../../syntax/formats.js';
import { looksLikePrintf, printfDirectives } from '../../syntax/printf.js';
import { looksLikePythonPercent, pythonPercentPlaceholders } from '../../syntax/python.js';
import { translatedForms } from '../source-for-form.js';

const C_PARTS = /^%(?:\d+\$)?([-+ #0'I]*)(?:\*(?:\d+\$)?|\d+)?(\.(?:\*(?:\d+\$)?|\d*))?(hh|h|ll|l|L|q|j|z|Z|t)?([A-Za-z@])$/;
const PY_PARTS = /^%(?:\([^()]*\))?([-+ #0]*)(?:\*|\d+)?(\.(?:\*|\d+))?([hlL])?([A-Za-z%])$/;
const INTEGER = 'diouxX';

/** What i18nspector's pedantic tags would say about one directive, if anything. */
function cAdvice(directive: string): string | undefined {
  const m = C_PARTS.exec(directive);
  if (!m) return undefined;
  const [, flags = '', precision, length, conversion = ''] = m;
  if (flags.includes('+') && flags.includes(' ')) return `${directive}: the space flag is ignored next to "+"`;
  if (flags.includes('-') && flags.includes('0')) return `${directive}: the "0" flag is ignored next to "-"`;
  if (flags.includes('0') && precision !== undefined && INTEGER.includes(conversion)) return `${directive}: the "0" flag is ignored when a precision is given`;
  if (conversion === 'C' || conversion === 'S') return `${directive} is not portable; use %l${conversion.toLowerCase()}`;
  if (length === 'q' || length === 'Z') return `${directive} is not portable; use ${length === 'q' ? 'll' : 'z'}`;
  if (length === 'L' && INTEGER.includes(conversion)) return `${directive} is not portable; use ll`;
  return undefined;
}

function pythonAdvice(directive: string): string | undefined {
  const m = PY_PARTS.exec(directive);
  if (!m) return undefined;
  const [, flags = '', precision, length, conversion = ''] = m;
  if (flags.includes('+') && flags.includes(' ')) return `${directive}: the space flag is ignored next to "+"`;
  if (flags.includes('-') && flags.includes('0')) return `${directive}: the "0" flag is ignored next to "-"`;
  if (length) return `${directive}: Python ignores the length modifier "${length}"`;
  if (precision !== undefined && conversion === 'c') return `${directive}: a precision means nothing for %c`;
  if (conversion === 'u') return `${directive}: %u is obsolete in Python; use %d`;
  return undefined;
}

function directivesOf(unit: Unit, text: string, python: boolean): string[] {
  return memoText(unit, python ? 'pedantic:true' : 'pedantic:false', text, () => (python ? pythonPercentPlaceholders(text).map((p) => p.text) : printfDirectives(text).filter((d) => !d.text.startsWith('*')).map((d) => d.text)));
}

export default defineCheck({
  id: 'placeholder/pedantic',
  severity: 'info',
  summary: 'pedantic format-string advice: redundant flags, length modifiers or precision, non-portable or obsolete conversions',
  peers: {
    i18nspector: ['c-format-string-redundant-flag', 'c-format-string-non-portable-conversion', 'python-format-string-redundant-flag', 'python-format-string-redundant-length', 'python-format-string-redundant-precision', 'python-format-string-obsolete-conversion'],
  },
  defaultOff: true,
  appliesTo: (unit) => unit.targets.some((target) => target.includes('%')),
  check(unit, { catalog }, report) {
    const c = usesFormat(unit, catalog, 'c', 'c-format', looksLikePrintf);
    const python = usesFormat(unit, catalog, 'python', 'python-format', looksLikePythonPercent);
    if (!c && !python) return;
    for (const { form, source, target } of translatedForms(unit)) {
      // Whatever the source does itself, the translator only copied.
      const inSource = new Set(directivesOf(unit, source, python));
      for (const directive of new Set(directivesOf(unit, target, python))) {
        if (inSource.has(directive)) continue;
        const advice = python ? pythonAdvice(directive) : cAdvice(directive);
        if (advice) report({ form, message: advice });
      }
    }
  },
});
