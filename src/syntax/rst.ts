/** Inline reStructuredText: roles, hyperlink references, literals, substitutions, footnote references. */

export interface RstItem {
  text: string;
  start: number;
  /** What must survive translation: `:ref:getting-started`, `link:https://…`, `literal:x`, `|name|`, `[1]_`. */
  key: string;
}

// Roles whose content is text for people (Sphinx): translated, so only the role itself is compared.
const TRANSLATABLE_ROLES = new Set(['guilabel', 'menuselection', 'abbr', 'dfn', 'sup', 'sub', 'emphasis', 'strong', 'title-reference', 't', 'kbd', 'index', 'sup', 'sub']);

const ROLE = /(?<![\w`]):([A-Za-z][\w.+-]*(?::[A-Za-z][\w.+-]*)?):`((?:[^`\\]|\\.)+)`/g;
const REFERENCE = /(?<![\w`:])`((?:[^`\\]|\\.)+)`(__?)(?![\w])/g;
const LITERAL = /``(?=\S)([\s\S]*?\S)``/g;
const SUBSTITUTION = /(?<![\w|])\|(?=\S)([^|\n]*?\S)\|(?:__?)?(?![\w|])/g;
const FOOTNOTE = /(?<![\w\]])\[(#?[\w.-]*|\*)\]_(?![\w])/g;
const EXPLICIT_TARGET = /^([\s\S]*?)\s*<([^<>]+)>$/;
const BARE_ROLE = /(?<![\w`]):([A-Za-z][\w.+-]*(?::[A-Za-z][\w.+-]*)?):(?!`)/g;

export function rstItems(text: string): RstItem[] {
  const found: RstItem[] = [];
  if (!/[`|\]]/.test(text)) return found;
  let rest = text;
  const blank = (start: number, length: number) => {
    rest = rest.slice(0, start) + ' '.repeat(length) + rest.slice(start + length);
  };
  if (rest.includes('``')) {
    for (const m of [...rest.matchAll(LITERAL)]) {
      found.push({ text: m[0], start: m.index, key: `literal:${m[1]}` });
      blank(m.index, m[0].length);
    }
  }
  if (rest.includes(':`')) {
    for (const m of [...rest.matchAll(ROLE)]) {
      const role = m[1]!.replace(/^(?:std|py|c|cpp|js|rst):/, '');
      const explicit = EXPLICIT_TARGET.exec(m[2]!);
      let key: string;
      if (TRANSLATABLE_ROLES.has(role)) key = `:${role}:`;
      else key = `:${role}:${(explicit ? explicit[2]! : m[2]!).trim()}`;
      found.push({ text: m[0], start: m.index, key });
      blank(m.index, m[0].length);
    }
  }
  for (const m of [...rest.matchAll(REFERENCE)]) {
    const explicit = EXPLICIT_TARGET.exec(m[1]!);
    // `Text <https://x>`_ keeps its URL; `Name`_ and `Text <Name_>`_ point at the target "Name".
    const target = explicit ? explicit[2]!.replace(/_$/, '').trim() : m[1]!.trim();
    found.push({ text: m[0], start: m.index, key: `link:${explicit && /^[a-z]+:\/\//i.test(target) ? target : target.toLowerCase().replace(/\s+/g, ' ')}` });
    blank(m.index, m[0].length);
  }
  for (const m of rest.matchAll(SUBSTITUTION)) found.push({ text: m[0], start: m.index, key: `|${m[1]}|` });
  for (const m of rest.matchAll(FOOTNOTE)) found.push({ text: m[0], start: m.index, key: `[${m[1]}]_` });
  return found;
}

/** Backticks left over once every literal, role and reference is read: unbalanced markup. */
export function strayBackticks(text: string): number {
  if (!text.includes('`')) return 0;
  const rest = text.replace(LITERAL, '').replace(ROLE, '').replace(REFERENCE, '');
  let count = 0;
  for (const c of rest) if (c === '`') count++;
  return count;
}

/** Roles written without their backticks (`:ref: intro`). */
export function bareRoles(text: string): string[] {
  if (!text.includes(':')) return [];
  return [...text.matchAll(BARE_ROLE)].map((m) => `:${m[1]}:`);
}
