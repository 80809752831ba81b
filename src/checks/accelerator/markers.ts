/**
 * Accelerator (mnemonic) markers: `&Open` (Qt, KDE, Windows), `_Open` (GNOME/GTK), `~Open`
 * (LibreOffice). Language data from translate-toolkit (`validaccel` in `translate/lang/*.py`,
 * `MozillaChecker.accelerators_skipped_scripts` with `translate/lang/data.py` scripts).
 */
import type { Catalog } from '../../core/catalog.js';
import type { CheckContext } from '../../core/check.js';
import { memoText, type Unit } from '../../core/unit.js';
import { MASK, maskText } from '../../syntax/mask.js';

export type Marker = '&' | '_' | '~';
export const MARKERS: readonly Marker[] = ['&', '_', '~'];

export interface AcceleratorUse {
  /** Index of the marker in the (masked) text. */
  index: number;
  /** The character the marker accelerates. */
  char: string;
}

export interface Accelerators {
  /** Marker followed by a letter or digit. */
  valid: AcceleratorUse[];
  /** Marker followed by something no keyboard shortcut can be (punctuation, a space for `_` and `~`). */
  stray: AcceleratorUse[];
}

const ENTITY = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});/g;
const WORD = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const IDENTIFIER_CHAR = /[\p{L}\p{N}_]/u;

/** Text with placeholders masked and character entities hidden (`&amp;` is no accelerator). */
export function acceleratorText(unit: Unit, text: string): string {
  if (!text.includes('&')) return maskText(unit, text);
  return memoText(unit, 'accel-text', text, () => maskText(unit, text.replace(ENTITY, MASK)));
}

/**
 * Accelerators marked with `marker` in `text` (already prepared with acceleratorText).
 * `lenient` accepts `_` inside any word (`a_cima`, `pre_definido`): right for translations and
 * for sources whose marker is known; a guess from one source needs the strict reading, where
 * `snake_case` is an identifier. `source`: words containing the marker that also occur there
 * (identifiers kept as they are) are not accelerators.
 */
export function findAccelerators(text: string, marker: Marker, lenient = false, source?: string): Accelerators {
  const found: Accelerators = { valid: [], stray: [] };
  for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
    const next = text[i + 1];
    if (next === marker) {
      i++; // `&&`, `__`, `~~`: an escaped literal marker
      continue;
    }
    if (next === undefined || next === MASK) continue;
    if (!WORD.test(next)) {
      // `Walter & Sons`, `a ~ b`, `snake_`: only punctuation right after the marker is suspicious.
      if (!/\s/.test(next) && /[\p{P}\p{S}]/u.test(next) && next !== '/' && marker !== '&') found.stray.push({ index: i, char: next });
      continue;
    }
    if (!plausible(text, i, marker, lenient, source)) continue;
    found.valid.push({ index: i, char: next });
  }
  return found;
}

function plausible(text: string, index: number, marker: Marker, lenient: boolean, source: string | undefined): boolean {
  const before = text[index - 1];
  const next = text[index + 1]!;
  if (marker === '&') {
    // R&D, Q&A, AT&T: an ampersand between capitals is the word "and".
    if (before !== undefined && UPPER.test(before) && UPPER.test(next) && !LOWER.test(text[index + 2] ?? '')) return false;
    // A URL query: ?a=1&b=2
    if (/^&[\w.-]+=/.test(text.slice(index, index + 40))) return false;
    return true;
  }
  if (marker === '~') return !/\p{N}/u.test(next); // "~5 min" means "about"
  // `_`: identifiers (snake_case, MAX_SIZE, a_b_c) are not mnemonics; Re_load, _File and Save _As are.
  let start = index;
  while (start > 0 && IDENTIFIER_CHAR.test(text[start - 1]!)) start--;
  let end = index + 1;
  while (end < text.length && IDENTIFIER_CHAR.test(text[end]!)) end++;
  const token = text.slice(start, end);
  if (token.indexOf('_') !== token.lastIndexOf('_')) return false;
  if (start === index) return true;
  if (UPPER.test(token) && !LOWER.test(token)) return false; // all capitals: CONSTANT_CASE (Hebrew, Arabic have no case)
  // An identifier the translation keeps from the source (file_name) is not a mnemonic.
  if (lenient) return source === undefined || !source.includes(token);
  const left = token.slice(0, index - start);
  const right = token.slice(index - start + 1);
  if (!UPPER.test(token)) return false; // all lower case: snake_case
  // Pascal_Case words are identifiers; Re_load and E_xit are mnemonics inside a word.
  return !(left.length > 1 && UPPER.test(left[0]!) && UPPER.test(right[0] ?? ''));
}

