import type { Check } from '../../core/check.js';
import negation from './negation.js';
import number from './number.js';

export const meaningChecks: Check[] = [negation, number];
