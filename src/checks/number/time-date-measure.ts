import { defineCheck } from '../../core/check.js';
import { fieldMemoKeys, memo, type Unit } from '../../core/unit.js';
import { mask } from '../../syntax/mask.js';
import { asciiDigits, hasDigit, timeTokens, type TimeToken } from '../../syntax/numbers.js';
import { translatedForms } from '../source-for-form.js';
import { MEASURE_UNITS, MEASUREMENT } from './conventions.js';

interface Measurement {
  text: string;
  value: string;
  dimension: string;
  unit: string;
}

function measurements(text: string): Measurement[] {
  return [...text.matchAll(MEASUREMENT)].map((m) => {
    const unit = MEASURE_UNITS.get(m[2]!)!;
    return { text: m[0], value: asciiDigits(m[1]!).replace(',', '.'), dimension: unit.dimension, unit: unit.unit };
  });
}

// Examples ("e.g., 23:13:48") are localized by translators, and "-04:00" is a time-zone offset.
const EXAMPLE_BEFORE = /(?:e\.\s?g\.|i\.\s?e\.|example|such as|like)[^.;\n]{0,40}$/i;

function isExampleOrOffset(text: string, time: TimeToken): boolean {
  const before = text.slice(Math.max(0, time.start - 60), time.start);
  return /[+-−]$/.test(before) || EXAMPLE_BEFORE.test(before);
}

function clockTime(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

const NOTHING = { times: [] as TimeToken[], measures: [] as Measurement[] };

const PART_KEYS = fieldMemoKeys('tdm:');

function parts(unit: Unit, key: string, text: string): { times: TimeToken[]; measures: Measurement[] } {
  if (!hasDigit(text)) return NOTHING;
  return memo(unit, key, () => {
    const clean = mask(text, unit.formats);
    return { times: timeTokens(clean), measures: measurements(clean) };
  });
}

export default defineCheck({
  id: 'number/time-date-measure',
  severity: 'warning',
  summary: 'a clock time changed (3:00 PM → 14:00; 15:00 is fine) or a measurement kept its number but changed its unit (5 km → 5 mi)',
  peers: {},
  appliesTo: (unit) => hasDigit(unit.source),
  check(unit, _context, report) {
    for (const { form, source, target } of translatedForms(unit)) {
      const want = parts(unit, PART_KEYS.source(form > 0 && unit.sourcePlural !== undefined ? 1 : 0), source);
      if (want.times.length === 0 && want.measures.length === 0) continue;
      const have = parts(unit, PART_KEYS.target(form), target);
      // Times: only a time the translation writes differently counts; "15 Uhr" in words is the translator's call.
      const remaining = [...have.times];
      const changed: [TimeToken, TimeToken][] = [];
      for (const time of want.times) {
        if (isExampleOrOffset(source, time)) continue;
        const index = remaining.findIndex((candidate) => candidate.minutes.some((m) => time.minutes.includes(m)));
        if (index >= 0) remaining.splice(index, 1);
        else if (remaining.length) changed.push([time, remaining.shift()!]);
      }
      for (const [was, now] of changed) report({ form, message: `the time ${was.text} (${was.minutes.map(clockTime).join(' or ')}) is ${now.text} in the translation` });
      // Measurements: the same number with another unit of the same kind is a wrong conversion.
      for (const measure of want.measures) {
        const sameNumber = have.measures.filter((m) => m.value === measure.value && m.dimension === measure.dimension);
        if (sameNumber.length === 0 || sameNumber.some((m) => m.unit === measure.unit)) continue;
        report({ form, message: `${measure.text} became ${sameNumber[0]!.text}: convert the number too, or keep the unit` });
      }
    }
  },
});
