import type { Check } from '../../core/check.js';
import forbidden from './forbidden.js';
import invalidChar from './invalid-char.js';
import mismatch from './mismatch.js';

export const acceleratorChecks: Check[] = [mismatch, invalidChar, forbidden];
