import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** What an ICU MessageFormat message is made of, for comparing a source with a translation. */
export interface IcuStructure {
  /** Argument name -> kind (`argument`, `number`, `date`, `time`, `select`, `plural`, `selectordinal`). */
  arguments: Map<string, string>;
  /** Plural/selectordinal arguments with the category keys each uses (`=0` keys included). */
  plurals: { name: string; ordinal: boolean; keys: string[] }[];
  selects: { name: string; keys: string[] }[];
  /** Rich-text tag names (`<b>…</b>`), in order. */
  tags: string[];
}

export type IcuParse = { ok: true; structure: IcuStructure } | { ok: false; message: string; offset: number };

const MAX_BRACE_DEPTH = 50;

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'argument', [TYPE.number]: 'number', [TYPE.date]: 'date', [TYPE.time]: 'time', [TYPE.select]: 'select', [TYPE.plural]: 'plural',
};

/** Parses `text` as ICU MessageFormat; never throws. Deep nesting is refused before parsing. */
export function parseIcu(text: string): IcuParse {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{' && ++depth > MAX_BRACE_DEPTH) return { ok: false, message: `braces nested more than ${MAX_BRACE_DEPTH} deep`, offset: i };
    if (char === '}') depth--;
  }
  let elements: MessageFormatElement[];
  try {
    elements = parse(text, { requiresOtherClause: true });
  } catch (error) {
    const location = (error as { location?: { start?: { offset?: number } } }).location;
    return { ok: false, message: describeError((error as Error).message), offset: location?.start?.offset ?? 0 };
  }
  const structure: IcuStructure = { arguments: new Map(), plurals: [], selects: [], tags: [] };
  collect(elements, structure);
  return { ok: true, structure };
}

function collect(elements: MessageFormatElement[], structure: IcuStructure): void {
  for (const element of elements) {
    if (element.type === TYPE.tag) {
      structure.tags.push(element.value);
      collect(element.children, structure);
      continue;
    }
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    let kind = KIND[element.type] ?? 'argument';
    if (element.type === TYPE.plural && element.pluralType === 'ordinal') kind = 'selectordinal';
    if (!structure.arguments.has(element.value)) structure.arguments.set(element.value, kind);
    if (element.type === TYPE.plural) {
      structure.plurals.push({ name: element.value, ordinal: element.pluralType === 'ordinal', keys: Object.keys(element.options) });
      for (const option of Object.values(element.options)) collect(option.value, structure);
    } else if (element.type === TYPE.select) {
      structure.selects.push({ name: element.value, keys: Object.keys(element.options) });
      for (const option of Object.values(element.options)) collect(option.value, structure);
    }
  }
}

function describeError(code: string): string {
  return code.toLowerCase().replace(/_/g, ' ');
}

/** Whether a string is plausibly an ICU message with arguments (for formats that do not say). */
export function looksLikeIcu(text: string): boolean {
  return /\{\s*[\p{L}_][\p{L}\p{N}_]*\s*(?:,\s*(?:plural|select|selectordinal|number|date|time)\b[^{}]*)?[},]/u.test(text);
}
