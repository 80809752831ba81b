import { defineCheck } from '../../core/check.js';
import { NON_ASCII_COMPATIBLE, PORTABLE_ENCODINGS } from './conventions.js';

const CHARSET = /charset\s*=\s*([^\s;]+)/i;
const NON_ASCII = /[^\x00-\x7f]/;
// `Language: fr_FR.UTF-8`: a locale name with a codeset.
const ENCODING_IN_LANGUAGE = /^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]+)*\.[A-Za-z0-9_-]+/;

export default defineCheck({
  id: 'chars/encoding-declared',
  severity: 'error',
  summary: 'the PO header declares no charset, a placeholder, a non-portable one, or one the text does not fit',
  peers: {
    poexam: ['encoding'],
    i18nspector: ['unknown-encoding', 'non-portable-encoding', 'non-ascii-compatible-encoding', 'unrepresentable-characters', 'encoding-in-language-header-field'],
  },
  checkCatalog(catalog, _context, report) {
    if (catalog.format !== 'po' || !catalog.header) return;
    const { fields, span } = catalog.header;
    const text = catalog.document.text;
    const contentType = fields.get('content-type');
    const declared = contentType === undefined ? undefined : CHARSET.exec(contentType)?.[1];
    const nonAscii = NON_ASCII.test(text);
    if (declared === undefined) {
      if (nonAscii) report(undefined, { span, message: 'no charset in the Content-Type header, but the file has non-ASCII text; declare "charset=UTF-8"' });
    } else if (declared.toUpperCase() === 'CHARSET') {
      if (nonAscii) report(undefined, { span, message: 'the charset is still the template placeholder "CHARSET"; declare "charset=UTF-8"' });
    } else if (NON_ASCII_COMPATIBLE.test(declared)) {
      report(undefined, { span, message: `charset "${declared}" is not ASCII-compatible; gettext cannot read PO files in it` });
    } else if (!PORTABLE_ENCODINGS.has(declared.toUpperCase())) {
      report(undefined, { span, severity: 'warning', message: `charset "${declared}" is not portable; gettext tools expect a name such as "UTF-8"` });
    }
    if (catalog.document.encoding !== 'utf8' && text.includes('\ufffd')) {
      report(undefined, { span, message: `the file has bytes that are not valid ${declared ?? catalog.document.encoding}; re-encode it or fix the charset` });
    } else if (declared && /^(?:US-)?ASCII$|^ANSI_X3\.4-1968$/i.test(declared) && nonAscii) {
      report(undefined, { span, message: `charset "${declared}" cannot represent the non-ASCII characters of the file; declare "charset=UTF-8"` });
    }
    const language = fields.get('language');
    if (language && ENCODING_IN_LANGUAGE.test(language.trim())) {
      report(undefined, { span, severity: 'warning', message: `the Language header "${language.trim()}" carries an encoding; write the language only ("${language.trim().split('.')[0]}")` });
    }
  },
});
