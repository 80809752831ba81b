import type { Check } from '../../core/check.js';
import englishStyle from './english-style.js';
import formEmpty from './form-empty.js';
import formsCount from './forms-count.js';
import header from './header.js';
import impliedQuantity from './implied-quantity.js';
import rangeFlag from './range-flag.js';
import sameForms from './same-forms.js';

export const pluralChecks: Check[] = [formsCount, formEmpty, sameForms, header, englishStyle, impliedQuantity, rangeFlag];
