import type { Check } from '../../core/check.js';
import end from './end.js';
import start from './start.js';

export const whitespaceChecks: Check[] = [start, end];
