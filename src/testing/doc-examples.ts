import type { CheckCase } from './check-tester.js';

/** An example from a rule's .md page: a ```fires or ```quiet block. */
export interface DocExample {
  kind: 'fires' | 'quiet';
  testCase: CheckCase;
}

function readCase(text: string): CheckCase {
  const fields = new Map<string, string>();
  const comments: string[] = [];
  const header: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('header:')) {
      header.push(line.slice('header:'.length).trim());
      continue;
    }
    if (line.startsWith('comment:')) {
      comments.push(line.slice('comment:'.length).trim());
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim();
    const raw = line.slice(colon + 1).trim();
    fields.set(key, raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? (JSON.parse(raw) as string) : raw);
  }
  const testCase: CheckCase = { source: fields.get('source') ?? '' };
  if (fields.has('target')) testCase.target = fields.get('target')!;
  if (fields.has('sourcePlural')) testCase.sourcePlural = fields.get('sourcePlural')!;
  if (fields.has('targets')) testCase.targets = fields.get('targets')!.split(' | ');
  if (fields.has('flags')) testCase.flags = fields.get('flags')!.split(',').map((flag) => flag.trim());
  if (fields.has('locale')) testCase.locale = fields.get('locale')!;
  if (fields.has('context')) testCase.context = fields.get('context')!;
  if (comments.length) testCase.comments = comments;
  if (header.length) testCase.header = header;
  if (fields.has('options')) testCase.options = JSON.parse(fields.get('options')!) as Record<string, unknown>;
  if (fields.has('pluralForms')) testCase.pluralForms = fields.get('pluralForms')!;
  return testCase;
}

/**
 * Reads the examples of a rule doc. Each block holds `key: value` lines (source, target,
 * sourcePlural, targets (separated by " | "), flags (comma-separated), locale, context,
 * pluralForms, options (JSON), comment (a raw PO comment line; repeatable), header (a
 * `Name: value` header field; repeatable, replaces the default Language/Content-Type)). A `---` line
 * starts another unit of the same catalog, for catalog-level rules. A value in double quotes
 * is read as a JSON string, so "\n" and "  x" work.
 */
export function docExamples(markdown: string): DocExample[] {
  const examples: DocExample[] = [];
  const block = /^```(fires|quiet)\s*\n([\s\S]*?)^```/gm;
  for (let match = block.exec(markdown); match; match = block.exec(markdown)) {
    // Units separated by a "---" line share one catalog; the last one is the case itself.
    const cases = match[2]!.split(/^---\s*$/m).map(readCase);
    const testCase = cases.pop()!;
    if (cases.length) testCase.also = cases;
    examples.push({ kind: match[1] as 'fires' | 'quiet', testCase });
  }
  return examples;
}
