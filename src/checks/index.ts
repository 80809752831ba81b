import type { Check } from '../core/check.js';
import icu from './placeholder/icu.js';
import printf from './placeholder/printf.js';
import pythonBrace from './placeholder/python-brace.js';
import pythonPercent from './placeholder/python-percent.js';
import formsCount from './plural/forms-count.js';
import missing from './translation/missing.js';
import whitespaceEnd from './whitespace/end.js';
import whitespaceStart from './whitespace/start.js';

/** Every rule translint knows, in documentation order. */
export const allChecks: readonly Check[] = [printf, pythonPercent, pythonBrace, icu, whitespaceStart, whitespaceEnd, missing, formsCount];

export function findCheck(idOrAlias: string): Check[] {
  const exact = allChecks.filter((check) => check.id === idOrAlias);
  return exact.length > 0 ? exact : allChecks.filter((check) => check.aliases?.includes(idOrAlias));
}
