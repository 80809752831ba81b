import { defineCheck } from '../../core/check.js';
import { poHeader } from './po-header.js';

export default defineCheck({
  id: 'file/header-placement',
  severity: 'error',
  summary: 'PO header entry not first, duplicated, or carrying flags',
  peers: { i18nspector: ['distant-header-entry', 'duplicate-header-entry', 'fuzzy-header-entry', 'unexpected-flag-for-header-entry', 'duplicate-flag-for-header-entry'] },
  checkCatalog(catalog, _context, report) {
    const header = poHeader(catalog);
    if (!header) return;
    if (header.position > 0) report(undefined, { span: header.span, severity: 'warning', message: `the header entry comes after ${header.position} other entr${header.position === 1 ? 'y' : 'ies'}; put it first` });
    for (const span of header.duplicates) report(undefined, { span, message: 'a second header entry (msgid "") — gettext uses only the first' });
    if (header.flags.has('fuzzy')) report(undefined, { span: header.span, severity: 'info', message: 'the header is marked fuzzy; msgfmt ignores a fuzzy header, so Plural-Forms and charset are lost' });
    for (const flag of header.flags) if (flag !== 'fuzzy') report(undefined, { span: header.span, severity: 'warning', message: `unexpected flag "${flag}" on the header entry` });
  },
});
