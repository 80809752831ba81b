import type { Check } from '../../core/check.js';
import mismatch from './mismatch.js';
import timeDateMeasure from './time-date-measure.js';

export const numberChecks: Check[] = [mismatch, timeDateMeasure];
