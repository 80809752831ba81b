import type { Check } from '../../core/check.js';
import doubleSpace from './double-space.js';
import end from './end.js';
import escapes from './escapes.js';
import lineEdges from './line-edges.js';
import newlines from './newlines.js';
import start from './start.js';
import tabs from './tabs.js';

export const whitespaceChecks: Check[] = [start, end, doubleSpace, newlines, tabs, escapes, lineEdges];
