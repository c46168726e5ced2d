import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { AuditResults } from '../src/core/results.js';
import { renderHtml } from '../src/report/html.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** n tenants made by repeating real results under new names, as an MSP's roll-up would hold them. */
export function repeatTenants(base: AuditResults, n: number): AuditResults {
  const tenants = Array.from({ length: n }, (_, i) => {
    const source = base.tenants[i % base.tenants.length]!;
    return { ...source, tenant: { ...source.tenant, name: `${source.tenant.name}-${String(i).padStart(4, '0')}`, id: `${source.tenant.id ?? 'tenant'}-${i}` } };
  });
  return { ...base, tenants };
}

export interface BrowserFigures {
  htmlKiB: number;
  renderMs: number;
  loadMs: number;
  domNodes: number;
  /** From a click on the first tenant's link to the painted frame of its detail: the first open reads the page's data. */
  firstOpenMs: number;
  secondOpenMs: number;
  /** Median ms from a filter's input to the next painted frame, per filter. */
  filters: Record<string, number>;
}

/** What happens on the page per filter: the name, and a script run in the page that changes it. */
const FILTERS: { name: string; apply: string }[] = [
  { name: 'search "contoso"', apply: `(() => { const el = document.querySelector('#filter-text, #rollup-search'); el.value = 'contoso-0'; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); })()` },
  { name: 'status or sort', apply: `(() => { const box = document.querySelector('input[name="status"][value="pass"]'); if (box) { box.click(); return; } document.querySelector('#rollup th[data-sort="score"] button').click(); })()` },
  { name: 'clear', apply: `(() => { const el = document.querySelector('#filter-text, #rollup-search'); el.value = ''; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); })()` },
];

/** Renders the results, opens them in Chromium and times the load event and each filter (three tries, median). */
export async function measureInBrowser(results: AuditResults): Promise<BrowserFigures | { skipped: string }> {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  const started = performance.now();
  const html = renderHtml(results);
  const renderMs = Math.round(performance.now() - started);
  const dir = await mkdtemp(join(tmpdir(), 'tenant-audit-rollup-bench-'));
  const file = join(dir, 'report.html');
  await writeFile(file, html);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const loadStart = Date.now();
    await page.goto(`file://${file}`, { waitUntil: 'load', timeout: 600_000 });
    const loadMs = Date.now() - loadStart;
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const openTenant = (at: number) =>
      page.evaluate(
        (i) =>
          new Promise<number>((resolve) => {
            const t0 = performance.now();
            (document.querySelectorAll('#rollup-rows th a')[i] as HTMLElement).click();
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
          }),
        at,
      );
    const firstOpenMs = Math.round(await openTenant(0));
    const secondOpenMs = Math.round(await openTenant(1));
    const filters: Record<string, number> = {};
    for (const filter of FILTERS) {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        times.push(
          await page.evaluate(
            (code) =>
              new Promise<number>((resolve) => {
                const t0 = performance.now();
                // eslint-disable-next-line no-eval
                (0, eval)(code);
                // A debounced filter applies after its timer; wait for it, then for the frame it paints.
                setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0))), 130);
              }),
            filter.apply,
          ),
        );
      }
      times.sort((a, b) => a - b);
      filters[filter.name] = Math.round(times[1]! - 130);
    }
    return { htmlKiB: Math.round(Buffer.byteLength(html) / 1024), renderMs, loadMs, domNodes, firstOpenMs, secondOpenMs, filters };
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}
