import type { Report } from '../../core/check.js';
import type { Unit } from '../../core/unit.js';
import type { Token } from '../../syntax/urls.js';
import { translatedForms } from '../source-for-form.js';

// Units where translators put their own names and addresses (pofilter `credits`, translation/credits).
const CREDIT_SOURCES = new Set(['translator-credits', 'translator_credits', 'TRANSLATORS', 'Your names', 'Your emails', 'ROLES_OF_TRANSLATORS', 'MOZ_LANGPACK_CONTRIBUTORS', 'credit.translation', 'CREDIT_FOR_TRANSLATORS']);

export function isCredits(unit: Unit): boolean {
  return CREDIT_SOURCES.has(unit.source.trim()) || CREDIT_SOURCES.has(unit.key);
}

/**
 * Compares the tokens of source and each target form: every source token needs an equal
 * (`same`) target token. One unmatched on each side is reported as a change.
 */
export function compareTokens(
  unit: Unit,
  tokenize: (text: string) => Token[],
  same: (want: string, have: string) => boolean,
  noun: string,
  report: (finding: Report) => void,
  reportAdded = true,
): void {
  for (const { form, source, target } of translatedForms(unit)) {
    const want = tokenize(source).map((token) => token.text);
    if (want.length === 0 && !tokenize(target).length) continue;
    const have = tokenize(target).map((token) => token.text);
    const missing: string[] = [];
    for (const text of want) {
      const index = have.findIndex((candidate) => same(text, candidate));
      if (index >= 0) have.splice(index, 1);
      else missing.push(text);
    }
    if (missing.length === 1 && have.length === 1) {
      report({ form, message: `${noun} ${missing[0]} became ${have[0]}` });
      continue;
    }
    for (const text of missing) report({ form, message: `missing ${noun} ${text}` });
    if (reportAdded) for (const text of have) report({ form, message: `${noun} ${text} is not in the source` });
  }
}
