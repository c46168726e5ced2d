import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { m365TenantFields } from '../../../src/connectors/m365/config.js';
import { createM365Connector } from '../../../src/connectors/m365/connector.js';
import type { M365SectionName } from '../../../src/snapshot/m365.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { BASE, TOKEN, batchRelay, fakeRuntime, graphError, silentLog, useStrictNock } from './graph-nock.js';

/** graphAppRoleAssignments (Graph, Exchange Online, SharePoint Online) and permissionClassifications. */
useStrictNock();
const AUTH = { reqheaders: { authorization: `Bearer ${TOKEN}` } };
const TENANT_ID = '9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b';

const GRAPH_APP = '00000003-0000-0000-c000-000000000000';
const EXO_APP = '00000002-0000-0ff1-ce00-000000000000';
const SPO_APP = '00000003-0000-0ff1-ce00-000000000000';
const RESOURCE_QUERY = { $filter: `appId in ('${GRAPH_APP}','${EXO_APP}','${SPO_APP}')`, $select: 'id,appId,displayName,appRoles' };
const CLASSIFICATIONS = `/v1.0/servicePrincipals(appId='${GRAPH_APP}')/delegatedPermissionClassifications`;

const graphSp = { id: 'sp-graph', appId: GRAPH_APP, displayName: 'Microsoft Graph', appRoles: [{ id: 'role-mail', value: 'Mail.Read' }] };
const exoSp = { id: 'sp-exo', appId: EXO_APP, displayName: 'Office 365 Exchange Online', appRoles: [{ id: 'role-fa', value: 'full_access_as_app' }, { id: 'role-manage', value: 'Exchange.ManageAsApp' }] };
const spoSp = { id: 'sp-spo', appId: SPO_APP, displayName: 'Office 365 SharePoint Online', appRoles: [{ id: 'role-fc', value: 'Sites.FullControl.All' }] };

function scope() {
  return nock(BASE, AUTH)
    .get('/v1.0/organization')
    .query(true)
    .reply(200, { value: [{ id: TENANT_ID, displayName: 'Contoso', verifiedDomains: [] }] });
}

async function collect(sections: M365SectionName[], maxTries = 4) {
  const { runtime, sleeps } = fakeRuntime(undefined, maxTries);
  const tenant = { name: 'contoso', ...m365TenantFields.parse({ tenantId: TENANT_ID, auth: { type: 'token', tokenEnv: 'T' }, endpoints: { graph: BASE } }) };
  const out = await createM365Connector(tenant, runtime).collect({ sections, settings: DEFAULT_TENANT_SETTINGS, log: silentLog });
  return { out, sleeps };
}

const row = (id: string, principalId: string, appRoleId: string, principalDisplayName?: string) => ({ id, principalId, appRoleId, principalType: 'ServicePrincipal', ...(principalDisplayName ? { principalDisplayName } : {}) });

