import type { Check } from '../../core/check.js';
import acronyms from './acronyms.js';
import misplacedCapitals from './misplaced-capitals.js';
import overall from './overall.js';
import start from './start.js';

export const caseChecks: Check[] = [start, overall, misplacedCapitals, acronyms];
