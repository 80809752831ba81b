import type { FormatAdapter } from './adapter.js';
import { poAdapter } from './po.js';
import { xliffAdapter } from './xliff.js';
import { qtTsAdapter } from './qt-ts.js';
import { androidAdapter } from './android.js';
import { appleStringsAdapter } from './apple-strings.js';
import { appleStringsdictAdapter } from './apple-stringsdict.js';
import { xcstringsAdapter } from './xcstrings.js';
import { jsonAdapters } from './json.js';
import { yamlAdapter } from './yaml.js';
import { propertiesAdapter } from './properties.js';
import { csvAdapter } from './csv.js';

/**
 * Every format adapter, in sniffing order: for a shared extension (.json, .xml) the first
 * adapter whose `sniff` accepts the content wins, so specific formats come before generic ones.
 */
export const allFormats: readonly FormatAdapter[] = [
  poAdapter,
  xliffAdapter,
  qtTsAdapter,
  androidAdapter,
  appleStringsAdapter,
  appleStringsdictAdapter,
  xcstringsAdapter,
  ...jsonAdapters,
  yamlAdapter,
  propertiesAdapter,
  csvAdapter,
];

/** The adapter for a file, by extension and, for shared extensions, by content. */
export function formatFor(path: string, head: () => string): FormatAdapter | undefined {
  const lower = path.toLowerCase();
  const candidates = allFormats.filter((format) => format.extensions.some((ext) => lower.endsWith(ext)));
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1 && !candidates[0]!.sniff) return candidates[0];
  const text = head();
  return candidates.find((format) => !format.sniff || format.sniff(text, path));
}

export function formatById(id: string): FormatAdapter | undefined {
  return allFormats.find((format) => format.id === id);
}
