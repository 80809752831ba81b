import { defineCheck } from '../../core/check.js';
import { memoText, type Unit } from '../../core/unit.js';
import { tagLikes } from '../../syntax/markup.js';
import { translatedForms } from '../source-for-form.js';

// Elements that run code, load other documents or change the page: never harmless in a translation.
const DANGEROUS_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'meta', 'link', 'base', 'form', 'style', 'svg', 'math', 'template', 'noscript', 'xmp', 'plaintext']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'data', 'codebase', 'cite', 'lowsrc', 'dynsrc']);
const SCRIPT_URL = /^\s*(?:javascript|vbscript|livescript)\s*:|^\s*data\s*:\s*text\/html/i;
// Ammonia's default allowlist (what Weblate's safe-html keeps), minus the rarely used table and list internals.
const ALLOWED = new Set(['a', 'abbr', 'acronym', 'area', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'data', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'map', 'mark', 'nav', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'rtc', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr']);

/** Everything unsafe in `text`, each as a short description such as `<script>` or `onerror=`. */
function unsafeParts(text: string, strict: boolean): string[] {
  const parts: string[] = [];
  for (const tag of tagLikes(text)) {
    const name = tag.name.toLowerCase();
    if (tag.kind === 'close') continue;
    if (DANGEROUS_ELEMENTS.has(name)) parts.push(`<${name}>`);
    else if (strict && !ALLOWED.has(name)) parts.push(`<${name}> (not an allowed element)`);
    for (const attribute of tag.attributes) {
      const attributeName = attribute.name.toLowerCase();
      if (/^on[a-z]+$/.test(attributeName)) parts.push(`${attributeName}= on <${name}>`);
      else if (attributeName === 'srcdoc') parts.push(`srcdoc= on <${name}>`);
      else if (attribute.value !== undefined && URL_ATTRIBUTES.has(attributeName) && SCRIPT_URL.test(attribute.value)) parts.push(`a script URL in ${attributeName}= on <${name}>`);
      else if (attributeName === 'style' && attribute.value !== undefined && /expression\s*\(|url\s*\(\s*['"]?\s*javascript:/i.test(attribute.value)) parts.push(`script in style= on <${name}>`);
    }
  }
  return parts;
}

const MAYBE_UNSAFE = /<|javascript:/i;

export default defineCheck({
  id: 'markup/safe-html',
  severity: 'error',
  summary: 'the translation adds unsafe HTML: <script>, <iframe>, event handlers (onerror=), javascript: URLs',
  peers: { weblate: ['safe-html'] },
  appliesTo: (unit) => unit.targets.some((target) => MAYBE_UNSAFE.test(target)),
  check(unit: Unit, _context, report) {
    // Weblate's `safe-html` flag says the text is rendered as HTML: then only allowlisted elements may be added.
    const strict = unit.flags.has('safe-html') || unit.formats.has('html');
    const parts = (text: string) => memoText(unit, strict ? 'unsafe:true' : 'unsafe:false', text, () => unsafeParts(text, strict));
    for (const { form, source, target } of translatedForms(unit)) {
      const allowed = new Set(parts(source));
      const added = [...new Set(parts(target))].filter((part) => !allowed.has(part));
      if (added.length) report({ form, message: `unsafe HTML not in the source: ${added.join(', ')}` });
    }
  },
});
