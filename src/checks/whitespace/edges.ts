import type { Report } from '../../core/check.js';
import type { Unit } from '../../core/unit.js';
import { translatedForms } from '../source-for-form.js';

// Newlines at the edges have their own rule (whitespace/newlines); these compare spaces and tabs.
const isEdgeSpace = (code: number) => code === 32 || code === 9 || code === 0xa0 || code === 0x3000;
// Full-width punctuation (CJK) carries its own spacing: "Warning: " is rightly "警告：".
const FULL_WIDTH_END = /[\u3001\u3002\uff01\uff0c\uff1a\uff1b\uff1f]$/;

function describe(whitespace: string): string {
  if (whitespace === '') return 'none';
  const names = [...whitespace].map((c) => (c === ' ' ? 'space' : c === '\t' ? 'tab' : c === '\u00a0' ? 'no-break space' : 'ideographic space'));
  return names.length === 1 ? `1 ${names[0]}` : `${names.length} characters (${[...new Set(names)].join(', ')})`;
}

/** The spaces and tabs at one edge of `text` (a loop: a `[ \t]*$` regex retries at every space run). */
function edgeSpaces(text: string, edge: 'start' | 'end'): string {
  if (edge === 'start') {
    let end = 0;
    while (end < text.length && isEdgeSpace(text.charCodeAt(end))) end++;
    return text.slice(0, end);
  }
  let start = text.length;
  while (start > 0 && isEdgeSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start);
}

/** Reports forms whose leading (or trailing) spaces differ from the source's; the fix copies the source's. */
export function checkEdgeWhitespace(unit: Unit, edge: 'start' | 'end', report: (finding: Report) => void): void {
  for (const { form, target, source } of translatedForms(unit)) {
    const want = edgeSpaces(source, edge);
    const have = edgeSpaces(target, edge);
    if (want === have) continue;
    const core = edge === 'start' ? target.slice(have.length) : target.slice(0, target.length - have.length);
    if (core === '') continue;
    if (edge === 'end' && have === '' && FULL_WIDTH_END.test(core)) continue;
    const replacement = edge === 'start' ? want + core : core + want;
    const side = edge === 'start' ? 'leading' : 'trailing';
    report({ form, message: `${side} whitespace differs: source has ${describe(want)}, translation has ${describe(have)}`, fix: { replacement, safe: true, form } });
  }
}
