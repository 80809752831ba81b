import type { Catalog } from '../../core/catalog.js';

/** PO catalogs with a header; POT templates are exempt from the translator-facing fields. */
export function poHeader(catalog: Catalog): NonNullable<Catalog['header']> | undefined {
  return catalog.format === 'po' ? catalog.header : undefined;
}

export function isTemplate(catalog: Catalog): boolean {
  return catalog.document.path.toLowerCase().endsWith('.pot');
}
