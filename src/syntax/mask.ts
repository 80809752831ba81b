/**
 * Hides placeholders, markup and URLs from checks that look at prose (punctuation, quotes,
 * brackets, case, repeated words): `{name}`, `%(x)s`, `<b>`, `https://x.org/a_(b)` each
 * become one MASK character, so their braces, quotes and letters are not counted as text.
 */
import { fieldMemoKeys, type Unit } from '../core/unit.js';
import { eachPrintfDirective, printfDirectives } from './printf.js';
import { pythonPercentPlaceholders } from './python.js';

/** Stands for one masked placeholder or URL: a private-use character, neither letter, digit nor punctuation. */
export const MASK = '\uE000';
/** Stands for one markup tag: structure, transparent to punctuation at the edges of a text. */
export const MASK_TAG = '\uE001';

// Cheap test before any work: most strings hold none of these.
const MAYBE = /[<%{$&]|:\/\/|www\./;

const TAG = /<!--[\s\S]*?-->|<\/?[A-Za-z][\w:.-]*(?:\s+[^<>]*?)?\/?>/g;
const ENTITY = /&(?:([A-Za-z][A-Za-z0-9]{1,31})|#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6}));/g;
const NAMED_ENTITIES: Record<string, string> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', hellip: '…', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–' };
// Brace and dollar syntaxes: {{x}}, ${x}, %{x}, #{x}, {x}, {0}, {0,number}, { $var }, $(VAR), $VAR, %NAME%, Qt %1 and %Ln.
const BRACES = /\{\{[^{}]*\}\}|[$%#]\{[^{}]*\}|\{\s*[$-]?(?:[\p{L}\p{N}_][\p{L}\p{N}_.:-]*)?\s*(?:,[^{}]*)?\}|\$\([A-Za-z_][\w.]*\)|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|%L?(?:\d{1,2}|n)(?![\d$])/gu;
const URL = /\b(?:https?|ftp|file|mailto):[^\s<>"'«»“”]+|\bwww\.[^\s<>"'«»“”]+/g;
// Sentence punctuation glued to the end of a URL belongs to the sentence.
const URL_TAIL = /[.,;:!?…]+$/;

const MASK_KEYS = fieldMemoKeys('syntax/mask:');

/** `text` with placeholders of the unit's syntaxes, markup and URLs replaced by MASK; cached per unit field. */
export function maskText(unit: Unit, text: string): string {
  return MASK_KEYS.memo(unit, text, maskOfUnit);
}

function maskOfUnit(unit: Unit, text: string): string {
  return mask(text, unit.formats);
}

/** The masking itself, without caching (for texts that are not a unit's fields). */
export function mask(text: string, formats: ReadonlySet<string> = new Set()): string {
  if (!MAYBE.test(text)) return text;
  let out = text;
  if (out.includes('://') || out.includes('www.')) {
    out = out.replace(URL, (url) => {
      let body = url;
      // A closing bracket ends the URL unless the URL opened it (Wikipedia-style links).
      while (body.endsWith(')') && count(body, '(') < count(body, ')')) body = body.slice(0, -1);
      const tail = URL_TAIL.exec(body)?.[0] ?? '';
      body = body.slice(0, body.length - tail.length);
      return MASK + tail + url.slice(body.length + tail.length);
    });
  }
  if (out.includes('<')) out = out.replace(TAG, MASK_TAG);
  // Entities stand for characters: `&quot;` is a quote to the reader.
  if (out.includes('&')) out = out.replace(ENTITY, (_entity, name?: string, decimal?: string, hex?: string) => decodeEntity(name, decimal, hex));
  if (out.includes('%')) out = maskPercent(out, formats);
  if (out.includes('{') || out.includes('$') || out.includes('%')) out = out.replace(BRACES, MASK);
  return out;
}

function maskPercent(text: string, formats: ReadonlySet<string>): string {
  const declared = formats.has('c') || formats.has('python');
  // Named Python placeholders start with "%(": without one, the printf directives alone, already
  // in order, are masked as they come (no span list to sort; most texts with % are this case).
  if (!text.includes('%(')) {
    let out = '';
    let cursor = 0;
    eachPrintfDirective(text, (start, end, flags) => {
      // "100% sure": a lone space flag is prose unless the unit says it is a format string.
      if (!declared && flags.includes(' ')) return;
      out += text.slice(cursor, start) + MASK;
      cursor = end;
    });
    return cursor === 0 ? text : out + text.slice(cursor);
  }
  const spans: { start: number; end: number }[] = [];
  for (const directive of printfDirectives(text)) {
    if (!declared && directive.flags.includes(' ')) continue;
    spans.push({ start: directive.start, end: directive.end });
  }
  for (const placeholder of pythonPercentPlaceholders(text)) {
    if (placeholder.named) spans.push({ start: placeholder.start, end: placeholder.start + placeholder.text.length });
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    out += text.slice(cursor, span.start) + MASK;
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

function decodeEntity(name: string | undefined, decimal: string | undefined, hex: string | undefined): string {
  if (name !== undefined) return NAMED_ENTITIES[name] ?? MASK;
  const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : MASK;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}
