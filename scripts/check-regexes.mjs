#!/usr/bin/env node
// Runs the recheck ReDoS checker over every regex in src/ and records the verdicts in
// src/testing/regex-verdicts.json, which src/core/regex-safety.test.ts reads so that `npm test`
// only re-checks regexes that are new or changed (checking all ~550 takes minutes).
// Usage: npm run build && node scripts/check-regexes.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import { regexesOf, regexKey } from '../dist/testing/regexes.js';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
const verdicts = {};
for (const regex of regexesOf(srcDir).literal) {
  const key = regexKey(regex);
  if (key in verdicts) continue;
  const result = checkSync(regex.source, regex.flags, { timeout: 10_000 });
  verdicts[key] = result.status === 'vulnerable' ? result.complexity.type : result.status;
  if (verdicts[key] !== 'safe') console.log(`${verdicts[key]}\t${regex.file}:${regex.line}\t/${regex.source}/${regex.flags}`);
}
const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(new URL('../src/testing/regex-verdicts.json', import.meta.url), JSON.stringify(sorted, null, 1) + '\n');
console.log(`${Object.keys(sorted).length} regexes checked`);
