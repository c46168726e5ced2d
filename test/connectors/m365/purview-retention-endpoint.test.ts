import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { AdminApiClient } from '../../../src/connectors/m365/admin-api-client.js';
import purviewAuditRetentionPolicies from '../../../src/connectors/m365/collectors/purview-audit-retention-policies.js';
import purviewDlpRules, { endpointRestrictions } from '../../../src/connectors/m365/collectors/purview-dlp-rules.js';
import { toSectionError } from '../../../src/connectors/m365/section-errors.js';
import { ApiShapeError } from '../../../src/core/errors.js';
import { Transport } from '../../../src/transport/transport.js';
import { failure, REPO_ROOT, TOKEN, readJson, useStrictNock } from './graph-nock.js';

useStrictNock();
const SCC = 'https://ps.compliance.protection.outlook.com';
const TENANT = '9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b';
const PATH = `/adminapi/beta/${TENANT}/InvokeCommand`;
const fixture = (name: string) => readJson(join(REPO_ROOT, 'fixtures', 'm365', 'admin-api', name)) as nock.Body;
const cmdlet = (name: string) => (body: unknown) => (body as { CmdletInput?: { CmdletName?: string } }).CmdletInput?.CmdletName === name;

function context() {
  const transport = new Transport({ origins: [SCC], limits: { maxTries: 2 }, sleep: async () => undefined, random: () => 1 });
  const scc = new AdminApiClient({ base: SCC, tenantId: TENANT, token: async () => TOKEN, transport, service: 'Security & Compliance' });
  return { services: { compliance: async () => scc } } as never;
}

describe('Get-UnifiedAuditLogRetentionPolicy section', () => {
  it('reads every page; null filters are "every record"', async () => {
    nock(SCC)
      .post(PATH, cmdlet('Get-UnifiedAuditLogRetentionPolicy'))
      .reply(200, fixture('get-unifiedauditlogretentionpolicy-page1.json'))
      .post(PATH, cmdlet('Get-UnifiedAuditLogRetentionPolicy'))
      .query({ $skiptoken: 'UnifiedAuditLogRetentionPolicy_2' })
      .reply(200, fixture('get-unifiedauditlogretentionpolicy-page2.json'));
    expect(await purviewAuditRetentionPolicies.collect(context())).toEqual([
      { name: 'Exchange admin actions, ten years', retentionDuration: 'TenYears', priority: 10, enabled: true, recordTypes: ['ExchangeAdmin'], operations: [], userIds: [] },
      { name: 'All activity, one year', retentionDuration: 'TwelveMonths', priority: 100, enabled: true, recordTypes: [], operations: [], userIds: [] },
    ]);
  });

  it('names the missing app permission and Entra role on a 403', async () => {
    nock(SCC).post(PATH, cmdlet('Get-UnifiedAuditLogRetentionPolicy')).reply(403, fixture('error-403-role.json'));
    const section = toSectionError(await failure(purviewAuditRetentionPolicies.collect(context())), purviewAuditRetentionPolicies.spec);
    expect(section).toMatchObject({ code: 'permission', httpStatus: 403 });
    expect(section.message).toContain('Global Reader');
  });

  it('reads a licence refusal as the missing Audit (Premium) licence', async () => {
    nock(SCC).post(PATH, cmdlet('Get-UnifiedAuditLogRetentionPolicy')).reply(400, fixture('error-licence.json'));
    expect(toSectionError(await failure(purviewAuditRetentionPolicies.collect(context())), purviewAuditRetentionPolicies.spec)).toMatchObject({ code: 'licence', licence: expect.stringContaining('Audit (Premium)') });
  });

  it('is read only when the tenant has the Audit (Premium) service plan', () => {
    const licensed = purviewAuditRetentionPolicies.licensed!;
    expect(licensed({ skus: [], servicePlans: ['M365_ADVANCED_AUDITING'], entraP1: true, entraP2: true })).toBe(true);
    expect(licensed({ skus: [], servicePlans: ['EXCHANGE_S_ENTERPRISE'], entraP1: true, entraP2: true })).toBe(false);
  });

  it('does not read a policy without RetentionDuration', async () => {
    nock(SCC).post(PATH, cmdlet('Get-UnifiedAuditLogRetentionPolicy')).reply(200, { value: [{ Name: 'x', Priority: 1 }] });
    expect(toSectionError(await failure(purviewAuditRetentionPolicies.collect(context())), purviewAuditRetentionPolicies.spec)).toMatchObject({ code: 'shape', message: expect.stringContaining('RetentionDuration') });
  });
});

describe('Get-DlpComplianceRule EndpointDlpRestrictions', () => {
  it('reads the Setting/Value pairs; null is none', async () => {
    nock(SCC).post(PATH, cmdlet('Get-DlpComplianceRule')).reply(200, fixture('get-dlpcompliancerule-endpoint.json'));
    const rules = await purviewDlpRules.collect(context());
    expect(rules.map((r) => r.endpointRestrictions)).toEqual([
      [{ setting: 'UnallowedApps', value: 'Block' }, { setting: 'UnallowedBluetoothTransferApps', value: 'Audit' }, { setting: 'Print', value: 'Block' }],
      [],
    ]);
  });

  it('reads lower-case keys and the PowerShell hashtable text form', () => {
    expect(endpointRestrictions([{ setting: 'CopyPaste', value: 'Warn' }, '@{Setting=UnallowedApps; Value=Block}'])).toEqual([{ setting: 'CopyPaste', value: 'Warn' }, { setting: 'UnallowedApps', value: 'Block' }]);
  });

  it('refuses an entry it cannot read instead of dropping it', () => {
    expect(() => endpointRestrictions([{ Name: 'UnallowedApps' }])).toThrow(ApiShapeError);
  });
});
