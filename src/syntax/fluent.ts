/**
 * Project Fluent patterns: placeables (`{ $var }`, `{ -term }`, `{ msg.attr }`,
 * `{ NUMBER($n) }`), select expressions (`{ $n -> [one] … *[other] … }`) and their syntax errors.
 */

export interface FluentVariant {
  key: string;
  isDefault: boolean;
  pattern: FluentPattern;
}

export interface FluentSelect {
  /** The reference the select switches on (`$n`, `-brand.gender`), if any. */
  selector: string | undefined;
  variants: FluentVariant[];
}

export interface FluentPattern {
  /** References in this pattern's own placeables (not inside variants). */
  refs: string[];
  selects: FluentSelect[];
}

export interface FluentParse {
  pattern: FluentPattern;
  errors: { message: string; offset: number }[];
}

class Parser {
  pos = 0;
  readonly errors: { message: string; offset: number }[] = [];
  constructor(readonly text: string) {}

  fail(message: string, offset = this.pos): void {
    this.errors.push({ message, offset });
  }

  skipBlank(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  /** At the start of a variant: `[key]` or `*[key]` after a line break or right after `->`. */
  atVariant(): boolean {
    let i = this.pos;
    while (i < this.text.length && /[ \t]/.test(this.text[i]!)) i++;
    return this.text[i] === '[' || (this.text[i] === '*' && this.text[i + 1] === '[');
  }

  pattern(inVariant: boolean): FluentPattern {
    const pattern: FluentPattern = { refs: [], selects: [] };
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!;
      if (c === '{') {
        this.placeable(pattern);
        continue;
      }
      if (c === '}') {
        if (inVariant) break;
        this.fail('a "}" that closes nothing (write {"}"} for a literal brace)');
        this.pos++;
        continue;
      }
      if (inVariant && c === '\n') {
        this.pos++;
        if (this.atVariant()) break;
        continue;
      }
      this.pos++;
    }
    return pattern;
  }

  identifier(): string {
    const match = /^[A-Za-z][\w-]*/.exec(this.text.slice(this.pos, this.pos + 200));
    if (!match) return '';
    this.pos += match[0].length;
    return match[0];
  }

  /** An inline expression; returns the reference it makes (if any) and collects references in call arguments. */
  expression(refs: string[]): string | undefined {
    const c = this.text[this.pos];
    if (c === '"') {
      const end = /^"(?:[^"\\\n]|\\.)*"/.exec(this.text.slice(this.pos));
      if (!end) {
        this.fail('unterminated string literal');
        this.pos = this.text.length;
        return undefined;
      }
      this.pos += end[0].length;
      return undefined;
    }
    if (c === '{') {
      this.placeable({ refs, selects: [] });
      return undefined;
    }
    const number = /^-?\d+(?:\.\d+)?/.exec(this.text.slice(this.pos, this.pos + 40));
    if (number) {
      this.pos += number[0].length;
      return undefined;
    }
    let ref: string | undefined;
    if (c === '$') {
      this.pos++;
      const name = this.identifier();
      if (!name) this.fail('"$" without a variable name');
      ref = `$${name}`;
    } else if (c === '-') {
      this.pos++;
      const name = this.identifier();
      if (!name) this.fail('"-" without a term name');
      ref = `-${name}`;
    } else {
      const name = this.identifier();
      if (!name) {
        this.fail('a placeable must hold a variable, term, message, string or number');
        return undefined;
      }
      ref = name;
    }
    if (this.text[this.pos] === '.' && ref[0] !== '$') {
      this.pos++;
      ref += `.${this.identifier()}`;
    }
    if (this.text[this.pos] === '(') {
      this.callArguments(refs);
      // A function call (NUMBER, DATETIME) is not itself a reference; a parameterized term still is.
      if (/^[A-Z][A-Z0-9_-]*$/.test(ref)) return undefined;
    }
    return ref;
  }

  callArguments(refs: string[]): void {
    this.pos++; // (
    while (this.pos < this.text.length && this.text[this.pos] !== ')') {
      this.skipBlank();
      if (this.text[this.pos] === ')') break;
      const named = /^[A-Za-z][\w-]*\s*:/.exec(this.text.slice(this.pos, this.pos + 100));
      if (named) {
        this.pos += named[0].length;
        this.skipBlank();
      }
      const before = this.pos;
      const ref = this.expression(refs);
      if (ref) refs.push(ref);
      this.skipBlank();
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.pos === before) {
        this.fail('bad function argument');
        break;
      }
    }
    if (this.text[this.pos] === ')') this.pos++;
    else this.fail('unclosed "(" in a function call');
  }

  placeable(into: FluentPattern): void {
    const open = this.pos;
    this.pos++;
    this.skipBlank();
    const ref = this.expression(into.refs);
    this.skipBlank();
    if (this.text.startsWith('->', this.pos)) {
      this.pos += 2;
      into.selects.push(this.variants(ref, open));
    } else if (ref) into.refs.push(ref);
    this.skipBlank();
    if (this.text[this.pos] === '}') this.pos++;
    else {
      this.fail('a "{" that is never closed', open);
      this.pos = this.text.length;
    }
  }

  variants(selector: string | undefined, open: number): FluentSelect {
    const select: FluentSelect = { selector, variants: [] };
    for (;;) {
      this.skipBlank();
      const isDefault = this.text[this.pos] === '*';
      if (isDefault) this.pos++;
      if (this.text[this.pos] !== '[') break;
      const close = this.text.indexOf(']', this.pos);
      if (close < 0) {
        this.fail('unclosed variant key "["');
        this.pos = this.text.length;
        break;
      }
      const key = this.text.slice(this.pos + 1, close).trim();
      this.pos = close + 1;
      select.variants.push({ key, isDefault, pattern: this.pattern(true) });
    }
    const defaults = select.variants.filter((variant) => variant.isDefault).length;
    if (select.variants.length === 0) this.fail('a select expression without variants', open);
    else if (defaults !== 1) this.fail(defaults === 0 ? 'a select expression needs one default variant marked with "*"' : 'a select expression has more than one default variant', open);
    return select;
  }
}

export function parseFluent(text: string): FluentParse {
  const parser = new Parser(text);
  const pattern = parser.pattern(false);
  return { pattern, errors: parser.errors };
}

/**
 * References every rendering shows: the pattern's own, plus those in all variants of a select.
 * A variant of a select on `$n` counts as showing `$n` when another variant does (`[one] an apple`).
 */
export function guaranteedRefs(pattern: FluentPattern): Set<string> {
  const refs = new Set(pattern.refs);
  for (const select of pattern.selects) {
    const perVariant = select.variants.map((variant) => guaranteedRefs(variant.pattern));
    const selectorShown = select.selector !== undefined && perVariant.some((set) => set.has(select.selector!));
    if (selectorShown) for (const set of perVariant) set.add(select.selector!);
    const [first, ...rest] = perVariant;
    if (!first) continue;
    for (const ref of first) if (rest.every((set) => set.has(ref))) refs.add(ref);
  }
  return refs;
}

/** Every reference anywhere, with selectors listed separately. */
export function allRefs(pattern: FluentPattern, into = { shown: new Set<string>(), selectors: new Set<string>() }): { shown: Set<string>; selectors: Set<string> } {
  for (const ref of pattern.refs) into.shown.add(ref);
  for (const select of pattern.selects) {
    if (select.selector) into.selectors.add(select.selector);
    for (const variant of select.variants) allRefs(variant.pattern, into);
  }
  return into;
}
