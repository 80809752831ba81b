#!/usr/bin/env node
// Scorer for the meaning-check dev set (bench/meaning/dev).
//
//   node bench/meaning/score.mjs REPORT.json [--labels bench/meaning/dev/labels.jsonl] [--json]
//        [--list-misses CATEGORY] [--list-false-alarms]
//
// REPORT.json is translint's JSON report ({"findings":[...]}). Only findings whose
// ruleId starts with "meaning/" count. A finding is matched to a dev item by
// unit.context (the msgctxt id, e.g. "ru-0042"); when a finding has no context it
// falls back to (language, source), which is unique per language in the dev set.
// An item is "flagged" when it has at least one matched meaning finding.
//
// For error categories the flagged rate is recall; for "ok" it is the false-alarm rate.
// Exit code is 0 whenever the inputs could be read (the scorer never fails a build).

import { readFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ERROR_CATEGORIES = ['near-miss', 'wrong-sense', 'negation', 'antonym', 'number'];
const CATEGORIES = ['ok', ...ERROR_CATEGORIES];
const LANG_ORDER = ['ru', 'de', 'fr', 'es', 'it', 'pl'];

function usage(msg) {
  if (msg) process.stderr.write(`score.mjs: ${msg}\n`);
  process.stderr.write(
    'usage: node bench/meaning/score.mjs REPORT.json [--labels FILE] [--json]\n' +
      '                                   [--list-misses CATEGORY] [--list-false-alarms]\n',
  );
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { report: null, labels: join(HERE, 'dev', 'labels.jsonl'), json: false, listMisses: null, listFalseAlarms: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--labels') opts.labels = argv[++i] ?? usage('--labels needs a file');
    else if (a.startsWith('--labels=')) opts.labels = a.slice(9);
    else if (a === '--json') opts.json = true;
    else if (a === '--list-misses') opts.listMisses = argv[++i] ?? usage('--list-misses needs a category');
    else if (a.startsWith('--list-misses=')) opts.listMisses = a.slice(14);
    else if (a === '--list-false-alarms') opts.listFalseAlarms = true;
    else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else if (opts.report === null) opts.report = a;
    else usage(`unexpected argument ${a}`);
  }
  if (!opts.report) usage('missing REPORT.json');
  if (opts.listMisses && !ERROR_CATEGORIES.includes(opts.listMisses) && opts.listMisses !== 'all') {
    usage(`--list-misses: category must be one of ${ERROR_CATEGORIES.join(', ')}, all`);
  }
  return opts;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    process.stderr.write(`score.mjs: cannot read ${path}: ${e.message}\n`);
    process.exit(2);
  }
}

function readLabels(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    process.stderr.write(`score.mjs: cannot read ${path}: ${e.message}\n`);
    process.exit(2);
  }
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l);
      } catch (e) {
        process.stderr.write(`score.mjs: ${path}:${i + 1}: bad JSON: ${e.message}\n`);
        process.exit(2);
      }
    });
}

const norm = (s) => (typeof s === 'string' ? s.trim().toLocaleLowerCase() : '');
const nonEmpty = (s) => typeof s === 'string' && s.trim() !== '';
const pct = (n, d) => (d ? (100 * n) / d : null);
const fmtPct = (n, d) => (d ? `${pct(n, d).toFixed(1)}%` : '—');

function langOfFinding(f) {
  const loc = f?.unit?.locale;
  if (nonEmpty(loc)) return loc.split(/[-_@.]/)[0].toLowerCase();
  if (nonEmpty(f?.file)) return basename(f.file).replace(/\.po$/i, '').toLowerCase();
  return null;
}

