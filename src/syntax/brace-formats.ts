/** Brace placeholder syntaxes other than Python's: Perl brace, .NET composite format, Java MessageFormat. */

export interface BracePlaceholder {
  text: string;
  start: number;
  /** Name or index of the argument. */
  argument: string;
  /** Format type as written (`number`, `N2`, ...); '' when none. */
  type: string;
}

export interface BraceParse {
  placeholders: BracePlaceholder[];
  /** Syntax errors the runtime would throw on. */
  errors: { message: string; offset: number }[];
}

const PERL_BRACE = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** gettext perl-brace-format: `{name}` with an identifier inside (Locale::TextDomain's `__x`). */
export function perlBracePlaceholders(text: string): BracePlaceholder[] {
  if (!text.includes('{')) return [];
  const found: BracePlaceholder[] = [];
  PERL_BRACE.lastIndex = 0;
  for (let match = PERL_BRACE.exec(text); match; match = PERL_BRACE.exec(text)) found.push({ text: match[0], start: match.index, argument: match[1]!, type: '' });
  return found;
}

const CSHARP_ITEM = /^\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?(?::([^{}]*))?$/;

/** .NET `String.Format`: `{0}`, `{0,-10}`, `{0:N2}`; `{{` and `}}` are literal braces. */
export function parseCsharpFormat(text: string): BraceParse {
  const result: BraceParse = { placeholders: [], errors: [] };
  if (!text.includes('{') && !text.includes('}')) return result;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '}') {
      if (text[i + 1] === '}') i++;
      else result.errors.push({ message: 'a lone "}" (write "}}" for a literal brace)', offset: i });
      continue;
    }
    if (c !== '{') continue;
    if (text[i + 1] === '{') {
      i++;
      continue;
    }
    const close = text.indexOf('}', i + 1);
    const nextOpen = text.indexOf('{', i + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      result.errors.push({ message: 'a lone "{" (write "{{" for a literal brace)', offset: i });
      continue;
    }
    const inner = text.slice(i + 1, close);
    const item = CSHARP_ITEM.exec(inner);
    if (item) result.placeholders.push({ text: text.slice(i, close + 1), start: i, argument: item[1]!, type: item[3] ?? '' });
    else result.errors.push({ message: `"{${inner}}" is not a format item (expected {0}, {0,10} or {0:N2})`, offset: i });
    i = close;
  }
  return result;
}

export interface JavaMessageFormatParse extends BraceParse {
  /** Offsets of single apostrophes (not `''`): MessageFormat swallows them and quotes what follows. */
  loneApostrophes: number[];
  /** `{n}` written inside a quoted section, so printed literally instead of replaced. */
  quotedArguments: string[];
}

const JAVA_ARGUMENT = /^\s*(\d+)\s*(?:,\s*([A-Za-z]+)\s*(?:,([\s\S]*))?)?$/;
const QUOTED_ARGUMENT = /\{\s*\d+\s*(?:,[^{}]*)?\}/g;

/**
 * java.text.MessageFormat: `{0}`, `{1,number,#.##}`, `{0,choice,0#none|1#one|1<{0} files}`.
 * A single `'` starts a quoted (literal) section; `''` is one apostrophe.
 */
export function parseJavaMessageFormat(text: string): JavaMessageFormatParse {
  const result: JavaMessageFormatParse = { placeholders: [], errors: [], loneApostrophes: [], quotedArguments: [] };
  if (!text.includes('{') && !text.includes("'")) return result;
  let quoteStart = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      if (text[i + 1] === "'") {
        i++;
        continue;
      }
      result.loneApostrophes.push(i);
      if (quoteStart < 0) quoteStart = i;
      else {
        collectQuoted(text.slice(quoteStart, i), result);
        quoteStart = -1;
      }
      continue;
    }
    if (quoteStart >= 0 || c !== '{') continue;
    const close = matchingBrace(text, i);
    if (close < 0) {
      result.errors.push({ message: 'unmatched "{"', offset: i });
      break;
    }
    const inner = text.slice(i + 1, close);
    const argument = JAVA_ARGUMENT.exec(inner);
    if (!argument) result.errors.push({ message: `"{${inner}}" is not a MessageFormat argument (expected {0} or {0,number})`, offset: i });
    else {
      const type = (argument[2] ?? '').toLowerCase();
      result.placeholders.push({ text: text.slice(i, close + 1), start: i, argument: argument[1]!, type });
      // Choice formats hold nested patterns with their own arguments.
      if (type === 'choice' && argument[3]) for (const nested of parseJavaMessageFormat(argument[3]).placeholders) result.placeholders.push({ ...nested, start: i });
    }
    i = close;
  }
  if (quoteStart >= 0) collectQuoted(text.slice(quoteStart), result);
  return result;
}

function collectQuoted(quoted: string, result: JavaMessageFormatParse): void {
  QUOTED_ARGUMENT.lastIndex = 0;
  for (let match = QUOTED_ARGUMENT.exec(quoted); match; match = QUOTED_ARGUMENT.exec(quoted)) result.quotedArguments.push(match[0]);
}

/** Index of the `}` closing the `{` at `open`, skipping nested braces and quoted text; -1 if none. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      if (text[i + 1] === "'") i++;
      else quoted = !quoted;
    } else if (!quoted && c === '{') depth++;
    else if (!quoted && c === '}' && --depth === 0) return i;
  }
  return -1;
}

const JAVA_HINT = /\{\s*\d+\s*(?:,[^{}]*)?\}/;

/** Whether `text` holds a MessageFormat argument (`{0}`, `{1,number}`): Weblate's `auto-java-messageformat`. */
export function hasJavaArgument(text: string): boolean {
  return text.includes('{') && JAVA_HINT.test(text);
}
