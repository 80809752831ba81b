/** Inline Markdown (CommonMark + GFM): links, reference links, emphasis, code spans. */

export interface MarkdownLink {
  text: string;
  start: number;
  /** Link text (translatable). */
  label: string;
  /** Destination URL, or the reference id for reference links. */
  target: string;
  image: boolean;
}

const INLINE_LINK = /(!?)\[((?:[^[\]\\]|\\.|\[[^[\]]*\])*)\]\(\s*(?:<([^<>\n]*)>|((?:[^\s()\\]|\\.|\([^\s()]*\))*))(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\s*\)/g;
const AUTOLINK = /<((?:https?|ftp|mailto):[^\s<>]+)>/g;
const REFERENCE_LINK = /(!?)\[((?:[^[\]\\]|\\.)*)\]\[((?:[^[\]\\]|\\.)*)\]/g;
const DEFINITION = /^ {0,3}\[((?:[^[\]\\]|\\.)+)\]:\s*(\S+)/gm;

export function markdownLinks(text: string): MarkdownLink[] {
  const found: MarkdownLink[] = [];
  if (text.includes('](')) {
    INLINE_LINK.lastIndex = 0;
    for (let m = INLINE_LINK.exec(text); m; m = INLINE_LINK.exec(text)) {
      found.push({ text: m[0], start: m.index, label: m[2]!, target: (m[3] ?? m[4] ?? '').trim(), image: m[1] === '!' });
    }
  }
  if (text.includes('<')) {
    AUTOLINK.lastIndex = 0;
    for (let m = AUTOLINK.exec(text); m; m = AUTOLINK.exec(text)) found.push({ text: m[0], start: m.index, label: m[1]!, target: m[1]!, image: false });
  }
  return found;
}

/** Normalizes a reference label as CommonMark matches it: case-folded, inner whitespace collapsed. */
export function referenceId(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `[text][id]` references (with an explicit id) and `[id]: url` definitions. */
export function markdownReferences(text: string): { references: MarkdownLink[]; definitions: MarkdownLink[] } {
  const references: MarkdownLink[] = [];
  const definitions: MarkdownLink[] = [];
  if (!text.includes('][') && !text.includes(']:')) return { references, definitions };
  REFERENCE_LINK.lastIndex = 0;
  for (let m = REFERENCE_LINK.exec(text); m; m = REFERENCE_LINK.exec(text)) {
    // `[text][]` uses the text as its id; translating the text is then the translator's call.
    if (m[3]!.trim() === '') continue;
    references.push({ text: m[0], start: m.index, label: m[2]!, target: referenceId(m[3]!), image: m[1] === '!' });
  }
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(text); m; m = DEFINITION.exec(text)) definitions.push({ text: m[0].trim(), start: m.index, label: m[1]!, target: referenceId(m[1]!), image: false });
  return { references, definitions };
}

export type MarkdownSyntax = 'code' | 'bold' | 'italic' | 'strikethrough';

const CODE_SPAN = /(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;
const STRONG = /(\*\*|__)(?=[^\s*_])([\s\S]*?[^\s\\])\1/g;
const STRIKE = /~~(?=\S)([\s\S]*?\S)~~/g;
// Emphasis needs a non-space right inside each delimiter, so "2 * 3 * 4" is arithmetic; `_` inside words (snake_case) is not emphasis.
const EMPHASIS_STAR = /(?<![*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?!\*)/g;
const EMPHASIS_UNDERSCORE = /(?<![_\p{L}\p{N}\\])_(?=[^\s_])([^_\n]*?[^\s_\\])_(?![_\p{L}\p{N}])/gu;

/** How many of each inline syntax `text` uses; code span contents are listed too. */
export function markdownSyntax(text: string): { counts: Map<MarkdownSyntax, number>; code: string[] } {
  const counts = new Map<MarkdownSyntax, number>();
  const code: string[] = [];
  if (!/[*_`~]/.test(text)) return { counts, code };
  const add = (kind: MarkdownSyntax) => counts.set(kind, (counts.get(kind) ?? 0) + 1);
  let rest = text;
  if (rest.includes('`')) {
    rest = rest.replace(CODE_SPAN, (_m, _ticks, content: string) => {
      add('code');
      code.push(content.trim());
      return '\uE000';
    });
  }
  if (rest.includes('**') || rest.includes('__')) {
    // The bold text stays, so emphasis inside it is still counted.
    rest = rest.replace(STRONG, (_m, _d, inner: string) => {
      add('bold');
      return ` ${inner} `;
    });
  }
  if (rest.includes('~~')) {
    rest = rest.replace(STRIKE, (_m, inner: string) => {
      add('strikethrough');
      return ` ${inner} `;
    });
  }
  if (rest.includes('*')) rest = rest.replace(EMPHASIS_STAR, () => (add('italic'), ' '));
  if (rest.includes('_')) for (const _ of rest.matchAll(EMPHASIS_UNDERSCORE)) add('italic');
  return { counts, code };
}
