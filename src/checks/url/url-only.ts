import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';

const SCHEMES = new Set(['http:', 'https:', 'ftp:', 'ftps:', 'mailto:', 'tel:', 'sftp:', 'ws:', 'wss:', 'file:']);

/** Whether `text` is one absolute URL and nothing else. */
export function isUrl(text: string): boolean {
  const value = text.trim();
  if (value === '' || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return SCHEMES.has(url.protocol) && (url.protocol === 'mailto:' || url.protocol === 'tel:' || url.hostname !== '');
  } catch {
    return false;
  }
}

export default defineCheck({
  id: 'url/url-only',
  severity: 'error',
  summary: 'a unit flagged url must be translated as one valid URL',
  peers: { weblate: ['url'] },
  appliesTo: (unit) => unit.flags.has('url'),
  check(unit, _context, report) {
    for (const { form, target } of translatedForms(unit)) {
      if (!isUrl(target)) report({ form, message: 'this unit is flagged url: the translation must be one absolute URL (https://…), nothing else' });
    }
  },
});
