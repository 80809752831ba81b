/** C-style string literal escapes, as used by gettext PO files. */

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', '"': '"', "'": "'", '?': '?',
};

export interface LiteralResult {
  value: string;
  /** Index just past the closing quote. */
  end: number;
}

export class LiteralError extends Error {
  constructor(message: string, readonly index: number) {
    super(message);
  }
}

/** Reads a `"..."` literal that starts at `text[start]` (which must be `"`) and ends before `limit`. */
export function readCString(text: string, start: number, limit: number): LiteralResult {
  let value = '';
  let i = start + 1;
  let chunkStart = i;
  while (i < limit) {
    const char = text.charCodeAt(i);
    if (char === 0x22) {
      value += text.slice(chunkStart, i);
      return { value, end: i + 1 };
    }
    if (char === 0x5c) {
      value += text.slice(chunkStart, i);
      const next = text[i + 1];
      if (next === undefined || i + 1 >= limit) throw new LiteralError('backslash at end of line', i);
      const simple = SIMPLE_ESCAPES[next];
      if (simple !== undefined) {
        value += simple;
        i += 2;
      } else if (next >= '0' && next <= '7') {
        const match = /^[0-7]{1,3}/.exec(text.slice(i + 1, Math.min(limit, i + 4)))!;
        value += String.fromCharCode(parseInt(match[0], 8));
        i += 1 + match[0].length;
      } else if (next === 'x') {
        const match = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 2, Math.min(limit, i + 4)));
        if (!match) throw new LiteralError('\\x is not followed by hex digits', i);
        value += String.fromCharCode(parseInt(match[0], 16));
        i += 2 + match[0].length;
      } else {
        throw new LiteralError(`invalid escape sequence "\\${next}"`, i);
      }
      chunkStart = i;
      continue;
    }
    i++;
  }
  throw new LiteralError('string is not terminated by a closing quote', start);
}

/** Escapes a value as the body of a C string literal (without quotes). */
export function escapeCString(value: string): string {
  let out = '';
  for (const char of value) {
    switch (char) {
      case '\\': out += '\\\\'; break;
      case '"': out += '\\"'; break;
      case '\n': out += '\\n'; break;
      case '\t': out += '\\t'; break;
      case '\r': out += '\\r'; break;
      case '\x07': out += '\\a'; break;
      case '\b': out += '\\b'; break;
      case '\f': out += '\\f'; break;
      case '\v': out += '\\v'; break;
      default: out += char;
    }
  }
  return out;
}
