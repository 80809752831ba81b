import type { Check } from '../../core/check.js';
import doubled from './doubled.js';

export const wordsChecks: Check[] = [doubled];