function score(report, labels) {
  const items = new Map(labels.map((d) => [d.id, { ...d, findings: [] }]));
  const bySource = new Map(labels.map((d) => [`${d.lang}\u0000${d.source}`, d.id]));
  const findings = Array.isArray(report) ? report : Array.isArray(report?.findings) ? report.findings : [];
  const meaning = findings.filter((f) => typeof f?.ruleId === 'string' && f.ruleId.startsWith('meaning/'));
  let unmatched = 0;
  for (const f of meaning) {
    let id = f?.unit?.context;
    if (!(nonEmpty(id) && items.has(id))) {
      const lang = langOfFinding(f);
      const src = f?.unit?.source ?? f?.unit?.key;
      id = lang && src != null ? bySource.get(`${lang}\u0000${src}`) : undefined;
    }
    if (id && items.has(id)) items.get(id).findings.push(f);
    else unmatched++;
  }
  const all = [...items.values()];
  const langs = [...new Set(all.map((d) => d.lang))].sort(
    (a, b) => (LANG_ORDER.indexOf(a) + 1 || 99) - (LANG_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b),
  );
  const flagged = (d) => d.findings.length > 0;

  const perCategory = {};
  for (const c of CATEGORIES) {
    const xs = all.filter((d) => d.category === c);
    const n = xs.filter(flagged).length;
    perCategory[c] = { items: xs.length, flagged: n, rate: pct(n, xs.length) };
  }
  const perLanguage = {};
  for (const l of langs) {
    const errs = all.filter((d) => d.lang === l && d.category !== 'ok');
    const oks = all.filter((d) => d.lang === l && d.category === 'ok');
    const byCat = {};
    for (const c of CATEGORIES) {
      const xs = all.filter((d) => d.lang === l && d.category === c);
      byCat[c] = { items: xs.length, flagged: xs.filter(flagged).length };
    }
    perLanguage[l] = {
      errors: errs.length,
      errorsFlagged: errs.filter(flagged).length,
      recall: pct(errs.filter(flagged).length, errs.length),
      ok: oks.length,
      okFlagged: oks.filter(flagged).length,
      falseAlarmRate: pct(oks.filter(flagged).length, oks.length),
      byCategory: byCat,
    };
  }
  const errs = all.filter((d) => d.category !== 'ok');
  const oks = all.filter((d) => d.category === 'ok');
  const matchedFindings = all.flatMap((d) => d.findings);
  const withMeans = matchedFindings.filter((f) => nonEmpty(f?.meaning?.targetMeans)).length;
  const withExpected = matchedFindings.filter((f) => nonEmpty(f?.meaning?.expected)).length;
  const nmFlagged = all.filter((d) => d.category === 'near-miss' && flagged(d));
  const nmSuggested = nmFlagged.filter((d) => d.findings.some((f) => nonEmpty(f?.meaning?.suggestion) && norm(f.meaning.suggestion) === norm(d.original)));

  const rules = [...new Set(matchedFindings.map((f) => f.ruleId))].sort();
  const perRule = {};
  for (const r of rules) {
    const row = { findings: matchedFindings.filter((f) => f.ruleId === r).length, itemsByCategory: {} };
    for (const c of CATEGORIES) {
      row.itemsByCategory[c] = all.filter((d) => d.category === c && d.findings.some((f) => f.ruleId === r)).length;
    }
    perRule[r] = row;
  }

  return {
    items: all,
    summary: {
      items: all.length,
      languages: langs,
      meaningFindings: meaning.length,
      matchedFindings: matchedFindings.length,
      unmatchedFindings: unmatched,
      overall: {
        errors: errs.length,
        errorsFlagged: errs.filter(flagged).length,
        recall: pct(errs.filter(flagged).length, errs.length),
        ok: oks.length,
        okFlagged: oks.filter(flagged).length,
        falseAlarmRate: pct(oks.filter(flagged).length, oks.length),
        findingsWithTargetMeans: withMeans,
        findingsWithExpected: withExpected,
        targetMeansShare: pct(withMeans, matchedFindings.length),
        expectedShare: pct(withExpected, matchedFindings.length),
        nearMissFlagged: nmFlagged.length,
        nearMissSuggestionMatchesOriginal: nmSuggested.length,
        nearMissSuggestionShare: pct(nmSuggested.length, nmFlagged.length),
      },
      perCategory,
      perLanguage,
      perRule,
    },
  };
}

