import { createHash } from 'node:crypto';
import type { TranslintReport } from '../api.js';
import type { Finding, Severity } from '../core/finding.js';
import { ruleDocUrl } from './links.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** Characters a reader cannot see or tell apart from a space; shown as marks (title = code point). */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u00A0\u2007\u202F]/u;
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'gu');

const HIDDEN_NAMES: Record<string, string> = {
  '\t': 'tab',
  '\n': 'line break',
  '\r': 'carriage return',
  '\u00A0': 'no-break space',
  '\u2007': 'figure space',
  '\u202F': 'narrow no-break space',
  '\u200B': 'zero width space',
  '\u00AD': 'soft hyphen',
  '\uFEFF': 'byte order mark',
};

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function renderHidden(char: string): string {
  const name = HIDDEN_NAMES[char];
  const title = escapeHtml(name ? `${codePoint(char)} ${name}` : codePoint(char));
  // No-break spaces stay real spaces (they are text), marked; the rest are replaced by a visible sign.
  if (char === '\u00A0' || char === '\u2007' || char === '\u202F') return `<span class="nbsp" title="${title}">${char}</span>`;
  if (char === '\n') return `<span class="mark" title="${title}">↵</span>\n`;
  if (char === '\t') return `<span class="mark" title="${title}">⇥</span>`;
  return `<span class="mark" title="${title}">${escapeHtml(`‹${name ?? codePoint(char)}›`)}</span>`;
}

