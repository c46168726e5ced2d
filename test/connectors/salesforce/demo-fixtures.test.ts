import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nock from 'nock';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createSalesforceConnector } from '../../../src/connectors/salesforce/connector.js';
import { salesforceTenantFields } from '../../../src/connectors/salesforce/config.js';
import { salesforceSectionCatalog } from '../../../src/connectors/salesforce/sections.js';
import type { SalesforceShapes } from '../../../src/snapshot/salesforce.js';
import { loadCheckFiles } from '../../../src/core/catalog.js';
import { evaluateSnapshot } from '../../../src/core/evaluate.js';
import type { Snapshot } from '../../../src/core/model.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { collectLog, runtime, strictNock } from './sf-nock.js';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures', 'demo', 'salesforce-acme');
const BASE_URL = 'http://127.0.0.1:4519';

interface Route {
  method: string;
  path: string;
  query?: Record<string, string>;
  status: number;
  headers?: Record<string, string>;
  body: string;
}

function serveRoutes(): void {
  const routes = JSON.parse(readFileSync(join(folder, 'routes.json'), 'utf8')) as Route[];
  for (const route of routes) {
    const body = readFileSync(join(folder, route.body), 'utf8').replaceAll('{{baseUrl}}', BASE_URL);
    const scope = nock(BASE_URL).get(route.path);
    const matched = route.query ? scope.query((q) => Object.entries(route.query ?? {}).every(([k, v]) => q[k] === v)) : scope;
    matched.reply(route.status, JSON.parse(body) as nock.Body, route.headers);
  }
}

strictNock();

describe('demo Salesforce org through the real connector', () => {
  it('collects every section, with one unreadable, and the checks show a mixed picture', async () => {
    serveRoutes();
    const entry = parse(readFileSync(join(folder, 'tenant.yaml'), 'utf8').replaceAll('{{baseUrl}}', BASE_URL)) as Record<string, unknown>;
    const { name, provider, ...fields } = entry;
    expect(provider).toBe('salesforce');
    const tenant = { name: String(name), ...salesforceTenantFields.parse(fields) };
    const sections = Object.keys(salesforceSectionCatalog) as (keyof SalesforceShapes & string)[];
    const collected = await createSalesforceConnector(tenant, runtime({ DEMO_TOKEN: 'demo-token' })).collect({ sections, settings: DEFAULT_TENANT_SETTINGS, log: collectLog() });

    expect(collected.tenant).toMatchObject({ id: '00D5g00000DemoAEAQ', displayName: 'Acme Corp (demo)' });
    const errors = Object.entries(collected.sections).filter(([, s]) => s?.status === 'error').map(([k, s]) => [k, s?.status === 'error' ? s.error.code : '']);
    expect(Object.fromEntries(errors)).toEqual({ apiAccessControl: 'permission', mfaMethods: 'permission' });
    const s = collected.sections;
    expect(s.users?.status === 'ok' && s.users.data).toHaveLength(5);
    expect(s.oauthTokens?.status === 'ok' && s.oauthTokens.data.map((t) => t.appName)).toEqual(['Salesforce for Outlook', 'Free PDF Export', 'Acme Data Sync']);
    expect(s.oauthTokens?.status === 'ok' && s.oauthTokens.data.map((t) => t.appId)).toEqual(['0H45g00000DemoOut', null, null]);
    expect(s.connectedApps?.status === 'ok' && s.connectedApps.data.map((a) => a.kind)).toEqual(['connected-app', 'external-client-app', 'external-client-app']);
    expect(s.connectedApps?.status === 'ok' && s.connectedApps.data.map((a) => a.developerName ?? null)).toEqual([null, 'Acme_Data_Sync', 'Tenant_audit']);
    expect(s.directLoginVerification?.status === 'ok' && s.directLoginVerification.data.logins).toHaveLength(2);
    expect(s.healthCheck?.status === 'ok' && s.healthCheck.data.score).toBe(78);
    expect(s.guestAccess?.status === 'ok' && s.guestAccess.data.guestPermissionSets.map((p) => p.label)).toEqual(['Guest Knowledge Read']);

    const snapshot: Snapshot = { schemaVersion: 1, provider: 'salesforce', tenant: collected.tenant, collectedAt: '2026-11-01T00:00:00Z', tool: { name: 'tenant-audit', version: 'test' }, sections: collected.sections as Snapshot['sections'] };
    const checks = (await loadCheckFiles(['salesforce'])).map((c) => c.check);
    const results = evaluateSnapshot(checks, snapshot, DEFAULT_TENANT_SETTINGS);
    const by = (status: string) => results.filter((r) => r.status === status).map((r) => r.checkId).sort();
    expect(by('fail')).toEqual([
      'sf-data-personal-fields-classified',
      'sf-data-sensitive-fields-history-tracked',
      'sf-ext-guest-no-business-access',
      'sf-ext-public-links-protected',
      'sf-hc-file-types-hybrid-safe',
      'sf-hc-no-high-risks',
      'sf-mfa-credential-logins-disabled',
      'sf-mfa-privileged-api-logins',
      'sf-oauth-no-stale-tokens',
      'sf-oauth-tokens-managed-apps',
      'sf-password-secret-answer-obscured',
      'sf-priv-dormant-users',
      'sf-session-csp-email-templates',
      'sf-session-locked-to-domain',
      'sf-session-logout-on-timeout',
    ]);
    // Each Health Check setting gets its own verdict, read from SecuritySettings or from Health Check's own row.
    expect(by('pass')).toEqual(expect.arrayContaining(['sf-password-lockout-period', 'sf-password-question-excludes-password', 'sf-session-sms-identity-enabled', 'sf-session-untrusted-redirects-warned', 'sf-ext-guest-member-visibility-off']));
    // Contact.Birthdate is Restricted yet untracked; the other fields marked sensitive are tracked.
    expect(results.find((r) => r.checkId === 'sf-data-sensitive-fields-history-tracked')?.evidence.map((e) => e.name)).toEqual(['Contact.Birthdate']);
    // Guests read Knowledge and can invoke one Apex class (the Visualforce login page is listed, not judged).
    const guest = results.find((r) => r.checkId === 'sf-ext-guest-no-business-access');
    expect(guest?.evidence.map((e) => e.name)).toEqual(['Support Site Profile: Knowledge__kav', 'Guest Knowledge Read: Knowledge__kav', 'Apex class PortalCaseSearch']);
    // sf-oauth-app-policies-bounded: SBS-DEP-006's token bounds are not readable for the demo's apps, so it is not a pass.
    expect(by('not_assessed')).toEqual(['sf-mfa-active-users-registered', 'sf-oauth-api-access-control', 'sf-oauth-app-policies-bounded']);
    // The External Client App's tokens have no AppMenuItem yet are not flagged; the uninstalled app's still are.
    const managed = results.find((r) => r.checkId === 'sf-oauth-tokens-managed-apps');
    expect(managed?.evidence.map((e) => e.name)).toEqual(['Free PDF Export']);
    expect(by('pass').length).toBe(checks.length - 18);
  });
});
