import { defineCheck } from '../../core/check.js';
import { isTemplate, poHeader } from './po-header.js';

// Fields a shipped catalog needs (i18nspector: important/normal), and xgettext's placeholders.
const REQUIRED = ['Content-Type', 'Last-Translator', 'Project-Id-Version', 'PO-Revision-Date', 'Language'];
const BOILERPLATE: Record<string, RegExp> = {
  'last-translator': /FULL NAME <EMAIL@ADDRESS>/,
  'language-team': /LANGUAGE <LL@li\.org>/,
  'project-id-version': /^PACKAGE VERSION$/,
  'po-revision-date': /YEAR-MO-DA HO:MI\+ZONE/,
  'content-type': /charset=CHARSET/,
  language: /^$/,
};

export default defineCheck({
  id: 'file/header-required',
  severity: 'warning',
  summary: 'PO header lacks a field a shipped catalog needs, or still has the template placeholder',
  peers: {
    i18nspector: ['no-content-type-header-field', 'no-last-translator-header-field', 'no-project-id-version-header-field', 'no-date-header-field', 'no-language-header-field', 'boilerplate-in-last-translator', 'boilerplate-in-language-team', 'boilerplate-in-project-id-version', 'boilerplate-in-date', 'boilerplate-in-content-type'],
    msgfmt: ['--check-header'],
    poexam: ['header'],
  },
  checkCatalog(catalog, _context, report) {
    const header = poHeader(catalog);
    if (!header || isTemplate(catalog)) return;
    for (const name of REQUIRED) {
      const value = header.fields.get(name.toLowerCase());
      if (value === undefined) report(undefined, { span: header.span, message: `the header has no ${name} field` });
    }
    for (const [name, pattern] of Object.entries(BOILERPLATE)) {
      const value = header.fields.get(name);
      if (value !== undefined && pattern.test(value)) report(undefined, { span: header.span, message: `header field ${name} still has the template value "${value}"` });
    }
  },
});
