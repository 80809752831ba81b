import type { Check } from '../../core/check.js';
import formsCount from './forms-count.js';

export const pluralChecks: Check[] = [formsCount];
