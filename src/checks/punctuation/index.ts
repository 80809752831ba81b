import type { Check } from '../../core/check.js';
import brackets from './brackets.js';
import doubleQuotes from './double-quotes.js';
import ellipsisSource from './ellipsis-source.js';
import end from './end.js';
import pipes from './pipes.js';
import pure from './pure.js';
import sentenceCount from './sentence-count.js';
import singleQuotes from './single-quotes.js';
import spacing from './spacing.js';
import start from './start.js';

export const punctuationChecks: Check[] = [end, start, spacing, brackets, doubleQuotes, singleQuotes, pure, sentenceCount, pipes, ellipsisSource];
