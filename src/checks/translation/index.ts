import type { Check } from '../../core/check.js';
import blank from './blank.js';
import conflictMarker from './conflict-marker.js';
import credits from './credits.js';
import emptySource from './empty-source.js';
import fuzzy from './fuzzy.js';
import kdeComment from './kde-comment.js';
import missing from './missing.js';
import strayPrevious from './stray-previous.js';
import unchanged from './unchanged.js';

export const translationChecks: Check[] = [missing, blank, emptySource, unchanged, fuzzy, conflictMarker, kdeComment, credits, strayPrevious];
