import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditResults } from '../../src/core/results.js';
import { renderHtml } from '../../src/report/html.js';
import { runCli } from '../cli/run-cli.js';
import { auditResults, m365Results, tenantAudit } from '../report/sample-results.js';
import { CHROMIUM, SHOTS_DIR, hasChromium, pdfPageCount, startBrowser, type Browser, type ReportPage } from './chromium.js';

if (!hasChromium) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium; .ci/run does this)`);

/** What a script in tenant data would do if it ever ran: a dialog, a flag, or a request out. */
const XSS_CORPUS = [
  '<script>alert("script")</script>',
  '"><img src=x onerror=alert("img")>',
  "' onmouseover='alert(1)' x='",
  '</script><script>alert(document.domain)</script>',
  '</style><script>alert("style")</script>',
  '<svg onload=alert("svg")></svg>',
  '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
  'javascript:alert("href")',
  '<a href="javascript:alert(1)">x</a>',
  '<img src="https://beacon.invalid/pixel.png">',
  '<link rel=stylesheet href="https://beacon.invalid/x.css">',
  '<meta http-equiv="refresh" content="0;url=https://beacon.invalid/">',
  '{{constructor.constructor "alert(1)"}}',
  '\u2028\u2029<script>alert("sep")</script>',
];

function hostileResults(): AuditResults {
  const results = m365Results().map((result, i) => ({
    ...result,
    summary: `${result.summary} ${XSS_CORPUS[i % XSS_CORPUS.length]}`,
    evidence: XSS_CORPUS.map((payload) => ({ kind: 'app' as const, name: payload, detail: payload })),
    evidenceTotal: XSS_CORPUS.length,
  }));
  return auditResults([
    ...XSS_CORPUS.slice(0, 4).map((payload, i) => tenantAudit({ name: `${payload}-${i}`, provider: 'm365', id: payload, displayName: payload }, results)),
    tenantAudit({ name: XSS_CORPUS[5]!, provider: 'gws' }, [], { outcome: 'failed', error: { code: XSS_CORPUS[1]!, message: XSS_CORPUS.join(' ') } }),
  ]);
}

const visibleFindings = (report: ReportPage) => report.page.locator('details.finding:visible').count();

describe.skipIf(!hasChromium)('report.html in Chromium', () => {
  let browser: Browser;
  let demoHtml: string;
  let outDir: string;

  beforeAll(async () => {
    await mkdir(SHOTS_DIR, { recursive: true });
    outDir = await mkdtemp(join(tmpdir(), 'tenant-audit-browser-'));
    const run = await runCli(['demo', '--out', outDir, '--format', 'json,html']);
    expect(run.code, run.stderr).not.toBe(2);
    demoHtml = await readFile(join(outDir, 'report.html'), 'utf8');
    browser = await startBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('opens the demo with the executive summary and its charts, no console error, no request out, no CSP violation', async () => {
    const report = await browser.open(demoHtml);
    await report.page.screenshot({ path: join(SHOTS_DIR, 'demo-desktop.png') });
    const first = await report.page.evaluate(() => document.querySelector('main > section')?.id);
    expect(first).toBe('summary');
    await expect(report.page.locator('#summary .exec-value').textContent()).resolves.toMatch(/^\d+$/);
    expect(await report.page.locator('#summary svg.donut circle.donut-seg').count()).toBeGreaterThan(0);
    expect(await report.page.locator('#summary svg.hbar rect').count()).toBeGreaterThan(0);
    expect(await report.page.locator('#summary .risk-list li').count()).toBe(5);
    expect(await report.page.locator('#filters').isVisible()).toBe(true);
    expect(report.consoleErrors).toEqual([]);
    expect(report.requests).toEqual([]);
    expect(await report.violations()).toEqual([]);
    await report.page.close();
  });

  it('changes what is shown with every filter, and Reset shows everything again', async () => {
    const report = await browser.open(demoHtml);
    const { page } = report;
    const all = await visibleFindings(report);
    expect(all).toBeGreaterThan(50);

    await page.locator('input[name="status"][value="pass"]').uncheck();
    const noPasses = await visibleFindings(report);
    expect(noPasses).toBeLessThan(all);
    expect(await page.locator('details.finding.st-pass:visible').count()).toBe(0);

    await page.locator('input[name="severity"][value="medium"]').uncheck();
    expect(await page.locator('details.finding.sev-medium:visible').count()).toBe(0);
    expect(await visibleFindings(report)).toBeLessThan(noPasses);

    await page.locator('button[type="reset"]').click();
    await expect.poll(() => visibleFindings(report)).toBe(all);

    await page.locator('#filter-area').selectOption('mfa');
    const areas = await page.locator('details.finding:visible').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-area')))]);
    expect(areas).toEqual(['mfa']);

    await page.locator('#filter-area').selectOption('');
    await page.locator('#filter-provider').selectOption('gws');
    const providers = await page.locator('section.tenant:visible').evaluateAll((els) => els.map((el) => el.getAttribute('data-provider')));
    expect(providers).toEqual(['gws']);

    await page.locator('#filter-provider').selectOption('');
    await page.locator('#filter-text').fill('salesforce-acme');
    await expect.poll(() => page.locator('section.tenant:visible .tenant-name').allTextContents()).toEqual(['salesforce-acme']);
    await expect(page.locator('#filter-status').textContent()).resolves.toMatch(/^Showing \d+ of \d+ findings in 1 of 4 tenants\.$/);
    expect(report.consoleErrors).toEqual([]);
    await page.close();
  });

  it('lands a deep link below the sticky filter bar', async () => {
    const report = await browser.open(demoHtml);
    const { page } = report;
    const target = await page.locator('details.finding[open][id]').first().getAttribute('id');
    await page.evaluate((id) => { location.hash = id!; }, target);
    const { top, barBottom } = await page.evaluate((id) => ({
      top: document.getElementById(id!)!.getBoundingClientRect().top,
      barBottom: document.getElementById('filters')!.getBoundingClientRect().bottom,
    }), target);
    expect(top).toBeGreaterThanOrEqual(barBottom - 1);
    await page.close();
  });

  it('fits a 390 px phone without sideways scrolling', async () => {
    const report = await browser.open(demoHtml, { width: 390, height: 844 });
    await report.page.screenshot({ path: join(SHOTS_DIR, 'demo-phone.png') });
    await report.page.locator('#tenant-1').scrollIntoViewIfNeeded();
    await report.page.screenshot({ path: join(SHOTS_DIR, 'demo-phone-tenant.png') });
    const widths = await report.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const filterHeight = await report.page.locator('#filters').evaluate((el) => getComputedStyle(el).position);
    expect(filterHeight).toBe('static');
    await report.page.close();
  });

  it('prints the summary on page 1 and the demo in at most 15 A4 pages without the appendix', async () => {
    // The printable width and height of A4 with the print stylesheet's margins (12 mm, 14 mm), at 96 px per inch.
    const report = await browser.open(demoHtml, { width: 703, height: 1016 });
    const { page } = report;
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.screenshot({ path: join(SHOTS_DIR, 'demo-print-page1.png') });
    const summaryBottom = await page.locator('#summary').evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    expect(summaryBottom).toBeLessThanOrEqual(1016);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(join(SHOTS_DIR, 'demo.pdf'), pdf);
    expect(pdfPageCount(pdf)).toBeGreaterThan(1);
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(15);
    await page.close();
  });

  it('runs no script from an XSS corpus in tenant strings: no dialog, no request, the page as we wrote it', async () => {
    const report = await browser.open(renderHtml(hostileResults()));
    const { page } = report;
    await page.locator('details.finding').first().hover();
    await page.locator('#filter-text').fill('script');
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SHOTS_DIR, 'xss-corpus.png') });
    expect(await report.ranInjectedScript()).toBe(false);
    expect(report.dialogs).toEqual([]);
    expect(report.requests).toEqual([]);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('main img, main iframe, main svg[onload], link, meta[http-equiv="refresh"]').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('a[href^="javascript:"]').length)).toBe(0);
    expect(report.consoleErrors).toEqual([]);
    await page.close();
  });

  it('blocks by its CSP a script and a request that did get into the page', async () => {
    const injected = demoHtml.replace('</main>', '<img src="https://beacon.invalid/x.png"><script>alert("injected")</script></main>');
    const report = await browser.open(injected);
    expect(await report.ranInjectedScript()).toBe(false);
    expect(report.requests).toEqual([]);
    const violations = await report.violations();
    expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(violations.some((v) => v.startsWith('img-src'))).toBe(true);
    await report.page.close();
  });
});

describe.skipIf(!hasChromium)('the roll-up of many tenants in Chromium', () => {
  let browser: Browser;
  const many = () => {
    const results = m365Results().map((r) => ({ ...r, controls: [{ framework: 'scuba-aad', frameworkVersion: '1.8.0', id: 'MS.AAD.3.1v1', status: r.status, summary: r.summary }] }));
    return auditResults(
      Array.from({ length: 60 }, (_, i) =>
        tenantAudit({ name: i === 7 ? `${XSS_CORPUS[0]}-7` : `client-${i + 1}`, provider: 'm365', displayName: XSS_CORPUS[i % XSS_CORPUS.length] }, i % 2 ? results : results.map((r) => ({ ...r, status: 'pass' as const, summary: `${r.summary} ${XSS_CORPUS[1]}` }))),
      ),
    );
  };

  beforeAll(async () => {
    await mkdir(SHOTS_DIR, { recursive: true });
    browser = await startBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('fits every column heading of the tenant table inside its own column, whole words kept, at 1,280 and 1,000 px', async () => {
    for (const width of [1280, 1000]) {
      const { page } = await browser.open(renderHtml(many()), { width, height: 900 });
      const headings = await page.locator('#rollup thead th').evaluateAll((cells) =>
        cells.map((cell) => {
          const text = cell.textContent!.trim();
          const words = text.split(/\s+/);
          // A word broken across lines makes the heading taller than its words laid out whole would need.
          const probe = document.createElement('span');
          probe.style.whiteSpace = 'nowrap';
          cell.append(probe);
          const widest = Math.max(...words.map((word) => ((probe.textContent = word), probe.getBoundingClientRect().width)));
          probe.remove();
          const style = getComputedStyle(cell);
          const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return { text, overflows: cell.scrollWidth > cell.clientWidth, widestWord: widest, room };
        }),
      );
      expect(headings.length).toBeGreaterThan(6);
      for (const heading of headings) {
        expect(heading.overflows, `${heading.text} at ${width} px`).toBe(false);
        expect(heading.widestWord, `${heading.text} at ${width} px`).toBeLessThanOrEqual(heading.room + 0.5);
      }
      await page.close();
    }
  });

  it('searches and sorts the tenant table with natural order, keeps the state in the URL and draws a tenant on demand', async () => {
    const report = await browser.open(renderHtml(many()));
    const { page } = report;
    expect(await page.locator('section.tenant').count()).toBe(1);
    expect(await page.locator('#rollup-rows tr').count()).toBe(60);
    await page.locator('#rollup-search').fill('client-1');
    await expect.poll(() => page.locator('#rollup-rows tr:visible').count()).toBe(11);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#q=client-1');
    await page.locator('#rollup th[data-sort="name"] button').click();
    expect(await page.locator('#rollup-rows tr:visible th a').allTextContents()).toEqual(['client-1', 'client-10', 'client-11', 'client-12', 'client-13', 'client-14', 'client-15', 'client-16', 'client-17', 'client-18', 'client-19']);
    await page.locator('#rollup-rows tr:visible th a').first().click();
    await expect.poll(() => page.locator('#tenant-detail details.finding').count()).toBeGreaterThan(5);
    expect(await page.locator('#tenant-detail h2').textContent()).toBe('client-1');
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toMatch(/^#q=client-1&sort=name&t=\d+$/);
    await page.screenshot({ path: join(SHOTS_DIR, 'rollup.png') });

    // The same URL opens the same view.
    const again = await browser.open(renderHtml(many()));
    await again.page.evaluate((h) => { location.hash = h; }, hash);
    await expect.poll(() => again.page.locator('#rollup-rows tr:visible').count()).toBe(11);
    expect(await again.page.locator('#tenant-detail h2').textContent()).toBe('client-1');
    expect(report.consoleErrors).toEqual([]);
    expect(report.requests).toEqual([]);
    expect(await report.violations()).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('opens a tenant from who must act and from the framework view, with its framework figures', async () => {
    const report = await browser.open(renderHtml(many()));
    const { page } = report;
    expect(await page.locator('#frameworks tbody tr').count()).toBeGreaterThan(0);
    const owner = page.locator('#actions details.owner').first();
    await owner.locator('summary').click();
    const link = owner.locator('.ap-tenants a').first();
    const name = await link.textContent();
    await link.click();
    await expect.poll(() => page.locator('#tenant-detail h2').textContent()).toBe(name);
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#t=\d+$/);
    expect(await page.locator('#tenant-detail .tenant-frameworks tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS_DIR, 'rollup-who-must-act.png'), fullPage: false });
    const lowest = page.locator('#frameworks td a').first();
    const other = await lowest.textContent();
    await lowest.click();
    await expect.poll(() => page.locator('#tenant-detail h2').textContent()).toBe(other);
    await page.locator('#frameworks').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS_DIR, 'rollup-frameworks.png') });
    expect(report.consoleErrors).toEqual([]);
    expect(report.requests).toEqual([]);
    expect(await report.violations()).toEqual([]);
    await page.close();
  });

  it('draws hostile tenant strings as text, running none of them', async () => {
    const report = await browser.open(renderHtml(many()));
    const { page } = report;
    for (const link of await page.locator('#rollup-rows th a').all()) {
      await link.click();
    }
    expect(await report.ranInjectedScript()).toBe(false);
    expect(report.dialogs).toEqual([]);
    expect(report.requests).toEqual([]);
    expect(await page.locator('main img, main iframe, main svg[onload]').count()).toBe(0);
    expect(await page.locator('script:not([type="application/json"])').count()).toBe(1);
    expect(await page.locator('script[type="application/json"]').count()).toBe(1);
    expect(await page.locator('script#rollup-data').count()).toBe(1);
    expect(report.consoleErrors).toEqual([]);
    await page.close();
  });
});
