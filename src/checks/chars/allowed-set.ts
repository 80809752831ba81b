import iconv from 'iconv-lite';
import { defineCheck } from '../../core/check.js';
import { knownEncoding } from '../../core/document.js';
import { translatedForms } from '../source-for-form.js';
import { describeChar } from './conventions.js';

const encodable = new Map<string, boolean>();

/** Whether `char` survives a round trip through `encoding` (iconv-lite writes "?" for what it cannot encode). */
function canEncode(char: string, encoding: string): boolean {
  const key = `${encoding}\u0000${char}`;
  let result = encodable.get(key);
  if (result === undefined) {
    result = iconv.decode(iconv.encode(char, encoding), encoding) === char;
    encodable.set(key, result);
  }
  return result;
}

interface AllowedSet {
  encoding: string | undefined;
  chars: string;
}

function allowedSet(options: Readonly<Record<string, unknown>>): AllowedSet | undefined {
  const encoding = typeof options.charset === 'string' ? knownEncoding(options.charset) : undefined;
  const chars = (typeof options.chars === 'string' ? options.chars : '') + (typeof options.extra === 'string' ? options.extra : '');
  if (!encoding && chars === '') return undefined;
  return { encoding, chars };
}

export default defineCheck({
  id: 'chars/allowed-set',
  severity: 'warning',
  summary: 'characters outside the configured character set or list of allowed characters',
  peers: { pofilter: ['validchars'], okapi: ['checkAllowedCharacters', 'checkCharacters'] },
  defaultOff: true,
  appliesTo: (_unit, context) => allowedSet(context.options) !== undefined,
  check(unit, context, report) {
    const allowed = allowedSet(context.options)!;
    for (const { form, target, source } of translatedForms(unit)) {
      const bad = new Set<string>();
      for (const char of target) {
        if (char.charCodeAt(0) < 0x80 && allowed.encoding) continue;
        if (/\s/.test(char) || allowed.chars.includes(char) || source.includes(char)) continue;
        if (allowed.encoding && canEncode(char, allowed.encoding)) continue;
        bad.add(char);
      }
      if (bad.size === 0) continue;
      const list = [...bad].slice(0, 5).map((char) => `"${char}" (${describeChar(char)})`).join(', ');
      const where = allowed.encoding ? `not in ${String(context.options.charset)}` : 'not allowed';
      report({ form, message: `${list}${bad.size > 5 ? ` and ${bad.size - 5} more` : ''} ${where}` });
    }
  },
});