function renderChars(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(HIDDEN_ALL)) {
    out += escapeHtml(text.slice(last, match.index)) + renderHidden(match[0]);
    last = match.index + match[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

/** Translation text as a reader must see it: leading/trailing spaces and invisible characters marked. */
export function renderUnitText(text: string): string {
  if (text === '') return '<span class="empty">(empty)</span>';
  const lead = /^[ \t]+/.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length);
  const trail = /[ \t]+$/.exec(rest)?.[0] ?? '';
  const middle = rest.slice(0, rest.length - trail.length);
  const edge = (spaces: string, where: string): string => (spaces ? `<span class="edge" title="${where} whitespace (${spaces.length})">${renderChars(spaces)}</span>` : '');
  return edge(lead, 'leading') + renderChars(middle) + edge(trail, 'trailing');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

type Counts = Record<Severity, number> & { total: number };

function countBy(findings: readonly Finding[], keyOf: (finding: Finding) => string): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const finding of findings) {
    const key = keyOf(finding);
    let entry = counts.get(key);
    if (!entry) counts.set(key, (entry = { error: 0, warning: 0, info: 0, total: 0 }));
    entry[finding.severity]++;
    entry.total++;
  }
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function summaryTable(id: string, caption: string, column: string, filter: 'rule' | 'locale', counts: Map<string, Counts>): string {
  const rows = [...counts].map(([key, entry]) => {
    const label = `<button type="button" class="link" data-filter="${filter}" data-value="${escapeHtml(key)}">${escapeHtml(key)}</button>`;
    const doc = filter === 'rule' ? ` <a class="doc" href="${escapeHtml(ruleDocUrl(key))}" title="documentation of ${escapeHtml(key)}">doc</a>` : '';
    const cells = SEVERITIES.map((severity) => `<td class="num${entry[severity] === 0 ? ' zero' : ''}">${entry[severity]}</td>`).join('');
    return `<tr><th scope="row">${label}${doc}</th>${cells}<td class="num total">${entry.total}</td></tr>`;
  });
  return `<table id="${id}"><caption>${caption}</caption>
<thead><tr><th scope="col">${column}</th>${SEVERITIES.map((severity) => `<th scope="col" class="num"><span class="badge ${severity}">${severity}</span></th>`).join('')}<th scope="col" class="num">total</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

function options(values: Iterable<string>, all: string): string {
  return [`<option value="">${escapeHtml(all)}</option>`, ...[...values].map((value) => `<option value="${escapeHtml(value)}">${escapeHtml(value)}</option>`)].join('');
}

function renderFinding(finding: Finding, index: number): string {
  const { unit } = finding;
  const where = `${finding.file}:${finding.line}:${finding.column}`;
  const lang = escapeHtml(unit.locale);
  const parts = [
    `<li class="finding ${finding.severity}" id="finding-${index + 1}" data-rule="${escapeHtml(finding.ruleId)}" data-severity="${finding.severity}" data-locale="${lang}">`,
    `<div class="head"><span class="badge ${finding.severity}">${finding.severity}</span> <a class="rule" href="${escapeHtml(ruleDocUrl(finding.ruleId))}">${escapeHtml(finding.ruleId)}</a> <span class="where">${escapeHtml(where)}</span> <span class="locale">${lang}</span></div>`,
    `<p class="message">${escapeHtml(finding.message)}</p>`,
  ];
  if (unit.key !== unit.source || unit.context !== undefined) {
    const key = unit.key !== unit.source ? `<span>key <code>${renderChars(unit.key)}</code></span>` : '';
    const context = unit.context !== undefined ? `<span>context <code>${renderChars(unit.context)}</code></span>` : '';
    parts.push(`<p class="unit-id">${[key, context].filter(Boolean).join(' · ')}</p>`);
  }
  parts.push(
    `<div class="pair"><div class="side"><div class="label">source</div><div class="text" dir="auto">${renderUnitText(unit.source)}</div></div>` +
      `<div class="side"><div class="label">target <span class="locale">${lang}</span></div><div class="text target" lang="${lang}" dir="auto">${renderUnitText(unit.target)}</div></div></div>`,
  );
  if (finding.meaning) {
    const { targetMeans, expected, suggestion } = finding.meaning;
    parts.push(
      `<dl class="meaning"><div><dt>target means</dt><dd>${escapeHtml(targetMeans)}</dd></div><div><dt>expected</dt><dd>${escapeHtml(expected)}</dd></div>` +
        (suggestion !== undefined ? `<div><dt>suggestion</dt><dd lang="${lang}" dir="auto">${renderUnitText(suggestion)}</dd></div>` : '') +
        '</dl>',
    );
  }
  if (finding.fix) {
    const form = finding.fix.form !== undefined && finding.fix.form > 0 ? ` (plural form ${finding.fix.form})` : '';
    parts.push(`<div class="fix"><span class="label">${finding.fix.safe ? 'fix' : 'fix, unsafe'}${form}</span> <span class="text" lang="${lang}" dir="auto">${renderUnitText(finding.fix.replacement)}</span></div>`);
  }
  parts.push('</li>');
  return parts.join('\n');
}

const STYLE = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa;
  --error: #cf222e; --warning: #9a6700; --info: #0969da; --mark: #8250df; --edge: #ffd8b5; }
@media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23;
  --error: #ff7b72; --warning: #d29922; --info: #58a6ff; --mark: #d2a8ff; --edge: #5a3a1a; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
header { padding-top: 16px; }
h1 { font-size: 1.5em; margin: 0 0 4px; }
h2 { font-size: 1.15em; margin: 24px 0 8px; }
.meta { color: var(--muted); margin: 0; }
.counts { display: flex; gap: 8px; flex-wrap: wrap; margin: 12px 0; }
.tables { display: flex; gap: 24px; flex-wrap: wrap; align-items: flex-start; }
table { border-collapse: collapse; min-width: 320px; }
caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 8px; text-align: left; font-weight: normal; }
thead th { color: var(--muted); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.zero { color: var(--muted); opacity: .5; }
.total { font-weight: 600; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: .85em; font-weight: 600; color: #fff; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
button.link { background: none; border: 0; padding: 0; color: inherit; font: inherit; cursor: pointer; text-decoration: underline dotted; }
a { color: var(--info); }
.doc { font-size: .85em; }
#filters { position: sticky; top: 0; z-index: 1; background: var(--bg); display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: end; padding: 8px 0; border-bottom: 1px solid var(--line); }
#filters label { display: flex; flex-direction: column; font-size: .85em; color: var(--muted); }
#filters select, #filters input, #filters button { font: inherit; color: inherit; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 4px 6px; }
#filters input { min-width: 16em; }
#shown { margin-left: auto; color: var(--muted); }
#finding-list { list-style: none; padding: 0; margin: 12px 0; }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--muted); border-radius: 6px; padding: 8px 12px; margin: 0 0 12px; }
.finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); } .finding.info { border-left-color: var(--info); }
.head { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; }
.rule { font-weight: 600; }
.where, .locale, .unit-id { color: var(--muted); font-size: .9em; }
.where { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.message { margin: 6px 0; font-weight: 500; }
.unit-id { margin: 4px 0; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
@media (max-width: 700px) { .pair { grid-template-columns: 1fr; } }
.side { background: var(--panel); border-radius: 4px; padding: 6px 8px; min-width: 0; }
.label { color: var(--muted); font-size: .8em; text-transform: uppercase; letter-spacing: .04em; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.edge { background: var(--edge); }
.mark { color: var(--mark); font-size: .8em; }
.nbsp { text-decoration: underline dotted var(--mark); }
.empty { color: var(--muted); font-style: italic; }
.meaning { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 8px 0 0; }
.meaning div { display: flex; gap: 6px; align-items: baseline; }
.meaning dt { color: var(--muted); font-size: .85em; }
.meaning dd { margin: 0; font-weight: 600; }
.fix { margin-top: 6px; }
.errors li { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
[hidden] { display: none !important; }
`;

const SCRIPT = `
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var shown = document.getElementById('shown');
  var empty = document.getElementById('empty');
  var items = Array.prototype.slice.call(document.querySelectorAll('#finding-list > .finding'));
  var texts = items.map(function (item) { return item.textContent.toLowerCase(); });
  function apply() {
    var rule = form.elements.rule.value, severity = form.elements.severity.value, locale = form.elements.locale.value;
    var query = form.elements.search.value.trim().toLowerCase();
    var count = 0;
    items.forEach(function (item, index) {
      var visible = (!rule || item.dataset.rule === rule) && (!severity || item.dataset.severity === severity) &&
        (!locale || item.dataset.locale === locale) && (!query || texts[index].indexOf(query) !== -1);
      item.hidden = !visible;
      if (visible) count++;
    });
    shown.textContent = count + ' of ' + items.length + ' finding' + (items.length === 1 ? '' : 's');
    empty.hidden = count !== 0 || items.length === 0;
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-filter]');
    if (!button) return;
    form.elements[button.dataset.filter].value = button.dataset.value;
    apply();
    form.scrollIntoView();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === '/' && document.activeElement !== form.elements.search) { event.preventDefault(); form.elements.search.focus(); }
  });
  apply();
})();
`;

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Nothing but the inline style and script may load or run, so the file works offline and requests nothing. */
const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;

/** `--format html`: one self-contained page (inline CSS and JS, no network) with summaries and filters. */
export function renderHtml(report: TranslintReport): string {
  const { findings, summary } = report;
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length])) as Record<Severity, number>;
  const byRule = countBy(findings, (finding) => finding.ruleId);
  const byLocale = countBy(findings, (finding) => finding.unit.locale);
  const meta = [
    `translint ${escapeHtml(report.tool.version)}`,
    plural(summary.files, 'file'),
    plural(summary.units, 'unit'),
    plural(summary.findings, 'finding'),
    ...(report.errors.length > 0 ? [plural(report.errors.length, 'file error')] : []),
    ...(summary.fixed !== undefined ? [`${summary.fixed} fixed`] : []),
    ...(summary.baselined !== undefined ? [`${summary.baselined} baselined`] : []),
    `${summary.durationMs} ms`,
  ].join(' · ');
  const errors = report.errors.length === 0
    ? ''
    : `<section class="errors" aria-labelledby="errors-title"><h2 id="errors-title">Files that could not be checked</h2><ul>${report.errors
      .map((error) => `<li>${escapeHtml([error.file, error.line, error.column].filter((part) => part !== undefined).join(':'))}${error.file !== undefined ? ': ' : ''}${escapeHtml(error.message)}</li>`)
      .join('\n')}</ul></section>`;
  const summarySection = findings.length === 0
    ? '<p>No findings.</p>'
    : `<div class="counts">${SEVERITIES.map((severity) => `<button type="button" class="link" data-filter="severity" data-value="${severity}"><span class="badge ${severity}">${bySeverity[severity]} ${severity}</span></button>`).join('')}</div>
<div class="tables">
${summaryTable('by-rule', 'By rule', 'rule', 'rule', byRule)}
${summaryTable('by-language', 'By language', 'language', 'locale', byLocale)}
</div>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="generator" content="translint ${escapeHtml(report.tool.version)}">
<title>translint report: ${plural(summary.findings, 'finding')}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>translint report</h1>
<p class="meta">${meta}</p>
</header>
<main>
<section id="summary" aria-labelledby="summary-title">
<h2 id="summary-title">Summary</h2>
${summarySection}
</section>
${errors}
<section id="findings" aria-labelledby="findings-title">
<h2 id="findings-title">Findings</h2>
<form id="filters" role="search">
<label>rule <select name="rule">${options(byRule.keys(), 'all rules')}</select></label>
<label>severity <select name="severity">${options(SEVERITIES, 'all severities')}</select></label>
<label>language <select name="locale">${options(byLocale.keys(), 'all languages')}</select></label>
<label>search <input type="search" name="search" placeholder="text, file, key… (press /)"></label>
<button type="reset">clear</button>
<output id="shown">${plural(findings.length, 'finding')}</output>
</form>
<ol id="finding-list">
${findings.map(renderFinding).join('\n')}
</ol>
<p id="empty" hidden>No finding matches these filters.</p>
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
