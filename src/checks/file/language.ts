import { defineCheck } from '../../core/check.js';
import { languageOf, localeFromPath, normalizeLocale } from '../../core/locale.js';
import { isTemplate, poHeader } from './po-header.js';

export default defineCheck({
  id: 'file/language',
  severity: 'warning',
  summary: 'the declared language is invalid, carries an encoding, or disagrees with the file path',
  peers: { i18nspector: ['invalid-language', 'language-disparity', 'unable-to-determine-language', 'encoding-in-language-header-field'] },
  checkCatalog(catalog, _context, report) {
    const header = poHeader(catalog);
    if (!header || isTemplate(catalog)) return;
    const declared = header.fields.get('language');
    if (declared === undefined || declared === '') {
      if (catalog.locale === 'und') report(undefined, { span: header.span, message: 'no Language header and the path names no language: set Language (e.g. "Language: pt_BR")' });
      return;
    }
    if (/\.[\w-]+$/.test(declared) && !/@/.test(declared)) report(undefined, { span: header.span, message: `Language "${declared}" includes an encoding; write "${declared.replace(/\.[\w-]+$/, '')}"` });
    const locale = normalizeLocale(declared);
    if (!locale) {
      report(undefined, { span: header.span, message: `Language "${declared}" is not a language code (examples: de, pt_BR, sr@latin)` });
      return;
    }
    const fromPath = localeFromPath(catalog.document.path);
    if (fromPath && languageOf(fromPath) !== languageOf(locale)) report(undefined, { span: header.span, message: `Language "${declared}" disagrees with the path, which names ${fromPath}` });
  },
});
