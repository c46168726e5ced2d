import nock from 'nock';
import { describe, expect, it } from 'vitest';
import spoTenant from '../../../src/connectors/m365/collectors/spo-tenant.js';
import { toSectionError } from '../../../src/connectors/m365/section-errors.js';
import { m365ServiceClients } from '../../../src/connectors/m365/service-clients.js';
import { SectionFailure } from '../../../src/core/section-failure.js';
import type { M365Organization } from '../../../src/snapshot/m365.js';
import { failure, fakeRuntime, useStrictNock } from './graph-nock.js';

useStrictNock();
const ADMIN = 'https://contoso-admin.sharepoint.com';
const ORG: M365Organization = { id: 'o', displayName: 'Contoso', verifiedDomains: [{ name: 'contoso.onmicrosoft.com', isDefault: false, isInitial: true }], onPremisesSyncEnabled: null };
const TENANT = { name: 'contoso', tenantId: '9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b', cloud: 'global' as const, auth: { type: 'token' as const, tokenEnv: 'T' } };
const GRAPH = { graph: 'https://graph.microsoft.com', authority: 'https://login.microsoftonline.com' };

function collect(optIn: boolean, auth: object = TENANT.auth) {
  const { runtime } = fakeRuntime({ T: 'spo-token' }, 2);
  const services = m365ServiceClients({ ...TENANT, auth: auth as typeof TENANT.auth, ...(optIn ? { optIn: { sharePointAdmin: true } } : {}) }, GRAPH, runtime, {});
  return spoTenant.collect({ services, organization: ORG } as never);
}

const SPO = { SharingCapability: 2, OneDriveSharingCapability: 3, DefaultSharingLinkType: 1, DefaultLinkPermission: 1, RequireAnonymousLinksExpireInDays: 14, FileAnonymousLinkType: 1, FolderAnonymousLinkType: 1, EmailAttestationRequired: true, EmailAttestationReAuthDays: 30, ExternalUserExpirationRequired: true, ExternalUserExpireInDays: 60 };

describe('SharePoint admin API (SPO.Tenant)', () => {
  it('reads the tenant object from the admin site named after the initial domain, asking for bare JSON', async () => {
    nock(ADMIN, { reqheaders: { authorization: 'Bearer spo-token', accept: 'application/json;odata=nometadata' } }).get('/_api/SPO.Tenant').reply(200, SPO);
    expect(await collect(true)).toMatchObject({ sharingCapability: 2, oneDriveSharingCapability: 3, requireAnonymousLinksExpireInDays: 14, externalUserExpireInDays: 60 });
  });

  it('sends nothing and says why when the write-capable permission is not opted in', async () => {
    const error = await failure(collect(false));
    expect(error).toBeInstanceOf(SectionFailure);
    expect((error as SectionFailure).error).toMatchObject({ code: 'not_collected', permission: 'Sites.FullControl.All (SharePoint)' });
    expect((error as SectionFailure).message).toContain('optIn.sharePointAdmin');
  });

  it('refuses a client secret, which SharePoint app-only does not accept', async () => {
    const error = await failure(collect(true, { type: 'secret', clientId: '00000000-0000-4000-8000-000000000001', clientSecretEnv: 'S' }));
    expect((error as SectionFailure).error).toMatchObject({ code: 'auth', message: expect.stringContaining('certificate') });
  });

  it('names Sites.FullControl.All on SharePoint\'s own 403 error format', async () => {
    nock(ADMIN).get('/_api/SPO.Tenant').reply(403, { 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' } } });
    const section = toSectionError(await failure(collect(true)), spoTenant.spec);
    expect(section).toMatchObject({ code: 'permission', httpStatus: 403 });
    expect(section.message).toContain('SharePoint denied the read');
    expect(section.message).toContain('Sites.FullControl.All');
  });

  it('retries a 429 after Retry-After', async () => {
    nock(ADMIN).get('/_api/SPO.Tenant').reply(429, '', { 'Retry-After': '3' }).get('/_api/SPO.Tenant').reply(200, SPO);
    expect(await collect(true)).toMatchObject({ sharingCapability: 2 });
  });

  it('does not read a 200 without the documented properties', async () => {
    nock(ADMIN).get('/_api/SPO.Tenant').reply(200, { SharingCapability: 2 });
    expect(toSectionError(await failure(collect(true)), spoTenant.spec)).toMatchObject({ code: 'shape' });
  });
});
