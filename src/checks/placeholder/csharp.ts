import { defineCheck } from '../../core/check.js';
import { memoText, type Unit } from '../../core/unit.js';
import { parseCsharpFormat, type BraceParse } from '../../syntax/brace-formats.js';
import { translatedForms } from '../source-for-form.js';
import { reportPlaceholderProblems, usesSyntax } from './flagged.js';

const parsed = (unit: Unit, text: string): BraceParse => memoText(unit, 'c#', text, parseCsharpFormat);

export default defineCheck({
  id: 'placeholder/csharp',
  severity: 'error',
  summary: '.NET composite format items ({0}, {0,10}, {0:N2}) missing, added, reformatted, or braces that make String.Format throw',
  peers: { weblate: ['c_sharp_format'] },
  appliesTo: (unit, { catalog }) => usesSyntax(unit, catalog, { format: 'csharp', flags: ['csharp-format', 'c-sharp-format'] }),
  check(unit, { catalog }, report) {
    for (const { form, source, target } of translatedForms(unit)) {
      if (parsed(unit, source).errors.length > 0) continue; // a broken source is the developer's to fix
      for (const error of parsed(unit, target).errors) report({ form, message: `${error.message}: String.Format would throw` });
    }
    reportPlaceholderProblems(unit, catalog, 'c#items', (text) => parsed(unit, text).placeholders, report, 'warning');
  },
});
