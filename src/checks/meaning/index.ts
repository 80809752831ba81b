import type { Check } from '../../core/check.js';
import antonym from './antonym.js';
import negation from './negation.js';
import number from './number.js';
import sense from './sense.js';

export const meaningChecks: Check[] = [sense, negation, antonym, number];
