import { defineCheck } from '../../core/check.js';
import { memoText, type Unit } from '../../core/unit.js';
import { parseFluent, type FluentParse } from '../../syntax/fluent.js';
import { tagLikes } from '../../syntax/markup.js';
import { isFluent } from '../placeholder/fluent.js';
import { translatedForms } from '../source-for-form.js';
import { nestingProblem } from './xml-valid.js';

const parsed = (unit: Unit, text: string): FluentParse => memoText(unit, 'fluent', text, parseFluent);

// HTML's legacy character references that parse even without ";" ("kind&ethical" shows "kindðical").
const LEGACY_ENTITY = /&(?:amp|lt|gt|quot|nbsp|copy|reg|not|para|sect|deg|micro|times|divide|eth|thorn|szlig|shy|cent|pound|yen|curren|brvbar|uml|ordf|ordm|laquo|raquo|macr|plusmn|sup[123]|acute|middot|cedil|frac(?:12|14|34)|iexcl|iquest|aelig|[aeiouyAEIOUY](?:acute|grave|circ|uml|tilde|ring)|[cC]cedil|[nN]tilde|[oO]slash)(?![A-Za-z0-9]*;)/;

/** What the HTML parser would do to `text` as `.innerHTML` that the author probably did not mean. */
function innerHtmlProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.includes('<')) {
    const tags = tagLikes(text);
    for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
      const next = text[i + 1];
      if (next === '{') problems.push('"<" right before a placeable: the value may become a tag');
      else if (next !== undefined && /[A-Za-z/!?]/.test(next) && !tags.some((tag) => tag.start === i)) problems.push(`"${text.slice(i, i + 12).split(/\s/)[0]}" would be read as an HTML tag and vanish`);
    }
    const nesting = nestingProblem(tags);
    if (nesting) problems.push(nesting);
  }
  if (text.includes('&')) {
    if (/&\{/.test(text)) problems.push('"&" right before a placeable: the value may become a character reference');
    const legacy = LEGACY_ENTITY.exec(text);
    if (legacy) problems.push(`"${legacy[0]}" would be read as a character reference`);
  }
  return problems;
}

export default defineCheck({
  id: 'markup/fluent',
  severity: 'error',
  summary: 'Fluent syntax errors, and text that HTML would swallow when the value is used as innerHTML (three<four)',
  peers: { weblate: ['fluent-source-syntax', 'fluent-target-syntax', 'fluent-source-inner-html', 'fluent-target-inner-html'] },
  appliesTo: (unit) => isFluent(unit) || unit.flags.has('fluent-target-syntax') || unit.flags.has('fluent-target-inner-html'),
  check(unit, _context, report) {
    const sourceErrors = parsed(unit, unit.source).errors;
    if (sourceErrors.length) report({ severity: 'warning', message: `Fluent syntax error in the source: ${sourceErrors[0]!.message}`, span: unit.spans.source ?? unit.spans.unit });
    for (const { form, source, target } of translatedForms(unit)) {
      const targetErrors = parsed(unit, target).errors;
      if (targetErrors.length && parsed(unit, source).errors.length === 0) {
        report({ form, message: `Fluent syntax error: ${targetErrors[0]!.message} (at character ${targetErrors[0]!.offset + 1})` });
        continue;
      }
      const known = new Set(memoText(unit, 'innerhtml', source, innerHtmlProblems));
      for (const problem of memoText(unit, 'innerhtml', target, innerHtmlProblems)) {
        if (!known.has(problem)) report({ form, message: problem });
      }
    }
  },
});
