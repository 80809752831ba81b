import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import type { Catalog } from '../core/catalog.js';
import { renderDocument } from '../core/document.js';
import type { Unit } from '../core/unit.js';
import type { FormatAdapter } from '../formats/adapter.js';
import { mutate, mutations, propertyParameters } from './arbitraries.js';
import type { ParseOutcome, ParseRequest } from './parse-worker.js';

/**
 * The properties every format adapter keeps, run by each `<format>.property.test.ts` over its
 * own generator of valid files:
 *  - parse then render with no edits gives the same bytes;
 *  - parse reads back the values the generator wrote, and parse(render(parse(x))) the same units;
 *  - an edited target reads back as written and leaves the other units alone;
 *  - mutated, truncated and spliced files throw nothing but TranslintError, and never hang.
 */

/** A valid file and what it says: its units in file order, as `PropertyOptions.compare` shows them. */
export interface GeneratedFile {
  path: string;
  bytes: Buffer;
  units: ExpectedUnit[];
}

export interface ExpectedUnit {
  key?: string;
  context?: string;
  source?: string;
  targets: string[];
}

export interface PropertyOptions {
  /** Suite name when one adapter has several flavours (default: the adapter id). */
  label?: string;
  /** Runs of the valid-file properties (roundtrip, values, edits). */
  runs?: number;
  /** Runs of the mutation property. */
  mutationRuns?: number;
  /** New target values for the edit property; leave out to skip it. */
  editValues?: fc.Arbitrary<string>;
  /** The fields of a unit the generator states (default key, context when set, source, targets). */
  compare?: (unit: Unit) => ExpectedUnit;
}

/** Registers the four property tests for `adapter` over `files`. */
export function describeAdapterProperties(adapter: FormatAdapter, files: fc.Arbitrary<GeneratedFile>, options: PropertyOptions = {}): void {
  const runs = options.runs ?? 100;
  const view = options.compare ?? defaultView;
  const parse = (file: GeneratedFile, bytes = file.bytes): Catalog => adapter.parse(bytes, { path: file.path, sourceLocale: 'en' });

  describe(`${options.label ?? adapter.id} adapter properties`, () => {
    it('renders an unedited file byte for byte', () => {
      fc.assert(
        fc.property(files, (file) => {
          assert.ok(renderDocument(parse(file).document, []).equals(file.bytes));
        }),
        propertyParameters(runs),
      );
    });

    it('reads the generated values, and reads them again from its own output', () => {
      fc.assert(
        fc.property(files, (file) => {
          const catalog = parse(file);
          const units = catalog.units.map(view);
          assert.deepEqual(units, file.units);
          assert.deepEqual(parse(file, renderDocument(catalog.document, [])).units.map(view), units);
        }),
        propertyParameters(runs),
      );
    });

    if (options.editValues) {
      const editValues = options.editValues;
      it('writes an edited target that reads back as written, other units unchanged', () => {
        fc.assert(
          fc.property(files, fc.nat(), fc.nat(), editValues, (file, unitChoice, formChoice, value) => {
            const catalog = parse(file);
            const editable = catalog.units.filter((unit) => unit.spans.targets.some(Boolean));
            fc.pre(editable.length > 0);
            const unit = editable[unitChoice % editable.length]!;
            const forms = unit.spans.targets.flatMap((span, form) => (span ? [form] : []));
            const form = forms[formChoice % forms.length]!;
            const edit = adapter.editTarget(catalog, unit, form, value);
            if (!edit) return;
            const reparsed = parse(file, renderDocument(catalog.document, [edit]));
            const index = catalog.units.indexOf(unit);
            assert.equal(reparsed.units.length, catalog.units.length, 'the edit changed the number of units');
            assert.equal(reparsed.units[index]!.targets[form], value);
            const expected = catalog.units.map(view);
            expected[index] = { ...expected[index]!, targets: expected[index]!.targets.map((target, i) => (i === form ? value : target)) };
            assert.deepEqual(reparsed.units.map(view), expected);
          }),
          propertyParameters(runs),
        );
      });
    }

    it('throws only TranslintError on mutated files, and never hangs', async () => {
      await fc.assert(
        fc.asyncProperty(files, mutations(), async (file, steps) => {
          const outcome = await parseIsolated({ format: adapter.id, path: file.path, bytes: mutate(file.bytes, steps) });
          if (outcome.kind === 'other-error') assert.fail(`${outcome.name}: ${outcome.message}\n${outcome.stack}`);
          if (outcome.kind === 'translint-error') assert.equal(outcome.file, file.path, 'the error names the file');
        }),
        propertyParameters(options.mutationRuns ?? runs * 2),
      );
    });
  });
}

function defaultView(unit: Unit): ExpectedUnit {
  const view: ExpectedUnit = { key: unit.key, source: unit.source, targets: unit.targets };
  if (unit.context !== undefined) view.context = unit.context;
  return view;
}

// ---------------------------------------------------------------- parsing in a worker

/** A parse slower than this on a small mutated file counts as a hang. */
const HANG_MS = 5000;
let worker: Worker | undefined;

/** Parses in a worker thread, so a parser that loops forever fails the property instead of the run. */
export function parseIsolated(request: ParseRequest): Promise<ParseOutcome> {
  worker ??= new Worker(new URL('./parse-worker.js', import.meta.url));
  const current = worker;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      current.removeAllListeners('message');
      void current.terminate();
      if (worker === current) worker = undefined;
      reject(new Error(`parse did not finish within ${HANG_MS} ms (hang)`));
    }, HANG_MS);
    current.once('message', (outcome: ParseOutcome) => {
      clearTimeout(timer);
      resolve(outcome);
    });
    current.postMessage(request);
  });
}

after(() => {
  void worker?.terminate();
});
