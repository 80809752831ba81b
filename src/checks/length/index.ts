import type { Check } from '../../core/check.js';
import maxChars from './max-chars.js';
import maxWords from './max-words.js';
import ratioLong from './ratio-long.js';
import ratioShort from './ratio-short.js';
import sourceNearLimit from './source-near-limit.js';

export const lengthChecks: Check[] = [ratioShort, ratioLong, maxChars, sourceNearLimit, maxWords];
