import type { Check } from '../../core/check.js';
import flags from './flags.js';
import headerPlacement from './header-placement.js';
import headerRequired from './header-required.js';
import headerValues from './header-values.js';
import language from './language.js';

export const fileChecks: Check[] = [headerRequired, headerValues, headerPlacement, language, flags];
