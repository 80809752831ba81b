import type { Unit } from '../../core/unit.js';

/** Markdown units: Weblate's `md-text` flag or a Markdown/MDX file. */
export function isMarkdown(unit: Unit): boolean {
  return unit.flags.has('md-text') || unit.formats.has('markdown') || unit.formats.has('mdx');
}
