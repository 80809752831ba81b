import type { Catalog } from '../../core/catalog.js';
import { defineCheck, type Report } from '../../core/check.js';
import type { Span, Unit } from '../../core/unit.js';
import { childElements, parseXml, type XmlDocument, type XmlElement } from '../../formats/xml.js';

const STATES_1 = new Set(['final', 'needs-adaptation', 'needs-l10n', 'needs-review-adaptation', 'needs-review-l10n', 'needs-review-translation', 'needs-translation', 'new', 'signed-off', 'translated']);
const STATES_2 = new Set(['initial', 'translated', 'reviewed', 'final']);
const YES_NO = new Set(['yes', 'no']);

function local(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function children(element: XmlElement, name: string): XmlElement[] {
  return childElements(element).filter((child) => local(child.name) === name);
}

function descendants(element: XmlElement, name: string, into: XmlElement[] = []): XmlElement[] {
  for (const child of childElements(element)) {
    if (local(child.name) === name) into.push(child);
    else descendants(child, name, into);
  }
  return into;
}

function attribute(element: XmlElement, name: string): string | undefined {
  return element.attributes.get(name)?.value;
}

/**
 * The structural rules of the XLIFF 1.2 and 2.x schemas that tools trip over: required
 * attributes, unique unit ids, one source per unit, and state values from the closed lists.
 */
export function xliffProblems(document: XmlDocument): { element: XmlElement; message: string }[] {
  const problems: { element: XmlElement; message: string }[] = [];
  const root = document.root;
  const problem = (element: XmlElement, message: string) => problems.push({ element, message });
  if (local(root.name) !== 'xliff') return [{ element: root, message: `root element is <${root.name}>, not <xliff>` }];
  const version = attribute(root, 'version');
  if (!version) problem(root, '<xliff> lacks the required version attribute');
  const two = version?.startsWith('2') ?? false;
  if (two && !attribute(root, 'srcLang')) problem(root, '<xliff version="2.x"> lacks the required srcLang attribute');
  const files = children(root, 'file');
  if (files.length === 0) problem(root, '<xliff> has no <file>');
  for (const file of files) {
    const ids = new Set<string>();
    if (two) {
      if (!attribute(file, 'id')) problem(file, '<file> lacks the required id attribute');
      for (const unit of descendants(file, 'unit')) {
        const id = attribute(unit, 'id');
        if (!id) problem(unit, '<unit> lacks the required id attribute');
        else if (ids.has(id)) problem(unit, `unit id "${id}" is used twice in this <file>`);
        else ids.add(id);
        const segments = [...children(unit, 'segment'), ...children(unit, 'ignorable')];
        if (segments.length === 0) problem(unit, `<unit id="${id ?? ''}"> has no <segment>`);
        for (const segment of segments) {
          if (children(segment, 'source').length !== 1) problem(segment, `a <${local(segment.name)}> of unit "${id ?? ''}" must have exactly one <source>`);
          if (children(segment, 'target').length > 1) problem(segment, `a <${local(segment.name)}> of unit "${id ?? ''}" has more than one <target>`);
          const state = attribute(segment, 'state');
          if (state !== undefined && !STATES_2.has(state)) problem(segment, `state="${state}" is not one of ${[...STATES_2].join(', ')}`);
        }
      }
      continue;
    }
    for (const name of ['original', 'source-language', 'datatype']) if (!attribute(file, name)) problem(file, `<file> lacks the required ${name} attribute`);
    if (children(file, 'body').length !== 1) problem(file, '<file> must have exactly one <body>');
    for (const unit of descendants(file, 'trans-unit')) {
      const id = attribute(unit, 'id');
      if (!id) problem(unit, '<trans-unit> lacks the required id attribute');
      else if (ids.has(id)) problem(unit, `trans-unit id "${id}" is used twice in this <file>`);
      else ids.add(id);
      if (children(unit, 'source').length !== 1) problem(unit, `<trans-unit id="${id ?? ''}"> must have exactly one <source>`);
      const targets = children(unit, 'target');
      if (targets.length > 1) problem(unit, `<trans-unit id="${id ?? ''}"> has more than one <target>`);
      for (const name of ['translate', 'approved']) {
        const value = attribute(unit, name);
        if (value !== undefined && !YES_NO.has(value)) problem(unit, `${name}="${value}" must be yes or no`);
      }
      for (const target of targets) {
        const state = attribute(target, 'state');
        if (state !== undefined && !STATES_1.has(state) && !state.startsWith('x-')) problem(target, `state="${state}" is not an XLIFF 1.2 state (use one of the standard values or an x- prefix)`);
      }
    }
  }
  return problems;
}

function spanOf(document: XmlDocument, element: XmlElement): Span {
  const { line, column } = document.lines.position(element.start);
  return { start: element.start, end: element.openEnd, line, column };
}

export default defineCheck({
  id: 'markup/xliff-schema',
  severity: 'error',
  summary: 'XLIFF 1.2/2.x structure: required attributes, unique unit ids, one <source> per unit, valid state values',
  peers: { okapi: ['checkXliffSchema'] },
  checkCatalog(catalog: Catalog, _context, report: (unit: Unit | undefined, finding: Report) => void) {
    if (catalog.format !== 'xliff') return;
    const document = parseXml(catalog.document.text, catalog.document.path);
    for (const { element, message } of xliffProblems(document)) report(undefined, { message, span: spanOf(document, element) });
  },
});
