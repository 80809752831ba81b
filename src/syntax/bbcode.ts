/** BBCode tags (`[b]`, `[/b]`, `[url=…]`, `[color=red]`, `[*]`); footnote marks like `[1]` are not tags. */

export interface BbTag {
  text: string;
  start: number;
  name: string;
  closing: boolean;
  /** The `=value` part (a URL, a colour), compared as written. */
  value: string | undefined;
}

const TAG = /\[(\/?)([A-Za-z][A-Za-z0-9]*|\*)(?:=([^\]\n]*))?\]/g;

/** Tag names in common BBCode dialects (phpBB, vBulletin, Godot, Steam). */
export const BBCODE_TAGS = new Set([
  'b', 'i', 'u', 's', 'url', 'img', 'quote', 'code', 'color', 'colour', 'size', 'font', 'list', '*', 'li', 'ul', 'ol', 'center', 'left', 'right', 'justify',
  'email', 'table', 'tr', 'td', 'th', 'sup', 'sub', 'spoiler', 'h1', 'h2', 'h3', 'hr', 'strike', 'indent', 'youtube', 'noparse', 'fill', 'bgcolor',
  'wave', 'shake', 'rainbow', 'fade', 'tornado', 'outline_color', 'outline_size', 'lb', 'rb', 'hint', 'cell', 'p', 'br', 'url', 'kbd',
]);

export function bbTags(text: string): BbTag[] {
  if (!text.includes('[')) return [];
  const found: BbTag[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const name = m[2]!.toLowerCase();
    if (!BBCODE_TAGS.has(name)) continue;
    found.push({ text: m[0], start: m.index, name, closing: m[1] === '/', value: m[3] });
  }
  return found;
}

/** A closing tag of a known name: the string really uses BBCode. */
export function looksLikeBbcode(text: string): boolean {
  return text.includes('[/') && bbTags(text).some((tag) => tag.closing);
}
