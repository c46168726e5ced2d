import { describe, expect, it } from 'vitest';
import check from '../../../checks/salesforce/sf-oauth-tokens-managed-apps.js';
import type { SalesforceShapes, SfOauthToken } from '../../../src/snapshot/salesforce.js';
import { checkTable, runCheckOn } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

/** A token with no AppMenuItem: how an External Client App's tokens (and an uninstalled app's) look. */
const bareToken = (id: string, appName: string, username: string, extra: Partial<SfOauthToken> = {}): SfOauthToken => ({
  appName, appMenuItemId: null, adminAuthorized: null, appId: null, userId: `005-${id}`, username, useCount: 3, lastUsedDate: '2026-10-01T00:00:00Z', createdDate: '2026-09-01T00:00:00Z', ...extra,
});
const eca = (o: SalesforceShapes) => {
  const app = o.connectedApps.find((a) => a.kind === 'external-client-app');
  if (!app) throw new Error('compliant org has no External Client App');
  return app;
};

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when tokens belong to installed admin-authorised apps', expect: 'pass' },
  { name: 'fails for a token of an app that is not installed', patch: (o) => { o.oauthTokens.push(bareToken('0CQ-2', 'Free PDF Export', 'sue.sales@acme.example')); }, expect: 'fail', evidence: ['Free PDF Export'], notEvidence: ['Salesforce for Outlook'] },
  { name: 'fails for a token whose AppName and UserId are null (both Nillable on OauthToken) and whose app is not installed', patch: (o) => { o.oauthTokens.push(bareToken('0CQ-13', 'x', 'x', { appName: null, userId: null, username: null })); }, expect: 'fail', evidence: ['(app not named)'] },
  { name: 'fails for an installed app that users self-authorise', patch: (o) => { const t = o.oauthTokens[0]; if (t) t.adminAuthorized = false; }, expect: 'fail', evidence: ['Salesforce for Outlook'] },
  { name: 'passes for tokens of an admin-approved External Client App that has no AppMenuItem (matched by label)', patch: (o) => { o.oauthTokens.push(bareToken('0CQ-3', 'Tenant audit', 'ann.admin@acme.example')); }, expect: 'pass' },
  { name: 'passes for an External Client App token matched on AppMenuItem.ApplicationId (18- vs 15-character id)', patch: (o) => { eca(o).id = '0xI5g00000AbCdE'; o.oauthTokens.push(bareToken('0CQ-4', 'Audit Runner', 'ann.admin@acme.example', { appMenuItemId: '0Pp-9', appId: '0xI5g00000AbCdEFGH' })); }, expect: 'pass' },
  { name: 'passes for an External Client App token whose AppName is the API name', patch: (o) => { o.oauthTokens.push(bareToken('0CQ-5', 'Tenant_audit', 'ann.admin@acme.example')); }, expect: 'pass' },
  { name: 'still fails for an unknown app next to an approved External Client App', patch: (o) => { o.oauthTokens.push(bareToken('0CQ-3', 'Tenant audit', 'ann.admin@acme.example'), bareToken('0CQ-6', 'Shadow Sync', 'sue.sales@acme.example')); }, expect: 'fail', evidence: ['Shadow Sync'], notEvidence: ['Tenant audit'], summary: /^1 app holds/ },
  { name: 'fails for an External Client App whose policy lets users self-authorise', patch: (o) => { eca(o).adminApprovedUsersOnly = false; o.oauthTokens.push(bareToken('0CQ-7', 'Tenant audit', 'sue.sales@acme.example')); }, expect: 'fail', evidence: ['Tenant audit'] },
  { name: 'does not let an External Client App label mask a connected app that users self-authorise', patch: (o) => { o.oauthTokens.push(bareToken('0CQ-8', 'Tenant audit', 'sue.sales@acme.example', { appMenuItemId: '0Pp-1', adminAuthorized: false, appId: '0H4-1' })); }, expect: 'fail', evidence: ['Tenant audit'] },
  { name: 'is not assessed when the only doubtful tokens are of an External Client App whose policy was unreadable', patch: (o) => { eca(o).adminApprovedUsersOnly = null; o.oauthTokens.push(bareToken('0CQ-9', 'Tenant audit', 'ann.admin@acme.example')); }, expect: 'not_assessed', summary: /Tenant audit/ },
  { name: 'is not assessed without Customize Application (only own tokens visible)', unreadable: { oauthTokens: { permission: 'Customize Application' } }, expect: 'not_assessed', summary: /Customize Application/ },
  { name: 'is not assessed when connected apps cannot be read (External Client Apps would look uninstalled)', unreadable: { connectedApps: true }, expect: 'not_assessed', summary: /connectedApps/ },
]);

describe('sf-oauth-tokens-managed-apps evidence', () => {
  it('names the app and the users holding its tokens, and says why', () => {
    const org = compliantOrg();
    org.oauthTokens.push(bareToken('0CQ-10', 'Shadow Sync', 'sue.sales@acme.example'), bareToken('0CQ-11', 'Shadow Sync', 'sam.sales@acme.example'), bareToken('0CQ-12', 'Tenant audit', 'ann.admin@acme.example'));
    const result = runCheckOn(check, 'salesforce', org);
    expect(result.status).toBe('fail');
    expect(result.evidence).toEqual([{ kind: 'app', name: 'Shadow Sync', detail: 'not installed; tokens for 2 users: sue.sales@acme.example, sam.sales@acme.example' }]);
  });
});
