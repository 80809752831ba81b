import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { check, type TranslintReport } from '../api.js';
import { escapeHtml, renderHtml, renderUnitText } from './html.js';
import { sampleFinding as finding, sampleReport as report } from '../testing/fixtures.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repoRoot, 'bin/translint.js');

/** Debian's chromium (`apt-get install -y chromium`); CHROMIUM_PATH points elsewhere. */
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** The bundled example and a second catalog with findings of many rules, severities and an XSS attempt. */
const INPUTS = ['examples/reset-button', 'fixtures/report/de.po'];
const INSTALL_HINT = 'install it with `npm run test:browser-setup` (as root: apt-get update && apt-get install -y chromium), or set CHROMIUM_PATH';



describe('HTML report (static)', () => {
  it('escapes everything that comes from the files', () => {
    const nasty = '<img src=x onerror=alert(1)> & "quoted" \'single\' </script>';
    const html = renderHtml(report([finding({ message: nasty, file: `po/${nasty}.po`, ruleId: 'markup/safe-html', unit: { key: nasty, context: nasty, source: nasty, target: nasty, locale: 'de"><script>' }, meaning: { targetMeans: nasty, expected: nasty, suggestion: nasty }, fix: { replacement: nasty, safe: false } })], [{ file: nasty, message: nasty }]));
    assert.doesNotMatch(html, /<img|onerror=alert\(1\)>|de"><script>/);
    assert.equal(html.match(/<script>/g)?.length, 1, 'only the report\'s own script');
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt; &amp; &quot;quoted&quot; &#39;single&#39; &lt;\/script&gt;/);
  });

  it('is self-contained: no external resources, a CSP that allows only its own inline style and script', () => {
    const html = renderHtml(report([finding()]));
    assert.doesNotMatch(html, /<link|<img|<iframe|\bsrc=|@import|url\(/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+'/);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.doesNotMatch(scripts[0]![1]!, /https?:|fetch\(|XMLHttpRequest|import\(/);
  });

  it('shows leading/trailing whitespace and invisible characters', () => {
    assert.equal(renderUnitText(''), '<span class="empty">(empty)</span>');
    assert.match(renderUnitText(' Save '), /^<span class="edge" title="leading whitespace \(1\)"> <\/span>Save<span class="edge" title="trailing whitespace \(1\)"> <\/span>$/);
    assert.match(renderUnitText('Ab\u200Bbrechen'), /Ab<span class="mark" title="U\+200B zero width space">‹zero width space›<\/span>brechen/);
    assert.match(renderUnitText('a\u00A0:'), /a<span class="nbsp" title="U\+00A0 no-break space">\u00A0<\/span>:/);
    assert.match(renderUnitText('x\uD800'), /‹U\+D800›/);
    assert.equal(escapeHtml('<&>"\''), '&lt;&amp;&gt;&quot;&#39;');
  });

  it('renders a clean run and file errors', () => {
    const html = renderHtml(report([], [{ file: 'po/broken.po', line: 3, message: 'unterminated string' }]));
    assert.match(html, /No findings\./);
    assert.match(html, /po\/broken\.po:3: unterminated string/);
  });
});

describe('HTML report in headless Chromium', () => {
  const haveChromium = existsSync(chromiumPath);
  // Locally a missing browser skips with the install step; in CI it must be there.
  const skip = !haveChromium && !process.env['CI'] ? `chromium not found at ${chromiumPath}: ${INSTALL_HINT}` : false;
  let directory = '';
  let expected: TranslintReport | undefined;
  let output = '';
  let cliExitCode: number | undefined;

  before(async () => {
    if (!haveChromium) return;
    directory = mkdtempSync(join(tmpdir(), 'translint-html-'));
    output = join(directory, 'report', 'translint.html');
    mkdirSync(join(directory, 'report'));
    // The CLI writes the page while the API computes the expected findings.
    const cli = promisify(execFile)(process.execPath, [bin, 'check', ...INPUTS, '--format', 'html', '--output', output], { cwd: repoRoot }).then(
      () => 0,
      (error: { code?: number }) => error.code,
    );
    [expected, cliExitCode] = await Promise.all([check(INPUTS, { cwd: repoRoot }), cli]);
  });
  after(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('renders findings side by side, filters them, requests nothing, and makes a screenshot', { skip, timeout: 180_000 }, async (t) => {
    assert.ok(haveChromium, `CI is set but chromium is missing at ${chromiumPath}: ${INSTALL_HINT}`);
    const report = expected!;
    assert.equal(cliExitCode, 1, 'translint check --format html exits 1 on errors');
    assert.deepEqual(readdirSync(join(directory, 'report')), ['translint.html'], 'the atomic write leaves no temp file behind');
    assert.ok(report.findings.length >= 8, 'the fixture has several findings');
    const rules = new Set(report.findings.map((item) => item.ruleId));
    assert.ok(rules.size >= 5);

    const { chromium } = await import('playwright-core');
    const context = await chromium.launchPersistentContext(join(directory, 'profile'), {
      executablePath: chromiumPath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('dialog', (dialog) => {
        problems.push(`dialog opened: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.goto(pathToFileURL(output).href);

      const items = page.locator('#finding-list > li.finding');
      const visible = page.locator('#finding-list > li.finding:visible');
      assert.equal(await items.count(), report.findings.length);
      assert.equal(await visible.count(), report.findings.length);
      assert.equal(await page.locator('#shown').textContent(), `${report.findings.length} of ${report.findings.length} findings`, 'the script ran (its CSP hash matches)');

      // The 2009 finding: message, meaning gloss, fix, and source beside target.
      const reset = items.filter({ hasText: 'Перегрузка' }).filter({ hasText: 'meaning/sense' });
      assert.equal(await reset.count(), 1);
      const resetText = (await reset.textContent()) ?? '';
      for (const part of ['"Перегрузка" means "overload", not "reset"', 'target means', 'overload', 'expected', 'suggestion', 'Перезагрузка', 'fix, unsafe', 'context']) assert.ok(resetText.includes(part), part);
      const [source, target] = await Promise.all([reset.locator('.side').nth(0).boundingBox(), reset.locator('.side').nth(1).boundingBox()]);
      assert.ok(source && target);
      assert.equal(Math.round(source.y), Math.round(target.y), 'source and target on one row');
      assert.ok(target.x > source.x + source.width - 1, 'target to the right of source');

      // Text from the file is shown as text, never run.
      const safeHtml = page.locator('#finding-list > li[data-rule="markup/safe-html"]');
      assert.ok(((await safeHtml.textContent()) ?? '').includes('<script>alert(1)</script>Öffne die <b>Einstellungen</b>'));
      assert.equal(await page.locator('#finding-list script, #finding-list b').count(), 0);

      // Summaries by rule and by language.
      assert.equal(await page.locator('#by-rule tbody tr').count(), rules.size);
      assert.equal(await page.locator('#by-language tbody tr').count(), new Set(report.findings.map((item) => item.unit.locale)).size);

      // Filter by rule: only that rule's findings stay visible.
      const printfCount = report.findings.filter((item) => item.ruleId === 'placeholder/printf').length;
      await page.selectOption('select[name="rule"]', 'placeholder/printf');
      assert.equal(await visible.count(), printfCount);
      for (const rule of await visible.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-rule')))) assert.equal(rule, 'placeholder/printf');
      assert.equal(await page.locator('#shown').textContent(), `${printfCount} of ${report.findings.length} findings`);

      // Filter by severity (rule reset): only warnings.
      await page.selectOption('select[name="rule"]', '');
      await page.selectOption('select[name="severity"]', 'warning');
      const warnings = report.findings.filter((item) => item.severity === 'warning').length;
      assert.ok(warnings > 0 && warnings < report.findings.length);
      assert.equal(await visible.count(), warnings);
      assert.deepEqual(new Set(await visible.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-severity')))), new Set(['warning']));

      // Free-text search, combined with the language filter from the summary table.
      await page.click('button[type="reset"]');
      await page.fill('input[name="search"]', 'перегрузка');
      assert.equal(await visible.count(), report.findings.filter((item) => item.unit.target.toLowerCase().includes('перегрузка')).length);
      await page.fill('input[name="search"]', '');
      await page.click('#by-language button[data-value="de"]');
      assert.equal(await visible.count(), report.findings.filter((item) => item.unit.locale === 'de').length);
      await page.fill('input[name="search"]', 'no such text anywhere');
      assert.equal(await visible.count(), 0);
      assert.ok(await page.locator('#empty').isVisible());
      await page.click('button[type="reset"]');
      // The page applies a reset on the next task (the form's fields change after the event).
      assert.equal(await settledCount(visible, report.findings.length), report.findings.length, 'clear shows everything again');

      const screenshotPath = join(directory, 'translint-report.png');
      await page.screenshot({ path: screenshotPath, fullPage: true });
      const png = readFileSync(screenshotPath);
      assert.ok(png.length > 10_000, `screenshot has ${png.length} bytes`);
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
      t.diagnostic(`screenshot: ${png.length} bytes, ${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`);
      // To look at it: TRANSLINT_SCREENSHOT=/tmp/report.png node --test dist/report/html.test.js
      if (process.env['TRANSLINT_SCREENSHOT']) copyFileSync(screenshotPath, process.env['TRANSLINT_SCREENSHOT']);

      assert.deepEqual(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:')), [], 'no network requests');
      assert.deepEqual(problems, [], 'no console errors, CSP violations or dialogs');
    } finally {
      await context.close();
    }
  });
});

/** The locator's count once it reaches `expected`, or after about a second, whatever it is then. */
async function settledCount(locator: { count(): Promise<number> }, expected: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const count = await locator.count();
    if (count === expected) return count;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return locator.count();
}
