import type { Check } from '../../core/check.js';
import missing from './missing.js';

export const translationChecks: Check[] = [missing];
