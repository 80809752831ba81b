import type { Check } from '../../core/check.js';
import icu from './icu.js';
import printf from './printf.js';
import pythonBrace from './python-brace.js';
import pythonPercent from './python-percent.js';

export const placeholderChecks: Check[] = [printf, pythonPercent, pythonBrace, icu];
