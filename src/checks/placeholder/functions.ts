import { defineCheck } from '../../core/check.js';
import { memoText } from '../../core/unit.js';
import { functionNames } from '../../syntax/code-words.js';
import { translatedForms } from '../source-for-form.js';

const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// snake_case code names (eject_with_operation, st_dev): every part two characters or more, so a
// GTK mnemonic inside a word (e_xpression, w_hitespace) is not one.
const SNAKE_CASE = /(?<![\p{L}\p{N}_./\\-])[a-z][a-z0-9]+(?:_[a-z0-9]{2,})+(?![\p{L}\p{N}_-])/gu;

/** snake_case names of `source` that `target` does not have, as written (Korean and Japanese glue particles on: query_info를). */
function missingIdentifiers(source: string, target: string): string[] {
  if (!source.includes('_')) return [];
  return [...new Set(source.match(SNAKE_CASE) ?? [])].filter((name) => !new RegExp(`(?<![A-Za-z0-9_])${name}(?![A-Za-z0-9_])`).test(target));
}

export default defineCheck({
  id: 'placeholder/functions',
  severity: 'warning',
  summary: 'function names such as rgb() or window.resizeBy(), and snake_case code names such as query_info, translated or dropped',
  peers: { pofilter: ['functions'], poexam: ['functions'] },
  appliesTo: (unit) => unit.source.includes('()') || unit.source.includes('_') || unit.targets.some((target) => target.includes('()')),
  check(unit, _context, report) {
    // Right-to-left translations wrap code in direction marks ("fstat\u202a()\u202c"): they are not part of the name.
    const names = (text: string) => memoText(unit, 'functions', text, () => new Set(functionNames(text.replace(BIDI_CONTROLS, '')).map((f) => f.text)));
    for (const { form, source, target } of translatedForms(unit)) {
      const want = names(source);
      const have = names(target);
      const missing = [...want].filter((name) => !have.has(name));
      const extra = [...have].filter((name) => !want.has(name));
      // A translation that names the call the source only hints at ("Failed to stat" → "stat() a échoué") is fine.
      if (missing.length === 1 && extra.length === 1) report({ form, message: `${missing[0]} became ${extra[0]}: function names are code, keep ${missing[0]}` });
      else for (const name of missing) report({ form, message: `missing ${name} (function names are code: keep them as written)` });
      const identifiers = missingIdentifiers(source, target).filter((name) => !missing.includes(`${name}()`));
      if (identifiers.length) report({ form, message: `${identifiers.join(', ')} translated or dropped: code names are kept as written` });
    }
  },
});
