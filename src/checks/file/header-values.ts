import { defineCheck } from '../../core/check.js';
import { isTemplate, poHeader } from './po-header.js';

const DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?[+-]\d{4}$/;

export default defineCheck({
  id: 'file/header-values',
  severity: 'warning',
  summary: 'malformed PO header values: Content-Type, MIME-Version, dates, duplicate fields, stray lines',
  peers: {
    i18nspector: ['invalid-content-type', 'invalid-content-transfer-encoding', 'invalid-mime-version', 'invalid-date', 'date-from-future', 'invalid-last-translator', 'language-team-equal-to-last-translator', 'duplicate-header-field', 'stray-header-line'],
  },
  checkCatalog(catalog, _context, report) {
    const header = poHeader(catalog);
    if (!header) return;
    const at = { span: header.span };
    const contentType = header.fields.get('content-type');
    if (contentType !== undefined && !/^text\/plain;\s*charset=[\w.:-]+$/i.test(contentType)) report(undefined, { ...at, message: `Content-Type "${contentType}" should be "text/plain; charset=UTF-8"` });
    const mime = header.fields.get('mime-version');
    if (mime !== undefined && mime !== '1.0') report(undefined, { ...at, message: `MIME-Version "${mime}" should be 1.0` });
    const transfer = header.fields.get('content-transfer-encoding');
    if (transfer !== undefined && !/^(8bit|7bit|binary)$/i.test(transfer)) report(undefined, { ...at, message: `Content-Transfer-Encoding "${transfer}" should be 8bit` });
    for (const name of ['pot-creation-date', 'po-revision-date']) {
      const value = header.fields.get(name);
      if (value === undefined || /YEAR-MO-DA/.test(value) || (name === 'po-revision-date' && isTemplate(catalog))) continue;
      if (!DATE.test(value)) report(undefined, { ...at, message: `${name} "${value}" is not a date like 2024-05-31 14:05+0200` });
      else if (Date.parse(value.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) > Date.now() + 86_400_000) report(undefined, { ...at, message: `${name} "${value}" is in the future` });
    }
    const translator = header.fields.get('last-translator');
    if (translator && !/FULL NAME/.test(translator) && !/<[^<>@\s]+@[^<>\s]+>|^[^<>@\s]+@[^<>\s]+$/.test(translator)) report(undefined, { ...at, message: `Last-Translator "${translator}" has no e-mail address` });
    const seen = new Set<string>();
    for (const line of header.lines) {
      const name = line.name.toLowerCase();
      if (seen.has(name)) report(undefined, { ...at, message: `header field ${line.name} appears twice; gettext uses the first` });
      seen.add(name);
    }
    for (const line of header.strayLines) report(undefined, { ...at, message: `header line "${line.slice(0, 60)}" is not a "Name: value" field` });
  },
});
