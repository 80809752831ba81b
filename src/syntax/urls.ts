/** Things in message text that must survive translation verbatim: URLs, e-mails, file paths, IP addresses. */

export interface Token {
  text: string;
  start: number;
  end: number;
}

const URL = /\b(?:(?:https?|ftps?|sftp|wss?|file|ssh|git|irc|smb|nfs):\/\/|www\.)[^\s<>"'«»“”‘’„‚`{}|\\^\u00a0\u3000]+/gi;
// The top-level domain is ASCII letters, so a case ending glued to it is not part of the address (Basque "x@y.org-ra", Korean "x@y.org로").
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}-]+\.)+[A-Za-z]{2,}(?![A-Za-z0-9_@]|\.[\p{L}\p{N}])/gu;
// Unix paths: the slash must not follow a letter, digit, `<`, a closing bracket or another path
// character, so "and/or", "km/h", "1/2", "(none)/x" and `</b>` are not paths; the first segment
// starts with an ASCII letter, `.`, `_` or `~`; paths are ASCII, so "/u의" (Korean particle) is "/u".
const UNIX_PATH = /(?<![\p{L}\p{M}\p{N}\p{Pd}_./\\:~<>*)\]|])(?:~|\.{1,2})?\/[A-Za-z_.~][A-Za-z0-9_.+@%~-]*(?:\/[A-Za-z0-9_.+@%~-]*)*/gu;
const WINDOWS_PATH = /(?<![\p{L}\p{N}])[A-Za-z]:\\(?:[^\\\s"'<>|*?«»“”]+\\?)*/gu;
const IPV4 = /(?<![\p{L}\p{N}_.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?:\/\d{1,2})?(?![\p{L}\p{N}_]|\.\d)/gu;
const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:){1,7}(?::|(?::[0-9A-Fa-f]{1,4}){1,7}|[0-9A-Fa-f]{1,4})(?![\w:])/g;
const VERSION_BEFORE = /(?<!\p{L})(?:version|ver\.?|v|release|build)\s*$/iu;
const TRAILING_PUNCTUATION = /[.,;:!?…'"»”’)\]}>]+$/;

function collect(text: string, pattern: RegExp): Token[] {
  const found: Token[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** Strips sentence punctuation glued to the end, keeping a closing bracket the URL itself opened. */
function trimTrailing(token: Token): Token {
  let value = token.text;
  const trailing = TRAILING_PUNCTUATION.exec(value);
  if (!trailing) return token;
  let cut = value.length - trailing[0].length;
  // Keep ")" when the URL has a matching "(": https://en.wikipedia.org/wiki/Foo_(bar)
  for (let i = cut; i < value.length; i++) {
    const c = value[i]!;
    const open = c === ')' ? '(' : c === ']' ? '[' : undefined;
    if (!open) break;
    const head = value.slice(0, i);
    if (head.split(open).length - 1 > head.split(c).length - 1) cut = i + 1;
    else break;
  }
  value = value.slice(0, cut);
  return { text: value, start: token.start, end: token.start + value.length };
}

export function urls(text: string): Token[] {
  if (!text.includes('://') && !/www\./i.test(text)) return [];
  return collect(text, URL).map(trimTrailing).filter((token) => token.text.length > 4);
}

export function emails(text: string): Token[] {
  if (!text.includes('@')) return [];
  return collect(text, EMAIL);
}

/** Absolute or home-relative file paths (`/usr/bin/passwd`, `~/.config`, `C:\Windows`). */
export function paths(text: string): Token[] {
  const found: Token[] = [];
  if (text.includes('/')) {
    for (const token of collect(text, UNIX_PATH)) {
      const trimmed = trimTrailing(token);
      // "/s" or "/a" alone is a unit or a switch; a lone "/" is not a path.
      const body = trimmed.text.replace(/^[~.]*\//, '');
      if (body.length < 2 && !trimmed.text.startsWith('~')) continue;
      // "/REGEXP/[OFFSET]" is a pattern with metavariables, which translators translate.
      if (/(?:^|\/)[A-Z][A-Z_]+(?:\/|$)/.test(body) && !/[a-z]/.test(body)) continue;
      found.push(trimmed);
    }
  }
  if (text.includes(':\\')) for (const token of collect(text, WINDOWS_PATH)) found.push(trimTrailing(token));
  return found;
}

/** IPv4 addresses (not version numbers written after "version"/"v") and IPv6 addresses with `::` or 8 groups. */
export function ipAddresses(text: string): Token[] {
  const found: Token[] = [];
  if (text.includes('.')) {
    for (const token of collect(text, IPV4)) {
      if (VERSION_BEFORE.test(text.slice(Math.max(0, token.start - 10), token.start))) continue;
      found.push(token);
    }
  }
  if (text.includes(':')) {
    for (const token of collect(text, IPV6)) {
      const colons = token.text.split(':').length - 1;
      if (token.text.includes('::') ? colons >= 2 || /[0-9A-Fa-f]/.test(token.text) : colons === 7) found.push(token);
    }
  }
  return found;
}

const LOCALE_SEGMENT = /(?<=[/.=?&_-])([A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4})?)(?=[/.&#?=_-]|$)/g;

/** `url` with path segments, subdomains and query values naming `locale` replaced by `{locale}`. */
export function localeNeutralUrl(url: string, locale: string): string {
  const language = locale.toLowerCase().split(/[-_]/)[0]!;
  return url.replace(LOCALE_SEGMENT, (segment) => (segment.toLowerCase().split(/[-_]/)[0] === language ? '{locale}' : segment));
}

/**
 * Whether two URLs are the same, or the same page in the source's and the translation's
 * language: `/en-US/` vs `/fr/`, or a directory URL extended with the language (`team/` → `team/bg.html`).
 */
export function sameUrl(sourceUrl: string, targetUrl: string, sourceLocale: string, targetLocale: string): boolean {
  if (sourceUrl === targetUrl) return true;
  if (localeNeutralUrl(sourceUrl, sourceLocale) === localeNeutralUrl(targetUrl, targetLocale)) return true;
  if (!sourceUrl.endsWith('/') || !targetUrl.startsWith(sourceUrl)) return false;
  const language = targetLocale.toLowerCase().split(/[-_]/)[0]!;
  return targetUrl.slice(sourceUrl.length).toLowerCase().split(/[/._?=#&-]/).includes(language);
}