function table(rows, header) {
  const cells = [header, ...rows].map((r) => r.map((c) => String(c)));
  const w = header.map((_, i) => Math.max(...cells.map((r) => [...r[i]].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  return [line(cells[0]), w.map((x) => '-'.repeat(x)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function describe(d) {
  const rules = [...new Set(d.findings.map((f) => f.ruleId))].join(',');
  const sugg = d.findings.map((f) => f?.meaning?.suggestion).filter(nonEmpty);
  return (
    `${d.id}  [${d.category}]  ${JSON.stringify(d.source)} -> ${JSON.stringify(d.target)}` +
    (d.category !== 'ok' ? `  (original ${JSON.stringify(d.original)})` : '') +
    (d.note ? `  — ${d.note}` : '') +
    (rules ? `\n      flagged by ${rules}: ${d.findings.map((f) => f.message).filter(Boolean).join(' | ')}` : '') +
    (sugg.length ? `  suggestion ${JSON.stringify(sugg[0])}` : '')
  );
}

function printText(res, opts) {
  const s = res.summary;
  const o = s.overall;
  const out = [];
  out.push(`translint meaning dev set: ${s.items} items, languages ${s.languages.join(' ')}`);
  out.push(`meaning findings: ${s.meaningFindings} (matched to items: ${s.matchedFindings}, unmatched: ${s.unmatchedFindings})`);
  out.push('');
  out.push('Per category (error categories: recall; ok: false-alarm rate)');
  out.push(table(CATEGORIES.map((c) => [c, s.perCategory[c].items, s.perCategory[c].flagged, fmtPct(s.perCategory[c].flagged, s.perCategory[c].items)]), ['category', 'items', 'flagged', 'rate']));
  out.push('');
  out.push('Per language');
  out.push(
    table(
      s.languages.map((l) => {
        const p = s.perLanguage[l];
        return [l, p.errors, p.errorsFlagged, fmtPct(p.errorsFlagged, p.errors), p.ok, p.okFlagged, fmtPct(p.okFlagged, p.ok),
          ...ERROR_CATEGORIES.map((c) => `${p.byCategory[c].flagged}/${p.byCategory[c].items}`)];
      }),
      ['lang', 'errors', 'caught', 'recall', 'ok', 'alarms', 'FA rate', ...ERROR_CATEGORIES],
    ),
  );
  out.push('');
  out.push('Overall');
  out.push(`  recall on errors        ${o.errorsFlagged}/${o.errors}  ${fmtPct(o.errorsFlagged, o.errors)}`);
  out.push(`  false alarms on ok      ${o.okFlagged}/${o.ok}  ${fmtPct(o.okFlagged, o.ok)}`);
  out.push(`  findings w/ targetMeans ${o.findingsWithTargetMeans}/${s.matchedFindings}  ${fmtPct(o.findingsWithTargetMeans, s.matchedFindings)}`);
  out.push(`  findings w/ expected    ${o.findingsWithExpected}/${s.matchedFindings}  ${fmtPct(o.findingsWithExpected, s.matchedFindings)}`);
  out.push(`  near-miss suggestion = original  ${o.nearMissSuggestionMatchesOriginal}/${o.nearMissFlagged} flagged  ${fmtPct(o.nearMissSuggestionMatchesOriginal, o.nearMissFlagged)}`);
  out.push('');
  out.push('Per rule (items flagged by the rule, by category)');
  const rules = Object.keys(s.perRule);
  if (rules.length === 0) out.push('  (no meaning findings matched any item)');
  else out.push(table(rules.map((r) => [r, s.perRule[r].findings, ...CATEGORIES.map((c) => s.perRule[r].itemsByCategory[c])]), ['rule', 'findings', ...CATEGORIES]));

  if (opts.listMisses) {
    const cats = opts.listMisses === 'all' ? ERROR_CATEGORIES : [opts.listMisses];
    const misses = res.items.filter((d) => cats.includes(d.category) && d.findings.length === 0);
    out.push('');
    out.push(`Missed ${opts.listMisses} items (${misses.length})`);
    for (const d of misses) out.push('  ' + describe(d));
  }
  if (opts.listFalseAlarms) {
    const fas = res.items.filter((d) => d.category === 'ok' && d.findings.length > 0);
    out.push('');
    out.push(`False alarms on ok items (${fas.length})`);
    for (const d of fas) out.push('  ' + describe(d));
  }
  process.stdout.write(out.join('\n') + '\n');
}

const opts = parseArgs(process.argv.slice(2));
const res = score(readJson(opts.report), readLabels(opts.labels));
if (opts.json) {
  const extra = {};
  if (opts.listMisses) {
    const cats = opts.listMisses === 'all' ? ERROR_CATEGORIES : [opts.listMisses];
    extra.misses = res.items.filter((d) => cats.includes(d.category) && d.findings.length === 0).map(({ findings, ...d }) => d);
  }
  if (opts.listFalseAlarms) {
    extra.falseAlarms = res.items
      .filter((d) => d.category === 'ok' && d.findings.length > 0)
      .map(({ findings, ...d }) => ({ ...d, rules: [...new Set(findings.map((f) => f.ruleId))], messages: findings.map((f) => f.message) }));
  }
  process.stdout.write(JSON.stringify({ ...res.summary, ...extra }, null, 2) + '\n');
} else {
  printText(res, opts);
}
process.exit(0);
