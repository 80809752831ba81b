/** HTML/XML-ish inline markup in message text: tags, entities, and which `<...>` are really tags. */

export interface Attribute {
  name: string;
  /** Undefined for a bare attribute (`<input disabled>`). */
  value: string | undefined;
}

export interface Tag {
  text: string;
  start: number;
  end: number;
  /** Element name as written. */
  name: string;
  kind: 'open' | 'close' | 'self';
  attributes: Attribute[];
}

// `<name attr="v" bare x=y>`, `</name>`, `<name/>`; the name must touch the `<` ("a < b" is no tag).
const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s=>/"'<]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=>/"'<]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ENTITY = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});/g;
// A tag that never closes its `>` ("</b" at the end, `<a href="x>`).
const BROKEN_TAG = /<\/?([A-Za-z][\w:.-]*)/g;

/**
 * Inline formatting elements that are markup even when unpaired (`Line<br>break`). Names that
 * usage strings use as prose placeholders (`<file>`, `<source>`, `<table>`, `<code>`, `<x>`) are
 * left out: those count as tags only when closed in the same string, self-closed or with attributes.
 */
export const KNOWN_ELEMENTS = new Set([
  'a', 'abbr', 'b', 'big', 'blink', 'blockquote', 'br', 'center', 'cite', 'dd', 'div', 'dl', 'dt', 'em', 'font',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'kbd', 'li', 'nobr', 'ol', 'p', 'pre', 'q', 's', 'small', 'span',
  'strike', 'strong', 'sub', 'sup', 'td', 'th', 'tr', 'tt', 'u', 'ul', 'wbr',
  // Android, Pango, GTK, DocBook, Qt rich text
  'xliff:g', 'annotation', 'guilabel', 'guimenu', 'guimenuitem', 'guibutton', 'keycap', 'emphasis', 'ulink', 'html:a', 'html:b', 'html:i', 'html:span',
]);

/** Elements that never have a closing tag in HTML. */
export const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

function parseAttributes(raw: string): Attribute[] {
  if (raw === '') return [];
  const attributes: Attribute[] = [];
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(raw); match; match = ATTRIBUTE.exec(raw)) {
    attributes.push({ name: match[1]!, value: match[2] ?? match[3] ?? match[4] });
  }
  return attributes;
}

/** Every `<...>` that is syntactically a tag, markup or not. */
export function tagLikes(text: string): Tag[] {
  if (!text.includes('<')) return [];
  const tags: Tag[] = [];
  TAG.lastIndex = 0;
  for (let match = TAG.exec(text); match; match = TAG.exec(text)) {
    const [whole, slash, name, rawAttributes = '', selfSlash] = match;
    const kind = slash ? 'close' : selfSlash ? 'self' : 'open';
    tags.push({ text: whole, start: match.index, end: match.index + whole.length, name: name!, kind, attributes: parseAttributes(rawAttributes.trim()) });
  }
  return tags;
}

/**
 * The tags of `text` that are markup rather than prose in angle brackets: `<b>`, `<a href>`,
 * `<x id="1"/>` are; `<process ID>` and `<Error>` (placeholder-like prose) are not, unless the
 * same string also closes them. `markupContext` (XML/HTML files, `xml-text`) makes every tag count.
 */
export function markupTags(text: string, markupContext = false): Tag[] {
  const candidates = tagLikes(text);
  if (candidates.length === 0 || markupContext) return candidates;
  let names: Set<string> | undefined;
  return candidates.filter((tag) => {
    if (KNOWN_ELEMENTS.has(tag.name.toLowerCase())) return true;
    if (tag.kind === 'self') return true;
    if (tag.attributes.some((attribute) => attribute.value !== undefined)) return true;
    names ??= new Set(candidates.map((t) => `${t.kind === 'close' ? '/' : ''}${t.name}`));
    return tag.kind === 'close' ? names.has(tag.name) : names.has(`/${tag.name}`);
  });
}

/** Whether the whole (trimmed) string is one bare tag such as `<Error>`: pofilter leaves those alone. */
export function isWholeStringTag(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.startsWith('<') || !trimmed.endsWith('>')) return false;
  const tags = tagLikes(trimmed);
  return tags.length === 1 && tags[0]!.text.length === trimmed.length && !trimmed.includes('=');
}

export interface Entity {
  text: string;
  start: number;
  end: number;
}

export function entities(text: string): Entity[] {
  if (!text.includes('&')) return [];
  const found: Entity[] = [];
  ENTITY.lastIndex = 0;
  for (let match = ENTITY.exec(text); match; match = ENTITY.exec(text)) found.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  return found;
}

/** Attributes whose values are text for people, so translations change them. */
export const TRANSLATABLE_ATTRIBUTES = new Set(['alt', 'title', 'placeholder', 'aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'label', 'summary', 'abbr', 'standby']);

/**
 * A comparable key for a tag: name, kind and attributes (sorted), with the values of
 * translatable attributes blanked, so `<img alt="Logo">` matches `<img alt="Logotipo">`.
 */
export function tagKey(tag: Tag, translatable: ReadonlySet<string> = TRANSLATABLE_ATTRIBUTES): string {
  const name = tag.name;
  if (tag.kind === 'close') return `</${name}>`;
  const lower = name.toLowerCase();
  const attributes = tag.attributes
    .map((attribute) => {
      const attributeName = attribute.name.toLowerCase();
      if (attribute.value === undefined) return attribute.name;
      if (translatable.has(attributeName)) return `${attribute.name}="…"`;
      // `%2$s` is `%s` moved by the translator; `name=«%s»` is `name='%s'` in a message that quotes XML.
      const value = attribute.value.replace(/%\d+\$/g, '%').replace(/^[«»“”„‘’‚]([^«»“”„‘’‚]*)[«»“”„‘’‚]$/u, '$1');
      return `${attribute.name}="${value}"`;
    })
    .sort();
  const body = [name, ...attributes].join(' ');
  // `<br>` and `<br/>` are the same element.
  return tag.kind === 'self' && !VOID_ELEMENTS.has(lower) ? `<${body}/>` : `<${body}>`;
}

/** Where a tag starts to be written but never ends (`</b` at the end, unclosed quotes). */
export function brokenTags(text: string, complete: readonly Tag[], names: ReadonlySet<string>): { text: string; start: number }[] {
  if (!text.includes('<')) return [];
  const broken: { text: string; start: number }[] = [];
  BROKEN_TAG.lastIndex = 0;
  for (let match = BROKEN_TAG.exec(text); match; match = BROKEN_TAG.exec(text)) {
    const start = match.index;
    const inside = complete.some((tag) => tag.start <= start && start < tag.end);
    if (inside || !names.has(match[1]!)) continue;
    const lineEnd = text.indexOf('\n', start);
    broken.push({ text: text.slice(start, Math.min(lineEnd < 0 ? text.length : lineEnd, start + 30)), start });
  }
  return broken;
}
