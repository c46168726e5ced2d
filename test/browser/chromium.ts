import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium; .ci/run installs it when missing. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Screenshots and PDFs land here for a person to look at (ignored by git). */
export const SHOTS_DIR = join(process.cwd(), 'test-output', 'browser');

/** The origin the report is served from: any request to anything else counts as leaving the page. */
export const REPORT_URL = 'https://report.invalid/report.html';

export interface ReportPage {
  page: Page;
  /** Every request other than the report itself, whether or not the page could have sent it. */
  requests: string[];
  consoleErrors: string[];
  dialogs: string[];
  /** securitypolicyviolation events: what the CSP blocked. */
  violations: () => Promise<string[]>;
  /** Set by a payload that managed to run script. */
  ranInjectedScript: () => Promise<boolean>;
}

export interface Browser {
  open(html: string, viewport?: { width: number; height: number }): Promise<ReportPage>;
  close(): Promise<void>;
}

/** A fresh profile per run, the flags of the issue, and every request either the report or recorded and refused. */
export async function startBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'tenant-audit-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: FLAGS, headless: true });
  return {
    async open(html, viewport = { width: 1280, height: 900 }) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      const requests: string[] = [];
      const consoleErrors: string[] = [];
      const dialogs: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url === REPORT_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        requests.push(url);
        return route.abort();
      });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(String(error)));
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.addInitScript(() => {
        const w = window as unknown as { __violations: string[]; __xss: boolean };
        w.__violations = [];
        w.__xss = false;
        document.addEventListener('securitypolicyviolation', (event) => w.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
        const hit = () => {
          w.__xss = true;
        };
        window.alert = hit;
        window.confirm = () => (hit(), false);
        window.prompt = () => (hit(), null);
      });
      await page.goto(REPORT_URL, { waitUntil: 'load' });
      return {
        page,
        requests,
        consoleErrors,
        dialogs,
        violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
        ranInjectedScript: () => page.evaluate(() => (window as unknown as { __xss: boolean }).__xss),
      };
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Pages in a PDF Chromium wrote: one /Type /Page object each (the tree's root is /Type /Pages). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}