describe('m365 connector: graphAppRoleAssignments across Microsoft Graph, Exchange Online and SharePoint Online', () => {
  it('resolves the three APIs in one filtered read, then reads every page of each appRoleAssignedTo, tagging each row with its API', async () => {
    const batch = batchRelay();
    scope()
      .get('/v1.0/servicePrincipals')
      .query(RESOURCE_QUERY)
      .reply(200, { value: [spoSp, graphSp, exoSp] })
      .get('/v1.0/servicePrincipals/sp-graph/appRoleAssignedTo')
      .query({ $top: '999' })
      .reply(200, { value: [row('g-1', 'sp-vendor', 'role-mail', 'Vendor app')] })
      .get('/v1.0/servicePrincipals/sp-exo/appRoleAssignedTo')
      .query({ $top: '999' })
      .reply(200, { value: [row('x-1', 'sp-archiver', 'role-fa', 'Mail archiver')], '@odata.nextLink': `${BASE}/v1.0/servicePrincipals/sp-exo/appRoleAssignedTo?$top=999&$skiptoken=x2` })
      .get('/v1.0/servicePrincipals/sp-exo/appRoleAssignedTo')
      .query({ $top: '999', $skiptoken: 'x2' })
      .reply(200, { value: [row('x-2', 'sp-ops', 'role-manage', 'Ops automation'), row('x-3', 'sp-other', 'role-gone')] })
      .get('/v1.0/servicePrincipals/sp-spo/appRoleAssignedTo')
      .query({ $top: '999' })
      .reply(200, { value: [row('s-1', 'sp-backup', 'role-fc', 'Site backup')] });
    const { out } = await collect(['graphAppRoleAssignments']);
    expect(out.sections.graphAppRoleAssignments).toEqual({
      status: 'ok',
      data: [
        { id: 'g-1', principalId: 'sp-vendor', principalDisplayName: 'Vendor app', appRoleId: 'role-mail', permission: 'Mail.Read', resourceAppId: GRAPH_APP, resourceDisplayName: 'Microsoft Graph' },
        { id: 'x-1', principalId: 'sp-archiver', principalDisplayName: 'Mail archiver', appRoleId: 'role-fa', permission: 'full_access_as_app', resourceAppId: EXO_APP, resourceDisplayName: 'Office 365 Exchange Online' },
        { id: 'x-2', principalId: 'sp-ops', principalDisplayName: 'Ops automation', appRoleId: 'role-manage', permission: 'Exchange.ManageAsApp', resourceAppId: EXO_APP, resourceDisplayName: 'Office 365 Exchange Online' },
        // A role id the API no longer lists stays a row, with no permission name, for the check to report.
        { id: 'x-3', principalId: 'sp-other', principalDisplayName: 'sp-other', appRoleId: 'role-gone', permission: null, resourceAppId: EXO_APP, resourceDisplayName: 'Office 365 Exchange Online' },
        { id: 's-1', principalId: 'sp-backup', principalDisplayName: 'Site backup', appRoleId: 'role-fc', permission: 'Sites.FullControl.All', resourceAppId: SPO_APP, resourceDisplayName: 'Office 365 SharePoint Online' },
      ],
    });
    // The three first pages shared one $batch; the second Exchange page went alone.
    expect(batch.sizes).toEqual([3]);
  });

  it('a tenant without Exchange Online has no rows for it, and its appRoleAssignedTo is never requested', async () => {
    const batch = batchRelay();
    scope()
      .get('/v1.0/servicePrincipals')
      .query(RESOURCE_QUERY)
      .reply(200, { value: [graphSp, spoSp] })
      .get('/v1.0/servicePrincipals/sp-graph/appRoleAssignedTo')
      .query({ $top: '999' })
      .reply(200, { value: [row('g-1', 'sp-vendor', 'role-mail', 'Vendor app')] })
      .get('/v1.0/servicePrincipals/sp-spo/appRoleAssignedTo')
      .query({ $top: '999' })
      .reply(200, { value: [] });
    const { out } = await collect(['graphAppRoleAssignments']);
    expect(out.sections.graphAppRoleAssignments).toMatchObject({ status: 'ok', data: [{ id: 'g-1', resourceAppId: GRAPH_APP }] });
    expect(batch.urls).not.toContain('/v1.0/servicePrincipals/sp-exo/appRoleAssignedTo?$top=999');
    expect(batch.sizes).toEqual([2]);
  });

  it('is a section error, not an empty list, when the Microsoft Graph service principal is missing (even if the others are there)', async () => {
    scope().get('/v1.0/servicePrincipals').query(RESOURCE_QUERY).reply(200, { value: [exoSp, spoSp] });
    const { out } = await collect(['graphAppRoleAssignments']);
    expect(out.sections.graphAppRoleAssignments).toMatchObject({ status: 'error', error: { code: 'not_found' } });
    const error = out.sections.graphAppRoleAssignments?.status === 'error' ? out.sections.graphAppRoleAssignments.error : undefined;
    expect(error?.message).toContain('Microsoft Graph service principal');
  });

  it('a 403 on the service principal read is a permission error naming Application.Read.All', async () => {
    scope()
      .get('/v1.0/servicePrincipals')
      .query(RESOURCE_QUERY)
      .reply(403, graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'));
    const { out } = await collect(['graphAppRoleAssignments']);
    expect(out.sections.graphAppRoleAssignments).toMatchObject({ status: 'error', error: { code: 'permission', permission: 'Application.Read.All', httpStatus: 403 } });
  });

  it('a 403 on one API\'s appRoleAssignedTo fails the whole section rather than dropping that API\'s grants', async () => {
    batchRelay();
    scope()
      .get('/v1.0/servicePrincipals')
      .query(RESOURCE_QUERY)
      .reply(200, { value: [graphSp, exoSp, spoSp] })
      .get('/v1.0/servicePrincipals/sp-graph/appRoleAssignedTo')
      .query({ $top: '999' })
      .reply(200, { value: [] })
      .get('/v1.0/servicePrincipals/sp-exo/appRoleAssignedTo')
      .query({ $top: '999' })
      .reply(403, graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'))
      .get('/v1.0/servicePrincipals/sp-spo/appRoleAssignedTo')
      .query({ $top: '999' })
      .reply(200, { value: [] });
    const { out } = await collect(['graphAppRoleAssignments']);
    expect(out.sections.graphAppRoleAssignments).toMatchObject({ status: 'error', error: { code: 'permission', permission: 'Application.Read.All' } });
  });

  it('retries a throttled appRoleAssignedTo sub-request after its Retry-After, through the injected sleep', async () => {
    batchRelay();
    scope()
      .get('/v1.0/servicePrincipals')
      .query(RESOURCE_QUERY)
      .reply(200, { value: [graphSp, exoSp] })
      .get('/v1.0/servicePrincipals/sp-graph/appRoleAssignedTo')
      .query({ $top: '999' })
      .reply(200, { value: [] })
      .get('/v1.0/servicePrincipals/sp-exo/appRoleAssignedTo')
      .query({ $top: '999' })
      .reply(429, graphError('TooManyRequests', 'Too many requests'), { 'Retry-After': '3' })
      .get('/v1.0/servicePrincipals/sp-exo/appRoleAssignedTo')
      .query({ $top: '999' })
      .reply(200, { value: [row('x-1', 'sp-archiver', 'role-fa', 'Mail archiver')] });
    const { out, sleeps } = await collect(['graphAppRoleAssignments']);
    expect(out.sections.graphAppRoleAssignments).toMatchObject({ status: 'ok', data: [{ id: 'x-1', permission: 'full_access_as_app' }] });
    expect(sleeps).toEqual([3000]);
  });

  it('an assignment without a principalId is a shape error naming the API, not a silently dropped grant', async () => {
    batchRelay();
    scope()
      .get('/v1.0/servicePrincipals')
      .query(RESOURCE_QUERY)
      .reply(200, { value: [graphSp, spoSp] })
      .get('/v1.0/servicePrincipals/sp-graph/appRoleAssignedTo')
      .query({ $top: '999' })
      .reply(200, { value: [] })
      .get('/v1.0/servicePrincipals/sp-spo/appRoleAssignedTo')
      .query({ $top: '999' })
      .reply(200, { value: [{ id: 's-1', appRoleId: 'role-fc' }] });
    const { out } = await collect(['graphAppRoleAssignments']);
    expect(out.sections.graphAppRoleAssignments).toMatchObject({ status: 'error', error: { code: 'shape' } });
    const error = out.sections.graphAppRoleAssignments?.status === 'error' ? out.sections.graphAppRoleAssignments.error : undefined;
    expect(error?.message).toContain('Office 365 SharePoint Online');
  });
});

describe('m365 connector: permissionClassifications', () => {
  it('reads every page of Microsoft Graph\'s delegated permission classifications, addressed by appId', async () => {
    scope()
      .get(CLASSIFICATIONS)
      .reply(200, {
        value: [{ id: 'c-1', permissionId: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', permissionName: 'User.Read', classification: 'low' }],
        '@odata.nextLink': `${BASE}${CLASSIFICATIONS}?$skiptoken=c2`,
      })
      .get(CLASSIFICATIONS)
      .query({ $skiptoken: 'c2' })
      .reply(200, { value: [{ id: 'c-2', permissionId: '570282fd-fa5c-430d-a7fd-fc8dc98a9dca', permissionName: null, classification: 'low' }] });
    const { out } = await collect(['permissionClassifications']);
    expect(out.sections.permissionClassifications).toEqual({
      status: 'ok',
      data: [
        { id: 'c-1', permissionId: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', permissionName: 'User.Read', classification: 'low' },
        // No name given: the id stands in, so the permission is still named.
        { id: 'c-2', permissionId: '570282fd-fa5c-430d-a7fd-fc8dc98a9dca', permissionName: '570282fd-fa5c-430d-a7fd-fc8dc98a9dca', classification: 'low' },
      ],
    });
  });

  it('nothing classified is an empty list', async () => {
    scope().get(CLASSIFICATIONS).reply(200, { value: [] });
    const { out } = await collect(['permissionClassifications']);
    expect(out.sections.permissionClassifications).toEqual({ status: 'ok', data: [] });
  });

  it('a 403 is a permission error naming Application.Read.All', async () => {
    scope().get(CLASSIFICATIONS).reply(403, graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'));
    const { out } = await collect(['permissionClassifications']);
    expect(out.sections.permissionClassifications).toMatchObject({
      status: 'error',
      error: { code: 'permission', permission: 'Application.Read.All', httpStatus: 403, endpoint: `GET ${CLASSIFICATIONS}` },
    });
  });

  it('a 429 is retried after its Retry-After through the injected sleep', async () => {
    scope()
      .get(CLASSIFICATIONS)
      .reply(429, graphError('TooManyRequests', 'Too many requests'), { 'Retry-After': '1' })
      .get(CLASSIFICATIONS)
      .reply(200, { value: [{ id: 'c-1', permissionId: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', permissionName: 'User.Read', classification: 'low' }] });
    const { out, sleeps } = await collect(['permissionClassifications']);
    expect(out.sections.permissionClassifications).toMatchObject({ status: 'ok', data: [{ permissionName: 'User.Read' }] });
    expect(sleeps).toEqual([1000]);
  });

  it('a 401 on this read alone (the organization read passed) is an auth section error, not a crash', async () => {
    scope().get(CLASSIFICATIONS).reply(401, graphError('InvalidAuthenticationToken', 'Access token validation failure.'));
    const { out } = await collect(['permissionClassifications']);
    expect(out.sections.permissionClassifications).toMatchObject({ status: 'error', error: { code: 'auth', httpStatus: 401 } });
  });

  it('a missing Microsoft Graph service principal (404) is a section error, not "nothing classified low"', async () => {
    scope().get(CLASSIFICATIONS).reply(404, graphError('Request_ResourceNotFound', `Resource '${GRAPH_APP}' does not exist or one of its queried reference-property objects are not present.`));
    const { out } = await collect(['permissionClassifications']);
    expect(out.sections.permissionClassifications).toMatchObject({ status: 'error', error: { code: 'not_found', httpStatus: 404 } });
  });

  it('a classification without its level is a shape error', async () => {
    scope().get(CLASSIFICATIONS).reply(200, { value: [{ id: 'c-1', permissionId: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', permissionName: 'User.Read' }] });
    const { out } = await collect(['permissionClassifications']);
    expect(out.sections.permissionClassifications).toMatchObject({ status: 'error', error: { code: 'shape' } });
  });

  it('is read alongside the app role assignments in the same $batch', async () => {
    const batch = batchRelay();
    scope()
      .get('/v1.0/servicePrincipals')
      .query(RESOURCE_QUERY)
      .reply(200, { value: [graphSp] })
      .get(CLASSIFICATIONS)
      .reply(200, { value: [] })
      .get('/v1.0/servicePrincipals/sp-graph/appRoleAssignedTo')
      .query({ $top: '999' })
      .reply(200, { value: [] });
    const { out } = await collect(['graphAppRoleAssignments', 'permissionClassifications']);
    expect(out.sections.permissionClassifications).toEqual({ status: 'ok', data: [] });
    expect(out.sections.graphAppRoleAssignments).toEqual({ status: 'ok', data: [] });
    expect(batch.sizes[0]).toBe(2);
  });
});
