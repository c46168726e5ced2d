import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditResults } from '../../src/core/results.js';
import { renderHtml } from '../../src/report/html.js';
import { auditResults, buildFleet, m365Results, tenantAudit } from '../report/sample-results.js';
import { hasChromium, startBrowser, type Browser, type ReportPage } from './chromium.js';

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202E';

/** Names that try to reverse what follows them: plainly, by closing the isolate early, by ending the paragraph, by opening their own isolate, by overflowing the embedding depth. */
const HOSTILE_NAMES = [`A Helpdesk Tool${RLO}`, `B Tool${PDI}${RLO}`, `C Tool\u2029${RLO}`, 'D Tool\u2067', `E Tool${RLO.repeat(130)}`];
const DETAIL = 'Mail.Send after';
/** A check's summary quotes names whole: one that opens an override (and never closes it) must not reverse the rest. */
const SUMMARY = `2 apps hold Mail.Send: ${HOSTILE_NAMES[0]}, ${HOSTILE_NAMES[1]} granted after review`;

function fleetWithHostileEvidence(): AuditResults {
  const fleet = buildFleet(60);
  const failure = fleet.tenants[0]!.results.find((r) => r.status === 'fail')!;
  failure.evidence = HOSTILE_NAMES.map((name) => ({ kind: 'app' as const, name, detail: DETAIL }));
  failure.evidenceTotal = HOSTILE_NAMES.length;
  failure.owner = `Ops${RLO}`;
  failure.summary = SUMMARY;
  delete failure.assignee;
  return fleet;
}

/** Where the browser laid out each character of the last `word` in an element's text: left to right reads as written. */
function charLefts(report: ReportPage, selector: string, word: string): Promise<number[][]> {
  return report.page.locator(selector).evaluateAll(
    (els, w) =>
      els.map((el) => {
        const node = el.firstChild!;
        const at = node.textContent!.lastIndexOf(w);
        return [...w].map((_, i) => {
          const range = document.createRange();
          range.setStart(node, at + i);
          range.setEnd(node, at + i + 1);
          return range.getBoundingClientRect().left;
        });
      }),
    word,
  );
}

const readsLeftToRight = (lefts: number[]) => lefts.every((left, i) => i === 0 || left > lefts[i - 1]!);

async function openAt(report: ReportPage, hash: string, reload: boolean): Promise<void> {
  await report.page.evaluate((h) => {
    location.hash = h;
  }, hash);
  if (reload) await report.page.reload({ waitUntil: 'load' });
}

/** One Chromium for the tests of a describe block, closed after them. */
function useBrowser(): { browser: Browser } {
  const state = {} as { browser: Browser };
  beforeAll(async () => {
    state.browser = await startBrowser();
  }, 60_000);
  afterAll(async () => {
    await state.browser?.close();
  });
  return state;
}

