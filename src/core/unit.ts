/** A region of a file's decoded text; edits are spliced in at these offsets. */
export interface Span {
  /** Offset of the first character (UTF-16 units into the decoded text). */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`. */
  column: number;
}

export type NoteKind = 'translator' | 'extracted' | 'reference' | 'flag' | 'previous' | 'developer' | 'other';

export interface Note {
  kind: NoteKind;
  text: string;
}

export type UnitState = 'translated' | 'untranslated' | 'fuzzy' | 'obsolete';

/**
 * One translatable message: a source (with optional plural source) and its target forms.
 * Adapters fill it; checks read it and never see files.
 */
export interface Unit {
  /** Stable identity in the file: the msgid for PO, the resource key for key-value formats. */
  key: string;
  /** Disambiguating context (msgctxt or equivalent); undefined when the format has none. */
  context: string | undefined;
  source: string;
  /** The plural source (msgid_plural / `other` form), when the unit is plural. */
  sourcePlural: string | undefined;
  /** One entry per plural form; a single entry for non-plural units. Empty string = not translated. */
  targets: string[];
  /**
   * CLDR category of each target form (`one`, `few`, ...) when the format names them
   * (Android, stringsdict, i18next, Rails); undefined for gettext's numbered forms.
   */
  pluralCategories?: string[];
  /** Message flags such as `c-format`, `no-c-format`, `fuzzy`, `max-length:20`. */
  flags: Set<string>;
  notes: Note[];
  /** BCP 47-ish locale of the targets, e.g. `ru`, `pt-BR`. */
  locale: string;
  sourceLocale: string;
  state: UnitState;
  /** Placeholder syntaxes that apply to this unit (`c`, `python`, `python-brace`, `icu`, ...). */
  formats: Set<string>;
  /** Where each field's value lives in the file, for positions and for splicing fixes. */
  spans: {
    unit: Span;
    key?: Span;
    context?: Span;
    source?: Span;
    sourcePlural?: Span;
    /** Parallel to `targets`; undefined where the file has no place for that form yet. */
    targets: (Span | undefined)[];
  };
  /**
   * Memoized per-unit computations (tokenizations) shared by checks; made on first use (see
   * `unitCache`) and dropped by the engine after each block of units.
   */
  cache: Map<string, unknown> | undefined;
}

/** What an adapter knows about a unit; `newUnit` adds the rest. */
export type UnitFields = Omit<Unit, 'cache' | 'pluralCategories'> & { pluralCategories?: string[] | undefined };

/**
 * A unit with every field (and span) present, in one order, whatever the format: one hidden
 * class for all units keeps the rules' optimized code valid from file to file (see newCatalog).
 */
export function newUnit(fields: UnitFields): Unit {
  const spans = fields.spans;
  return {
    key: fields.key,
    context: fields.context,
    source: fields.source,
    sourcePlural: fields.sourcePlural,
    targets: fields.targets,
    pluralCategories: fields.pluralCategories,
    flags: fields.flags,
    notes: fields.notes,
    locale: fields.locale,
    sourceLocale: fields.sourceLocale,
    state: fields.state,
    formats: fields.formats,
    spans: { unit: spans.unit, key: spans.key, context: spans.context, source: spans.source, sourcePlural: spans.sourcePlural, targets: spans.targets },
    cache: undefined,
  };
}

export function isPlural(unit: Unit): boolean {
  return unit.sourcePlural !== undefined;
}

/**
 * The unit's memo map, made on first use. It is made fresh for each block of units rather than
 * cleared: a map made with the unit lives as long as the file and ends up in V8's old space,
 * and every memo stored in it would then be copied by each young-generation GC until its
 * block ends (full corpus: ~10 % of the CPU).
 */
export function unitCache(unit: Unit): Map<string, unknown> {
  return (unit.cache ??= new Map());
}

export interface FieldMemoKeys {
  /** The key of the source (index 0) or the plural source (index 1). */
  source(index: number): string;
  /** The key of target form `form`. */
  target(form: number): string;
  /** `compute(unit, text)`, once per unit for a field's text (source, plural source, a target form); computed each time for other text. */
  memo<T>(unit: Unit, text: string, compute: (unit: Unit, text: string) => T): T;
}

/**
 * Memo keys for a unit's fields, made once: `source(1)` is `${prefix}s1`, `target(2)` is
 * `${prefix}t2`. A key built per call is a new string that each map lookup hashes again.
 */
export function fieldMemoKeys(prefix: string): FieldMemoKeys {
  const sources = [`${prefix}s0`, `${prefix}s1`];
  const targets = Array.from({ length: 8 }, (_, form) => `${prefix}t${form}`);
  const target = (form: number): string => targets[form] ?? `${prefix}t${form}`;
  // The key of the field whose text `text` is; undefined for other text.
  const of = (unit: Unit, text: string): string | undefined => {
    if (text === unit.source) return sources[0];
    if (text === unit.sourcePlural) return sources[1];
    const form = unit.targets.indexOf(text);
    return form >= 0 ? target(form) : undefined;
  };
  return {
    source: (index) => sources[index]!,
    target,
    memo(unit, text, compute) {
      const key = of(unit, text);
      if (key === undefined) return compute(unit, text);
      const cache = unitCache(unit);
      let value = cache.get(key) as ReturnType<typeof compute> | undefined;
      if (value === undefined) cache.set(key, (value = compute(unit, text)));
      return value;
    },
  };
}

/**
 * Computes `compute(unit)` once per unit and key; checks share tokenizations this way. Hot
 * callers pass a module-level function: an arrow made per call is an allocation per rule and unit.
 */
export function memo<T>(unit: Unit, key: string, compute: (unit: Unit) => T): T {
  const cache = unitCache(unit);
  const cached = cache.get(key);
  if (cached !== undefined || cache.has(key)) return cached as T;
  const value = compute(unit);
  cache.set(key, value);
  return value;
}

/**
 * Computes `compute(text)` once per unit, kind and text (the unit's source, plural source or a
 * target). Keyed by the text itself, not by `kind + text`: building that key would copy and
 * hash the whole text on every lookup, and this runs for every rule on every unit.
 */
export function memoText<T>(unit: Unit, kind: string, text: string, compute: (text: string) => T): T {
  // [text, value, text, value, ...]: a unit has only a few texts, so a scan beats a Map.
  const cache = unitCache(unit);
  let entries = cache.get(kind) as unknown[] | undefined;
  if (entries === undefined) cache.set(kind, (entries = []));
  for (let i = 0; i < entries.length; i += 2) if (entries[i] === text) return entries[i + 1] as T;
  const value = compute(text);
  entries.push(text, value);
  return value;
}