const catalogMarkers = new WeakMap<Catalog, Marker | null>();

/**
 * The marker most of the catalog's sources use exactly once (GNOME catalogs: `_`), or null
 * when none stands out. Computed once per catalog.
 */
export function catalogMarker(catalog: Catalog): Marker | null {
  let marker = catalogMarkers.get(catalog);
  if (marker !== undefined) return marker;
  const counts: Record<Marker, number> = { '&': 0, '_': 0, '~': 0 };
  for (const unit of catalog.units) {
    if (!/[&_~]/.test(unit.source)) continue;
    const text = acceleratorText(unit, unit.source);
    for (const candidate of MARKERS) if (text.includes(candidate) && findAccelerators(text, candidate).valid.length === 1) counts[candidate]++;
  }
  const ranked = [...MARKERS].sort((a, b) => counts[b] - counts[a]);
  marker = counts[ranked[0]!] >= 3 && counts[ranked[0]!] >= 2 * counts[ranked[1]!] ? ranked[0]! : null;
  catalogMarkers.set(catalog, marker);
  return marker;
}

export interface MarkerChoice {
  marker: Marker;
  /** Declared (flag, config) or seen across the catalog, rather than guessed from this one source. */
  known: boolean;
}

/**
 * The accelerator marker of a unit: the flag `accelerator:&` (or `no-accelerator`), the
 * rule option `marker`, the catalog's dominant marker, or else the one marker the source
 * uses exactly once before a letter. Undefined when the unit has none.
 */
export function markerOf(unit: Unit, context: CheckContext): MarkerChoice | undefined {
  if (unit.flags.has('no-accelerator')) return undefined;
  for (const flag of unit.flags) {
    if (flag.startsWith('accelerator:') || flag.startsWith('accelerator=')) {
      const marker = flag.slice('accelerator:'.length);
      return isMarker(marker) ? { marker, known: true } : undefined;
    }
  }
  const option = context.options.marker;
  if (option === 'none' || option === false) return undefined;
  if (typeof option === 'string' && isMarker(option)) return { marker: option, known: true };
  const dominant = catalogMarker(context.catalog);
  if (dominant) return { marker: dominant, known: true };
  if (!/[&_~]/.test(unit.source)) return undefined;
  const text = acceleratorText(unit, unit.source);
  const used = MARKERS.filter((marker) => text.includes(marker) && findAccelerators(text, marker).valid.length === 1);
  return used.length === 1 ? { marker: used[0]!, known: false } : undefined;
}

function isMarker(text: string): text is Marker {
  return text === '&' || text === '_' || text === '~';
}

/** Characters a keyboard of the language can type as accelerators (translate-toolkit `validaccel`). */
const LATIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890';
export const VALID_ACCELERATORS: Record<string, string> = {
  da: `${LATIN}æøåéÆØÅÉ`,
  el: `${LATIN}αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ`,
  fi: `${LATIN}äöÄÖ`,
  fr: `${LATIN}éÉ`,
  pl: `${LATIN}ąćęłńóśźżĄĆĘŁŃÓŚŹŻ`,
  'pt-BR': 'ABCDEFGHIJKLMNOPQRSTUVXYZabcdefghijklmnopqrstuvxyz1234567890',
  sv: `${LATIN}åäöÅÄÖ`,
  tr: `${LATIN}ığüşöçĞÜŞİÖÇ`,
};

/** Languages whose interfaces do not use accelerators (translate-toolkit MozillaChecker: Devanagari, Bengali, Tibetan, Odia, Gujarati, Khmer, Kannada, Lao, Malayalam, Myanmar, Sindhi, Tamil, Assamese, Kashmiri, Cantonese). */
export const ACCELERATOR_FREE_LANGUAGES = ['anp', 'bho', 'brx', 'doi', 'hi', 'kfy', 'kok', 'mai', 'mr', 'sa', 'sat', 'bn', 'mni', 'bo', 'or', 'gu', 'km', 'kn', 'lo', 'ml', 'my', 'shn', 'sd', 'ta', 'as', 'ks', 'yue'];