describe.skipIf(!hasChromium)('a tenant drawn in the roll-up, in Chromium', () => {
  const chromium = useBrowser();

  for (const hash of ['#t=3&q=100%', '#t=3&q=%E0%A4%A']) {
    for (const reload of [false, true]) {
      it(`shows tenant 3 from ${hash}, the malformed search taken as typed (${reload ? 'opened with the link' : 'on hashchange'})`, async () => {
        const fleet = buildFleet(60);
        const report = await chromium.browser.open(renderHtml(fleet));
        await openAt(report, hash, reload);
        await expect.poll(() => report.page.locator('#tenant-detail').isVisible()).toBe(true);
        expect(await report.page.locator('#tenant-detail h2').textContent()).toBe(fleet.tenants[3]!.tenant.name);
        expect(await report.page.locator('#rollup-search').inputValue()).toBe(hash.slice('#t=3&q='.length));
        expect(await report.page.locator('#rollup-status').textContent()).toBe('Showing 0 of 60 tenants.');
        expect(report.consoleErrors).toEqual([]);
        await report.page.close();
      });
    }
  }

  it('shows a bidi control in an evidence name instead of obeying it: the detail after it reads left to right', async () => {
    const report = await chromium.browser.open(renderHtml(fleetWithHostileEvidence()));
    await openAt(report, '#t=0', false);
    const lines = report.page.locator('#tenant-detail .rollup-evidence li', { hasText: DETAIL });
    await expect.poll(() => lines.count()).toBe(HOSTILE_NAMES.length);
    expect(await lines.nth(1).textContent()).toBe(`${FSI}app${PDI}: ${FSI}B Tool[U+2069][U+202E]${PDI} (${FSI}${DETAIL}${PDI})`);
    expect(await lines.nth(2).textContent()).toBe(`${FSI}app${PDI}: ${FSI}C Tool [U+202E]${PDI} (${FSI}${DETAIL}${PDI})`);
    const lefts = await charLefts(report, '#tenant-detail .rollup-evidence li:has-text("after")', 'after');
    expect(lefts).toHaveLength(HOSTILE_NAMES.length);
    lefts.forEach((line, i) => expect(readsLeftToRight(line), HOSTILE_NAMES[i]).toBe(true));
    expect(report.consoleErrors).toEqual([]);
    await report.page.close();
  });

  it('shows a bidi control in an owner instead of obeying it: the remediation after it reads left to right', async () => {
    const report = await chromium.browser.open(renderHtml(fleetWithHostileEvidence()));
    await openAt(report, '#t=0', false);
    const owner = '#tenant-detail .f-body p:has-text("Ops")';
    await expect.poll(() => report.page.locator(owner).count()).toBeGreaterThan(0);
    const [lefts] = await charLefts(report, owner, 'Fix:');
    expect(readsLeftToRight(lefts!)).toBe(true);
    await report.page.close();
  });

  it('shows the bidi controls of a name quoted in a summary: the rest of the summary reads left to right', async () => {
    const report = await chromium.browser.open(renderHtml(fleetWithHostileEvidence()));
    await openAt(report, '#t=0', false);
    const summary = '#tenant-detail .f-summary:has-text("granted after")';
    await expect.poll(() => report.page.locator(summary).count()).toBe(1);
    expect(await report.page.locator(summary).textContent()).toBe(`${FSI}2 apps hold Mail.Send: A Helpdesk Tool[U+202E], B Tool[U+2069][U+202E] granted after review${PDI}`);
    const [lefts] = await charLefts(report, summary, 'after');
    expect(readsLeftToRight(lefts!)).toBe(true);
    await report.page.close();
  });
});

describe.skipIf(!hasChromium)('the report of a few tenants, in Chromium', () => {
  const chromium = useBrowser();

  it('shows the bidi controls of names in a summary and in evidence: what follows them reads left to right', async () => {
    const fleet = fleetWithHostileEvidence();
    const few = auditResults([fleet.tenants[0]!]);
    const report = await chromium.browser.open(renderHtml(few));
    const summary = '.f-summary:has-text("granted after")';
    await expect.poll(() => report.page.locator(summary).count()).toBeGreaterThan(0);
    expect(await report.page.locator(summary).first().textContent()).toBe('2 apps hold Mail.Send: A Helpdesk Tool[U+202E], B Tool[U+2069][U+202E] granted after review');
    const [lefts] = await charLefts(report, summary, 'after');
    expect(readsLeftToRight(lefts!)).toBe(true);
    const names = await report.page.locator('.ev-name').allTextContents();
    expect(names).toContain('A Helpdesk Tool[U+202E]');
    expect(names.join('')).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    await report.page.close();
  });

  for (const reload of [false, true]) {
    it(`still opens a linked finding after a malformed fragment (${reload ? 'opened with the link' : 'on hashchange'})`, async () => {
      const report = await chromium.browser.open(renderHtml(auditResults([tenantAudit({ name: 'contoso', provider: 'm365' }, m365Results())])));
      await openAt(report, '#%', reload);
      const target = report.page.locator('details.finding[id]').first();
      const id = await target.getAttribute('id');
      await target.evaluate((el) => el.removeAttribute('open'));
      await openAt(report, `#${id}`, false);
      await expect.poll(() => target.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
      expect(report.consoleErrors).toEqual([]);
      await report.page.close();
    });
  }
});
