import type { Check } from '../../core/check.js';

export const wordsChecks: Check[] = [];
