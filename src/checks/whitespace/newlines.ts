import type { Report } from '../../core/check.js';
import { defineCheck } from '../../core/check.js';
import { translatedForms } from '../source-for-form.js';
import { isCredits } from '../punctuation/conventions.js';

const LEADING_BREAKS = /^[\r\n]*/;
const TRAILING_BREAKS = /[\r\n]*$/;
// A literal backslash-n (an escape left in the text), not preceded by an escaped backslash.
const ESCAPED_NEWLINE = /(?<!\\)(?:\\\\)*\\n/g;

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

function escapedNewlines(text: string): number {
  return text.includes('\\n') ? (text.match(ESCAPED_NEWLINE)?.length ?? 0) : 0;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Line breaks inside the text (edges are compared on their own). */
function reportInnerBreaks(form: number, source: string, target: string, report: (finding: Report) => void): void {
  const want = lineBreaks(source);
  const have = lineBreaks(target);
  // Reflowed text may legitimately change the count: a warning, and only information for
  // long texts (help screens, paragraphs) where translators rewrap lines; the edges stay errors.
  if (want !== have) report({ form, severity: source.length > 60 ? 'info' : 'warning', message: `${plural(have, 'line break')} where the source has ${want}` });
}

export default defineCheck({
  id: 'whitespace/newlines',
  severity: 'error',
  summary: 'line breaks differ: at the start, at the end, in number, or literal \\n escapes',
  peers: {
    // pofilter's endwhitespace/startwhitespace compare edge line breaks too (".\n\n" → ".\n");
    // translint reports those here, once, and edge spaces and tabs as whitespace/end and /start.
    pofilter: ['newlines', 'endwhitespace', 'startwhitespace'],
    weblate: ['newline-count', 'begin_newline', 'end_newline', 'escaped_newline'],
    i18nspector: ['inconsistent-leading-newlines', 'inconsistent-trailing-newlines'],
    msgfmt: ['--check'],
    poexam: ['newlines'],
  },
  appliesTo: (unit) => !isCredits(unit),
  check(unit, _context, report) {
    for (const { form, target, source } of translatedForms(unit)) {
      checkForm(form, source, target, report);
    }
  },
});

function checkForm(form: number, source: string, target: string, report: (finding: Report) => void): void {
  const hasBreaks = source.includes('\n') || source.includes('\r') || target.includes('\n') || target.includes('\r');
  if (hasBreaks) {
    const wantStart = LEADING_BREAKS.exec(source)![0];
    const haveStart = LEADING_BREAKS.exec(target)![0];
    const wantEnd = TRAILING_BREAKS.exec(source)![0];
    const haveEnd = TRAILING_BREAKS.exec(target)![0];
    const edgesDiffer = (wantStart === '') !== (haveStart === '') || (wantEnd === '') !== (haveEnd === '');
    // msgfmt: "must both begin/end with \n"; copying the source's edge breaks cannot change the words.
    const core = target.slice(haveStart.length, target.length - haveEnd.length);
    const sourceCore = source.slice(wantStart.length, source.length - wantEnd.length);
    const fix = core === '' ? undefined : { replacement: wantStart + core + wantEnd, safe: true, form };
    if (edgesDiffer) {
      const problems: string[] = [];
      if ((wantStart === '') !== (haveStart === '')) problems.push(wantStart ? 'the source begins with a line break, the translation does not' : 'the translation begins with a line break, the source does not');
      if ((wantEnd === '') !== (haveEnd === '')) problems.push(wantEnd ? 'the source ends with a line break, the translation does not' : 'the translation ends with a line break, the source does not');
      report({ form, message: problems.join('; '), ...(fix ? { fix } : {}) });
    } else if (core !== '' && sourceCore !== '') {
      // A blank line added or dropped at an edge is no reflow: help paragraphs run together or gain a gap.
      const edges: string[] = [];
      const edge = (where: string, want: string, have: string) => {
        const [wantCount, haveCount] = [lineBreaks(want), lineBreaks(have)];
        if (wantCount !== haveCount) edges.push(`the translation ${where}s with ${plural(haveCount, 'line break')}, the source with ${wantCount}: ${Math.abs(haveCount - wantCount) === 1 ? 'a blank line' : 'blank lines'} ${haveCount > wantCount ? 'added' : 'dropped'} at the ${where === 'begin' ? 'start' : 'end'}`);
      };
      edge('begin', wantStart, haveStart);
      edge('end', wantEnd, haveEnd);
      if (edges.length) report({ form, severity: 'warning', message: edges.join('; '), ...(fix ? { fix } : {}) });
      reportInnerBreaks(form, sourceCore, core, report);
    } else {
      reportInnerBreaks(form, source, target, report);
    }
  }
  const wantEscaped = escapedNewlines(source);
  const haveEscaped = escapedNewlines(target);
  if (wantEscaped !== haveEscaped) {
    report({ form, message: `${plural(haveEscaped, 'literal "\\n" escape')} where the source has ${wantEscaped}` });
  }
}
