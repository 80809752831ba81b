import type { Check } from '../../core/check.js';
import differentSourceSameTarget from './different-source-same-target.js';
import duplicateDefinition from './duplicate-definition.js';
import sameSourceDifferentTarget from './same-source-different-target.js';

export const consistencyChecks: Check[] = [sameSourceDifferentTarget, differentSourceSameTarget, duplicateDefinition];
