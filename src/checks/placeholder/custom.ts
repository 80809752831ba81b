import { defineCheck } from '../../core/check.js';
import type { Unit } from '../../core/unit.js';
import { translatedForms } from '../source-for-form.js';

interface Settings {
  literals: string[];
  patterns: RegExp[];
  caseInsensitive: boolean;
  /** Every translation must match this (Weblate's `regex:` flag). */
  targetPattern: RegExp | undefined;
}

const settingsCache = new WeakMap<object, Settings>();

function toList(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** Splits Weblate's `placeholders:$URL$:"a b":r"%[^% ]%"` flag value on colons, honouring quotes. */
export function splitFlagValue(value: string): string[] {
  const parts: string[] = [];
  const pattern = /(r?)"((?:[^"\\]|\\.)*)"|(r?)'((?:[^'\\]|\\.)*)'|([^:]+)/g;
  for (const m of value.matchAll(pattern)) {
    if (m[2] !== undefined) parts.push(`${m[1] ? 'r:' : ''}${m[2].replace(/\\(.)/g, '$1')}`);
    else if (m[4] !== undefined) parts.push(`${m[3] ? 'r:' : ''}${m[4].replace(/\\(.)/g, '$1')}`);
    else if (m[5] !== undefined) parts.push(m[5]);
  }
  return parts;
}

function settingsFrom(options: Readonly<Record<string, unknown>>): Settings {
  let settings = settingsCache.get(options);
  if (settings) return settings;
  const caseInsensitive = options.caseInsensitive === true;
  const flags = caseInsensitive ? 'giu' : 'gu';
  settings = {
    literals: toList(options.placeholders),
    patterns: toList(options.patterns).map((pattern) => new RegExp(pattern, flags)),
    caseInsensitive,
    targetPattern: typeof options.targetPattern === 'string' ? new RegExp(options.targetPattern, 'u') : undefined,
  };
  settingsCache.set(options, settings);
  return settings;
}

/** Per-unit additions from Weblate flags: `placeholders:…`, `regex:…`, `case-insensitive`. */
function unitSettings(unit: Unit, base: Settings): Settings {
  let extra: Settings | undefined;
  for (const flag of unit.flags) {
    if (flag.startsWith('placeholders:')) {
      extra ??= { ...base, literals: [...base.literals], patterns: [...base.patterns] };
      for (const part of splitFlagValue(flag.slice('placeholders:'.length))) {
        if (part.startsWith('r:')) extra.patterns.push(new RegExp(part.slice(2), 'gu'));
        else extra.literals.push(part);
      }
    } else if (flag.startsWith('regex:')) {
      extra ??= { ...base, literals: [...base.literals], patterns: [...base.patterns] };
      extra.targetPattern = new RegExp(flag.slice('regex:'.length), 'u');
    }
  }
  if (unit.flags.has('case-insensitive')) {
    extra ??= { ...base, literals: [...base.literals], patterns: [...base.patterns] };
    extra.caseInsensitive = true;
    extra.patterns = extra.patterns.map((pattern) => new RegExp(pattern.source, 'giu'));
  }
  return extra ?? base;
}

function occurrences(text: string, settings: Settings): string[] {
  const found: string[] = [];
  const haystack = settings.caseInsensitive ? text.toLowerCase() : text;
  for (const literal of settings.literals) {
    const needle = settings.caseInsensitive ? literal.toLowerCase() : literal;
    if (needle === '') continue;
    for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) found.push(literal);
  }
  for (const pattern of settings.patterns) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) if (m[0] !== '') found.push(settings.caseInsensitive ? m[0].toLowerCase() : m[0]);
  }
  return found;
}

export default defineCheck({
  id: 'placeholder/custom',
  severity: 'error',
  summary: 'project-declared placeholders (literal strings or regular expressions) missing or added; optionally, every translation must match a pattern',
  peers: { weblate: ['placeholders', 'regex'], okapi: ['checkPatterns'] },
  defaultOff: true,
  check(unit, { options }, report) {
    const settings = unitSettings(unit, settingsFrom(options));
    for (const { form, source, target } of translatedForms(unit)) {
      if (settings.targetPattern && !settings.targetPattern.test(target)) report({ form, message: `the translation does not match /${settings.targetPattern.source}/` });
      if (settings.literals.length === 0 && settings.patterns.length === 0) continue;
      const want = occurrences(source, settings);
      const have = occurrences(target, settings);
      const remaining = [...have];
      const missing: string[] = [];
      for (const placeholder of want) {
        const index = remaining.findIndex((candidate) => (settings.caseInsensitive ? candidate.toLowerCase() === placeholder.toLowerCase() : candidate === placeholder));
        if (index >= 0) remaining.splice(index, 1);
        else missing.push(placeholder);
      }
      for (const placeholder of missing) report({ form, message: `missing ${placeholder}` });
      for (const placeholder of remaining) report({ form, message: `${placeholder} is not in the source` });
    }
  },
});
