import { readFileSync } from 'node:fs';
import { TranslintError } from '../core/errors.js';
import { languageOf, normalizeLocale } from '../core/locale.js';
import { childElements, parseXml, textContent, type XmlElement } from '../formats/xml.js';
import { stemmerFor } from './stem.js';

/** One approved (or forbidden) translation of a source term. */
export interface GlossaryEntry {
  source: string;
  target: string;
  /** Language of `target` (primary subtag); undefined when the glossary is for one language only. */
  language: string | undefined;
  /** The target term must NOT be used for this source (TBX "deprecatedTerm", CSV "forbidden"). */
  forbidden: boolean;
  note: string | undefined;
}

/**
 * Reads a glossary: CSV/TSV with a header (`source,target[,language][,note][,status]`; the
 * target column may be named by its language, e.g. `en,ru`) or TBX (ISO 30042) XML.
 */
export function loadGlossary(path: string): GlossaryEntry[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new TranslintError(`cannot read glossary: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: path });
  }
  return /\.tbx$/i.test(path) || /^\s*<(\?xml|martif|tbx)/i.test(text) ? parseTbx(text, path) : parseDelimited(text, path);
}

function parseDelimited(text: string, path: string): GlossaryEntry[] {
  const rows = readRows(text, text.split('\n', 1)[0]!.includes('\t') ? '\t' : ',');
  const header = (rows.shift() ?? []).map((cell) => cell.trim().toLowerCase());
  const column = (...names: string[]) => header.findIndex((cell) => names.includes(cell));
  let sourceColumn = column('source', 'term', 'en', 'english', 'source term');
  let targetColumn = column('target', 'translation', 'target term');
  let fixedLanguage: string | undefined;
  if (targetColumn < 0) {
    // A column named by a locale ("ru", "pt_BR") holds that language's terms.
    targetColumn = header.findIndex((cell, index) => index !== sourceColumn && normalizeLocale(cell) !== undefined);
    if (targetColumn >= 0) fixedLanguage = languageOf(normalizeLocale(header[targetColumn]!)!);
  }
  if (sourceColumn < 0 || targetColumn < 0) {
    if (header.length < 2) throw new TranslintError('glossary needs a header row such as "source,target" or "en,ru"', { file: path, line: 1 });
    throw new TranslintError(`glossary header "${header.join(',')}" names no source and target columns (use "source,target" or "en,ru")`, { file: path, line: 1 });
  }
  const languageColumn = column('language', 'locale', 'lang');
  const noteColumn = column('note', 'notes', 'comment', 'description');
  const statusColumn = column('status', 'forbidden');
  return rows
    .filter((row) => (row[sourceColumn] ?? '').trim() && (row[targetColumn] ?? '').trim())
    .map((row) => {
      const language = languageColumn >= 0 && row[languageColumn] ? normalizeLocale(row[languageColumn]!.trim()) : undefined;
      const status = statusColumn >= 0 ? (row[statusColumn] ?? '').trim().toLowerCase() : '';
      return {
        source: row[sourceColumn]!.trim(),
        target: row[targetColumn]!.trim(),
        language: language ? languageOf(language) : fixedLanguage,
        forbidden: ['forbidden', 'deprecated', 'deprecatedterm', 'admitted-no', 'yes', 'true', '1'].includes(status),
        note: noteColumn >= 0 && row[noteColumn] ? row[noteColumn]!.trim() : undefined,
      };
    });
}

/** RFC 4180 rows: quoted fields with "" escapes and embedded newlines. */
function readRows(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) row.push(field), (field = '');
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

function parseTbx(text: string, path: string): GlossaryEntry[] {
  const document = parseXml(text, path);
  const entries: GlossaryEntry[] = [];
  const walk = (element: XmlElement): void => {
    if (element.name === 'termEntry' || element.name === 'conceptEntry') {
      const languages = childElements(element).filter((child) => child.name === 'langSet' || child.name === 'langSec');
      const terms = languages.map((set) => ({
        language: languageOf(normalizeLocale(set.attributes.get('xml:lang')?.value ?? '') ?? 'und'),
        terms: collectTerms(set),
      }));
      const source = terms.find((set) => set.language === 'en')?.terms.find((term) => !term.forbidden);
      if (source) for (const set of terms) if (set.language !== 'en') for (const term of set.terms) entries.push({ source: source.text, target: term.text, language: set.language, forbidden: term.forbidden, note: undefined });
      return;
    }
    for (const child of childElements(element)) walk(child);
  };
  walk(document.root);
  return entries;
}

function collectTerms(langSet: XmlElement): { text: string; forbidden: boolean }[] {
  const found: { text: string; forbidden: boolean }[] = [];
  const visit = (element: XmlElement): void => {
    for (const child of childElements(element)) {
      if (child.name === 'term') {
        const status = childElements(element).map((sibling) => (sibling.attributes.get('type')?.value === 'administrativeStatus' || sibling.name === 'termNote' ? textContent(sibling) : '')).join(' ');
        found.push({ text: textContent(child).trim(), forbidden: /deprecated|superseded|forbidden/i.test(status) });
      } else visit(child);
    }
  };
  visit(langSet);
  return found.filter((term) => term.text);
}

/** A glossary as evidence for the meaning rules: its terms are approved translations. */
export function glossaryMemory(entries: GlossaryEntry[], language: string): import('./memory.js').TranslationMemory {
  const stemEnglish = stemmerFor('en');
  const stemTarget = stemmerFor(language);
  const translations = new Map<string, [string, string, number][]>();
  const meanings = new Map<string, [string, number][]>();
  for (const entry of entries) {
    if (entry.forbidden || (entry.language !== undefined && entry.language !== language)) continue;
    const sourceWords = entry.source.toLowerCase().split(/\s+/).filter(Boolean);
    const targetWords = entry.target.toLowerCase().split(/\s+/).filter(Boolean);
    // Single-word terms map word to word; longer terms map their first words to each other.
    const sourceStem = stemEnglish(sourceWords[0]!);
    const targetStem = stemTarget(targetWords[0]!);
    translations.set(sourceStem, [...(translations.get(sourceStem) ?? []), [targetStem, targetWords[0]!, 1]]);
    meanings.set(targetStem, [...(meanings.get(targetStem) ?? []), [sourceStem, 1]]);
  }
  return { translationsOf: (stem) => translations.get(stem) ?? [], meaningsOf: (stem) => meanings.get(stem) ?? [] };
}
