/**
 * Placeholder syntaxes of web frameworks: vue-i18n, AngularJS, ECMAScript template literals,
 * Laravel, `%name%` (Symfony, Joomla) and Automattic's interpolate-components tags.
 */

export interface WebPlaceholder {
  text: string;
  start: number;
  argument: string;
  type: string;
}

function collect(text: string, pattern: RegExp, argument: (match: RegExpExecArray) => string | undefined): WebPlaceholder[] {
  const found: WebPlaceholder[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const name = argument(match);
    if (name !== undefined) found.push({ text: match[0], start: match.index, argument: name, type: '' });
  }
  return found;
}

// vue-i18n: named {name}, list {0}, Rails-style %{name}, linked messages @:key, @.lower:key, @:(key).
// `{'@'}` literals and `{{`…`}}` (template syntax, not message syntax) are left alone.
const VUE = /%?\{\s*([A-Za-z_$][\w$-]*|\d+)\s*\}|@(?:\.([a-z]+))?:(?:\(([^()\s]+)\)|([\w.-]*\w))/g;

export function vuePlaceholders(text: string): WebPlaceholder[] {
  if (!text.includes('{') && !text.includes('@')) return [];
  return collect(text, VUE, (m) => {
    if (m[1] !== undefined) {
      // `{{ x }}` is mustache, not vue-i18n message syntax.
      if (text[m.index - 1] === '{' || text[m.index + m[0].length] === '}') return undefined;
      return m[1];
    }
    return `@:${m[3] ?? m[4]}`;
  });
}

const ANGULAR = /\{\{\s*([\s\S]*?)\s*\}\}/g;

/** AngularJS `{{ expression }}`, compared with whitespace normalized. */
export function angularPlaceholders(text: string): WebPlaceholder[] {
  if (!text.includes('{{')) return [];
  return collect(text, ANGULAR, (m) => m[1]!.replace(/\s+/g, ' ').replace(/\s*([|(),.:])\s*/g, '$1'));
}

const ES_TEMPLATE = /\$\{\s*([^{}]*?)\s*\}/g;

export function esTemplatePlaceholders(text: string): WebPlaceholder[] {
  if (!text.includes('${')) return [];
  return collect(text, ES_TEMPLATE, (m) => m[1]!.replace(/\s+/g, ''));
}

// `:name` starts a word ("Note: value" has a space after the colon; "10:30" and "http://" are not names).
const LARAVEL = /(?<![\p{L}\p{N}_:/\\]):([A-Za-z_][A-Za-z0-9_]*)/gu;

/** Laravel `:attribute`; `:Attribute` and `:ATTRIBUTE` are the same value cased differently. */
export function laravelPlaceholders(text: string): WebPlaceholder[] {
  if (!text.includes(':')) return [];
  return collect(text, LARAVEL, (m) => m[1]!.toLowerCase());
}

// `%name%`: a name right after the first percent sign, so "10% to 20%" is prose.
const PERCENT_NAMED = /%([A-Za-z_][A-Za-z0-9_.-]*)%/g;

export function percentNamedPlaceholders(text: string): WebPlaceholder[] {
  if (!text.includes('%')) return [];
  return collect(text, PERCENT_NAMED, (m) => m[1]!);
}

const COMPONENT = /\{\{\s*(\/?)\s*([A-Za-z_][\w-]*)\s*(\/?)\s*\}\}/g;

/** Automattic interpolate-components: `{{strong}}`, `{{/strong}}`, `{{br/}}`; each tag counted. */
export function componentTags(text: string): WebPlaceholder[] {
  if (!text.includes('{{')) return [];
  const seen = new Map<string, number>();
  return collect(text, COMPONENT, (m) => {
    const key = m[1] ? `{{/${m[2]}}}` : m[3] ? `{{${m[2]}/}}` : `{{${m[2]}}}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}

export function hasComponentClosingTag(text: string): boolean {
  return text.includes('{{/') && /\{\{\s*\/\s*[A-Za-z_][\w-]*\s*\}\}/.test(text);
}
