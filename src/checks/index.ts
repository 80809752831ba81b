import type { Check } from '../core/check.js';
import { acceleratorChecks } from './accelerator/index.js';
import { caseChecks } from './case/index.js';
import { charsChecks } from './chars/index.js';
import { consistencyChecks } from './consistency/index.js';
import { fileChecks } from './file/index.js';
import { lengthChecks } from './length/index.js';
import { markupChecks } from './markup/index.js';
import { meaningChecks } from './meaning/index.js';
import { numberChecks } from './number/index.js';
import { placeholderChecks } from './placeholder/index.js';
import { pluralChecks } from './plural/index.js';
import { punctuationChecks } from './punctuation/index.js';
import { termChecks } from './term/index.js';
import { translationChecks } from './translation/index.js';
import { urlChecks } from './url/index.js';
import { whitespaceChecks } from './whitespace/index.js';
import { wordsChecks } from './words/index.js';

/** Every rule translint knows, in documentation order (family by family). */
export const allChecks: readonly Check[] = [
  ...placeholderChecks,
  ...markupChecks,
  ...urlChecks,
  ...numberChecks,
  ...punctuationChecks,
  ...whitespaceChecks,
  ...caseChecks,
  ...acceleratorChecks,
  ...pluralChecks,
  ...lengthChecks,
  ...translationChecks,
  ...charsChecks,
  ...wordsChecks,
  ...consistencyChecks,
  ...termChecks,
  ...fileChecks,
  ...meaningChecks,
];

export function findCheck(idOrAlias: string): Check[] {
  const exact = allChecks.filter((check) => check.id === idOrAlias);
  return exact.length > 0 ? exact : allChecks.filter((check) => check.aliases?.includes(idOrAlias));
}
