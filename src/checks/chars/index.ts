import type { Check } from '../../core/check.js';
import allowedSet from './allowed-set.js';
import control from './control.js';
import corrupted from './corrupted.js';
import encodingDeclared from './encoding-declared.js';
import kabyle from './kabyle.js';
import kashida from './kashida.js';
import prohibitedInitial from './prohibited-initial.js';
import tripledLetter from './tripled-letter.js';
import typography from './typography.js';

export const charsChecks: Check[] = [allowedSet, corrupted, control, kashida, kabyle, typography, tripledLetter, prohibitedInitial, encodingDeclared];
