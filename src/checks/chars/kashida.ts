import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';
import { KASHIDA } from './conventions.js';

const KASHIDA_ALL = new RegExp(KASHIDA.source, 'g');
// Tatweel after a letter at the end of a word is an abbreviation mark: ١٤٤٥هـ (Hijri year).
const ABBREVIATION = /(?<=\p{L})\u0640+(?!\p{L})/gu;

export default defineCheck({
  id: 'chars/kashida',
  severity: 'info',
  summary: 'Arabic tatweel (kashida, U+0640) used to stretch words',
  peers: { weblate: ['kashida'] },
  check(unit, _context, report) {
    for (const { form, target, source } of translatedForms(unit)) {
      if (!KASHIDA.test(target) || KASHIDA.test(source)) continue;
      const decorative = target.replace(ABBREVIATION, '');
      if (!KASHIDA.test(decorative)) continue;
      const count = decorative.match(KASHIDA_ALL)!.length;
      // Only plain tatweel can be dropped without touching letters; presentation forms carry a shadda.
      const fix = /[\ufcf2-\ufcf4\ufe71-\ufe7f]/.test(target) ? undefined : { replacement: target.replace(/(?<=\p{L})\u0640+(?=\p{L})/gu, ''), safe: false, form };
      report({ form, message: `${count} tatweel (kashida) character${count === 1 ? '' : 's'} stretch${count === 1 ? 'es' : ''} words; let the text renderer justify lines instead`, ...(fix ? { fix } : {}) });
    }
  },
});
