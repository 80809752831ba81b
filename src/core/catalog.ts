import type { Pairing } from './pairing.js';
import type { Span, Unit } from './unit.js';

/** A decoded file plus what is needed to write it back byte-exact. */
export interface Document {
  /** Path as given/displayed (relative to the cwd where possible). */
  path: string;
  bytes: Buffer;
  text: string;
  /** iconv-lite encoding name used to decode `bytes`. */
  encoding: string;
  /** The byte order mark that preceded `text`, if any (kept on write). */
  bom: Buffer | undefined;
}

/** A Plural-Forms rule: how many forms, and which form each count `n` takes. */
export interface PluralRule {
  count: number;
  /** The form index for count `n`. */
  formFor(n: number): number;
  /** The expression as written, for messages. */
  text: string;
}

/** Everything one file holds, as units plus file-level facts. */
export interface Catalog {
  document: Document;
  format: string;
  locale: string;
  sourceLocale: string;
  units: Unit[];
  /**
   * A Plural-Forms header gettext cannot use, or uses while ignoring junk: reported by
   * plural/header; the catalog then falls back to CLDR (and gettext to n != 1).
   */
  pluralFormsProblem?: { message: string; severity: 'error' | 'warning' };
  /** Plural rule declared by the file (PO header), if any. */
  pluralRule?: PluralRule;
  /** File-level header (PO header entry) and where it lives. */
  header?: Header;
  /** Where the locale came from, for messages. */
  localeOrigin: 'header' | 'path' | 'file' | 'option' | 'config' | 'default';
  /** For one-language (key-value) files: the source file and the keys that do not match. */
  pairing?: Pairing;
}

export interface Header {
  /** Fields by lower-case name (the first occurrence wins, as gettext reads them). */
  fields: Map<string, string>;
  /** Every `Name: value` line as written, duplicates and junk included, for header checks. */
  lines: { name: string; value: string }[];
  /** Lines of the header text that are not `Name: value`. */
  strayLines: string[];
  flags: Set<string>;
  /** Translator comments above the header (copyright, authors). */
  comments: string[];
  /** How many entries come before the header (0 when it is first). */
  position: number;
  /** Further header entries (msgid "" without context) after the first. */
  duplicates: Span[];
  span: Span;
}

/** A text replacement in a document's decoded text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** What an adapter knows about a catalog; the optional fields may be left out. */
export type CatalogFields = Omit<Catalog, 'pluralFormsProblem' | 'pluralRule' | 'header' | 'pairing'> & Partial<Pick<Catalog, 'pluralFormsProblem' | 'pluralRule' | 'header' | 'pairing'>>;

/**
 * A catalog with every field present, in one order. V8 then gives all catalogs one hidden
 * class: the rules' optimized code, which reads catalog fields for every unit, is not thrown
 * away and recompiled each time a file with another set of fields comes along.
 */
export function newCatalog(fields: CatalogFields): Catalog {
  return {
    document: fields.document,
    format: fields.format,
    locale: fields.locale,
    sourceLocale: fields.sourceLocale,
    units: fields.units,
    pluralFormsProblem: fields.pluralFormsProblem,
    pluralRule: fields.pluralRule,
    header: fields.header,
    localeOrigin: fields.localeOrigin,
    pairing: fields.pairing,
  };
}
