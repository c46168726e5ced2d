import { generateKeyPairSync } from 'node:crypto';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { audienceOf } from '../../../src/connectors/salesforce/auth.js';
import { createSalesforceConnector } from '../../../src/connectors/salesforce/connector.js';
import { salesforceTenantFields } from '../../../src/connectors/salesforce/config.js';
import { AuthError } from '../../../src/core/errors.js';
import { BASE, V, collectLog, describeObject, organization, ORG_QUERY, ORG_ROW, records, runnerPermissions, runtime, settings, soql, strictNock, tokenTenant } from './sf-nock.js';

strictNock();

describe('Salesforce connector: queries', () => {
  it('follows nextRecordsUrl to the last page', async () => {
    organization();
    soql('SELECT Id, UrlPattern FROM CorsWhitelistEntry', records('CorsWhitelistEntry', [{ Id: '0Ot000000000001', UrlPattern: 'https://a.example' }], { done: false, totalSize: 2, nextRecordsUrl: `${V}/query/01g000000000001-2000` }));
    nock(BASE).get(`${V}/query/01g000000000001-2000`).reply(200, records('CorsWhitelistEntry', [{ Id: '0Ot000000000002', UrlPattern: 'https://b.example' }], { totalSize: 2 }));
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['corsOrigins'], settings, log: collectLog() });
    expect(result.tenant.id).toBe(ORG_ROW.Id);
    expect(result.sections.corsOrigins).toEqual({ status: 'ok', data: [{ id: '0Ot000000000001', urlPattern: 'https://a.example' }, { id: '0Ot000000000002', urlPattern: 'https://b.example' }] });
    expect(result.sections.organization).toBeUndefined();
  });

  it('reads OauthToken in one query when COUNT() is within the cap; Id is null as the API returns it', async () => {
    organization();
    runnerPermissions(['ViewSetup', 'CustomizeApplication']);
    const all = [token('005000000000001', '2026-01-01T00:00:00.000+0000'), token('005000000000002', '2026-02-01T00:00:00.000+0000')];
    oauthTokenServer(all, 2500);
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['oauthTokens'], settings, log: collectLog() });
    const section = result.sections.oauthTokens;
    expect(section?.status).toBe('ok');
    if (section?.status === 'ok') expect(section.data.map((t) => [t.userId, t.appId])).toEqual([['005000000000001', '0H4000000000001'], ['005000000000002', '0H4000000000001']]);
  });

  it('above the cap, partitions OauthToken by UserId (halving batches), the tokens without a user, and one heavy user by CreatedDate', async () => {
    organization();
    runnerPermissions(['ViewSetup', 'CustomizeApplication']);
    const all = [
      token('005000000000001', '2026-01-01T00:00:00.000+0000'),
      token('005000000000001', '2026-01-02T00:00:00.000+0000'),
      token('005000000000002', '2026-01-03T00:00:00.000+0000'),
      // One user with more tokens than one query returns: split by CreatedDate.
      token('005000000000003', '2024-05-01T00:00:00.000+0000'),
      token('005000000000003', '2025-05-01T00:00:00.000+0000'),
      token('005000000000003', '2026-05-01T00:00:00.000+0000'),
      token(null, '2026-03-01T00:00:00.000+0000'),
    ];
    const server = oauthTokenServer(all, 2);
    soql('SELECT Id FROM User ORDER BY Id', records('User', ['005000000000001', '005000000000002', '005000000000003', '005000000000004'].map((Id) => ({ Id }))));
    const result = await createSalesforceConnector(tokenTenant(), runtime(), { oauthTokenRowCap: 2, oauthTokenUserBatch: 4 }).collect({ sections: ['oauthTokens'], settings, log: collectLog() });
    const section = result.sections.oauthTokens;
    expect(section?.status).toBe('ok');
    if (section?.status === 'ok') expect(section.data.map((t) => `${t.userId} ${t.createdDate.slice(0, 10)}`).sort()).toEqual(all.map((t) => `${t.UserId} ${t.CreatedDate.slice(0, 10)}`).sort());
    // No query ever asked for more rows than the cap, and none paged on Id.
    expect(server.queries.every((q) => !/\bId\b[^,]*>/.test(q))).toBe(true);
    expect(server.queries.some((q) => q.includes('CreatedDate >='))).toBe(true);
  });

  it('fails the section when a partition returns fewer rows than it counted (the cap cut it short)', async () => {
    organization();
    runnerPermissions(['ViewSetup', 'CustomizeApplication']);
    // The server counts three but, like the documented 2,500-row cap, returns only two.
    oauthTokenServer([token('005000000000001', '2026-01-01T00:00:00.000+0000'), token('005000000000001', '2026-01-02T00:00:00.000+0000'), token('005000000000002', '2026-01-03T00:00:00.000+0000')], 2);
    const result = await createSalesforceConnector(tokenTenant(), runtime(), { oauthTokenRowCap: 3 }).collect({ sections: ['oauthTokens'], settings, log: collectLog() });
    expect(result.sections.oauthTokens).toMatchObject({ status: 'error', error: { message: expect.stringMatching(/counted 3 rows but returned 2/) } });
  });

  it('fails the section when the user partitions do not add up to COUNT() (a token whose owner the User query did not return)', async () => {
    organization();
    runnerPermissions(['ViewSetup', 'CustomizeApplication']);
    oauthTokenServer([token('005000000000001', '2026-01-01T00:00:00.000+0000'), token('005000000000009', '2026-01-02T00:00:00.000+0000'), token('005000000000009', '2026-01-03T00:00:00.000+0000')], 2);
    soql('SELECT Id FROM User ORDER BY Id', records('User', [{ Id: '005000000000001' }]));
    const result = await createSalesforceConnector(tokenTenant(), runtime(), { oauthTokenRowCap: 2 }).collect({ sections: ['oauthTokens'], settings, log: collectLog() });
    expect(result.sections.oauthTokens).toMatchObject({ status: 'error', error: { message: expect.stringMatching(/counted 3 rows but the partitions by user returned 1/) } });
  });

  it('describes PermissionSet first and leaves out a field the org removed', async () => {
    organization();
    const fields = ['Id', 'Name', 'Type', 'PermissionsModifyAllData', 'PermissionsViewAllData', 'PermissionsAuthorApex', 'PermissionsCustomizeApplication', 'PermissionsManageUsers', 'PermissionsApiEnabled', 'PermissionsTwoFactorApi', 'PermissionsForceTwoFactor'];
    describeObject('PermissionSet', fields);
    nock(BASE)
      .get(`${V}/query`)
      .query((q) => String(q['q']).startsWith('SELECT Id, Name, Label') && !String(q['q']).includes('BypassMFAForUiLogins') && String(q['q']).includes('PermissionsModifyAllData'))
      .reply(200, records('PermissionSet', [{ Id: '0PS000000000001', Name: 'X00e_admin', Label: 'System Administrator', Type: 'Profile', IsOwnedByProfile: true, IsCustom: false, ProfileId: '00e000000000001', Profile: { Name: 'System Administrator', UserType: 'Standard' }, PermissionsModifyAllData: true, PermissionsViewAllData: true, PermissionsApiEnabled: true }]));
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['permissionSets'], settings, log: collectLog() });
    const section = result.sections.permissionSets;
    expect(section?.status).toBe('ok');
    if (section?.status === 'ok') {
      expect(section.data.unavailablePermissions).toEqual(expect.arrayContaining(['BypassMFAForUiLogins', 'UseAnyApiClient', 'CanApproveUninstalledApps']));
      expect(section.data.permissionSets[0]?.permissions).toEqual(['ModifyAllData', 'ViewAllData', 'ApiEnabled']);
    }
  });
});

describe('Salesforce connector: failures', () => {
  it('throws AuthError when the token is refused (INVALID_SESSION_ID)', async () => {
    soql(ORG_QUERY, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }], { status: 401 });
    await expect(createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['corsOrigins'], settings, log: collectLog() })).rejects.toBeInstanceOf(AuthError);
  });

  it('names API Access Control when the session is not valid for the REST API', async () => {
    soql(ORG_QUERY, [{ message: 'This session is not valid for use with the REST API', errorCode: 'INVALID_SESSION_ID' }], { status: 401 });
    await expect(createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['corsOrigins'], settings, log: collectLog() })).rejects.toThrow(/API Access Control/);
  });

  it('throws AuthError when the token variable is missing', async () => {
    await expect(createSalesforceConnector(tokenTenant(), runtime({})).collect({ sections: ['corsOrigins'], settings, log: collectLog() })).rejects.toThrow(/SF_TOKEN/);
  });

  it('records INSUFFICIENT_ACCESS as a permission error and keeps the other sections', async () => {
    organization();
    soql('SELECT Score FROM SecurityHealthCheck', [{ message: 'insufficient access rights on object id', errorCode: 'INSUFFICIENT_ACCESS' }], { tooling: true, status: 403 });
    soql('SELECT Id, UrlPattern FROM CorsWhitelistEntry', records('CorsWhitelistEntry', []));
    const log = collectLog();
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['healthCheck', 'corsOrigins'], settings, log });
    expect(result.sections.healthCheck).toMatchObject({ status: 'error', error: { code: 'permission', httpStatus: 403 } });
    expect(result.sections.healthCheck?.status === 'error' && result.sections.healthCheck.error.permission).toContain('View Setup and Configuration');
    expect(result.sections.corsOrigins).toEqual({ status: 'ok', data: [] });
    expect(log.warnings.join('\n')).toMatch(/healthCheck not read/);
  });

  it('reads Health Check rows whose documented-Nillable fields are null', async () => {
    organization();
    soql('SELECT Score FROM SecurityHealthCheck', records('SecurityHealthCheck', [{ Score: null }]), { tooling: true });
    soql('SELECT RiskType, Setting, SettingGroup, SettingRiskCategory, OrgValue, StandardValue FROM SecurityHealthCheckRisks', records('SecurityHealthCheckRisks', [{ RiskType: null, Setting: null, SettingGroup: 'Session Settings', SettingRiskCategory: null, OrgValue: null, StandardValue: null }]), { tooling: true });
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['healthCheck'], settings, log: collectLog() });
    expect(result.sections.healthCheck).toEqual({ status: 'ok', data: { score: null, risks: [{ riskType: null, setting: null, settingGroup: 'Session Settings', settingRiskCategory: null, orgValue: null, standardValue: null }] } });
  });

  it('does not read OAuth tokens without Customize Application (it would see only its own)', async () => {
    organization();
    runnerPermissions(['ViewSetup']);
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['oauthTokens'], settings, log: collectLog() });
    expect(result.sections.oauthTokens).toMatchObject({ status: 'error', error: { code: 'permission', permission: 'Customize Application' } });
  });

  it('does not retry REQUEST_LIMIT_EXCEEDED for the daily total', async () => {
    organization();
    soql('SELECT Id, UrlPattern FROM CorsWhitelistEntry', [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }], { status: 403 });
    const rt = runtime();
    const result = await createSalesforceConnector(tokenTenant(), rt).collect({ sections: ['corsOrigins'], settings, log: collectLog() });
    expect(result.sections.corsOrigins).toMatchObject({ status: 'error', error: { code: 'throttled' } });
    expect(rt.sleep).not.toHaveBeenCalled();
  });

  it('retries concurrent-request limits and 429 through the injected sleep, honouring Retry-After', async () => {
    organization();
    soql('SELECT Id, UrlPattern FROM CorsWhitelistEntry', [{ message: 'ConcurrentRequests (Concurrent API Requests) Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }], { status: 403 });
    soql('SELECT Id, UrlPattern FROM CorsWhitelistEntry', [{ message: 'Too many requests', errorCode: 'REQUEST_LIMIT_EXCEEDED_429' }], { status: 429, headers: { 'Retry-After': '7' } });
    soql('SELECT Id, UrlPattern FROM CorsWhitelistEntry', records('CorsWhitelistEntry', []));
    const rt = runtime();
    const result = await createSalesforceConnector(tokenTenant(), rt).collect({ sections: ['corsOrigins'], settings, log: collectLog() });
    expect(result.sections.corsOrigins).toEqual({ status: 'ok', data: [] });
    expect(rt.sleep).toHaveBeenCalledTimes(2);
    expect(rt.sleep).toHaveBeenLastCalledWith(7000);
  });

  it('stops at its share of the daily API allocation and says so', async () => {
    organization({ 'Sforce-Limit-Info': 'api-usage=14990/15000' });
    const log = collectLog();
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['corsOrigins', 'remoteSites'], settings, log });
    expect(result.sections.corsOrigins).toMatchObject({ status: 'error', error: { code: 'budget' } });
    expect(result.sections.remoteSites?.status === 'error' && result.sections.remoteSites.error.message).toMatch(/1 API calls \(10% of the 10 left/);
    expect(log.infos.join('\n')).toMatch(/14990\/15000/);
  });

  it('marks a section shape error when a record lacks a required field', async () => {
    organization();
    soql('SELECT Id, UrlPattern FROM CorsWhitelistEntry', records('CorsWhitelistEntry', [{ Id: '0Ot000000000001' }]));
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['corsOrigins'], settings, log: collectLog() });
    expect(result.sections.corsOrigins).toMatchObject({ status: 'error', error: { code: 'shape' } });
  });
});

describe('Salesforce connector: JWT bearer', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const tenant = () => ({
    name: 'acme',
    ...salesforceTenantFields.parse({ auth: { type: 'jwt', clientId: '3MVG9example', username: 'audit@acme.example', privateKeyEnv: 'SF_KEY', loginUrl: 'https://test.salesforce.com' } }),
  });
  const tokenReply = (token: string) => ({ access_token: token, scope: 'api', instance_url: BASE, id: `https://test.salesforce.com/id/00D000000000001EAA/005000000000001AAA`, token_type: 'Bearer' });

  it('signs an RS256 assertion for the sandbox login host and re-signs when the session expires', async () => {
    const assertions: string[] = [];
    nock('https://test.salesforce.com')
      .post('/services/oauth2/token', (body: Record<string, string>) => {
        assertions.push(body['assertion'] ?? '');
        return body['grant_type'] === 'urn:ietf:params:oauth:grant-type:jwt-bearer';
      })
      .times(2)
      .reply(200, (_uri, _body) => tokenReply(assertions.length === 1 ? 'first' : 'second'));
    nock(BASE, { reqheaders: { authorization: 'Bearer first' } }).get(`${V}/query`).query(true).reply(401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    nock(BASE, { reqheaders: { authorization: 'Bearer second' } }).get(`${V}/query`).query({ q: ORG_QUERY }).reply(200, records('Organization', [ORG_ROW]));
    const result = await createSalesforceConnector(tenant(), runtime({ SF_KEY: privateKey })).collect({ sections: ['organization'], settings, log: collectLog() });
    expect(result.sections.organization).toMatchObject({ status: 'ok', data: { id: ORG_ROW.Id } });
    expect(assertions).toHaveLength(2);
    const [header, payload] = (assertions[0] ?? '').split('.');
    expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString())).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString())).toMatchObject({ iss: '3MVG9example', sub: 'audit@acme.example', aud: 'https://test.salesforce.com' });
  });

  it('throws AuthError naming pre-authorisation when the user has not approved the app', async () => {
    nock('https://test.salesforce.com').post('/services/oauth2/token').reply(400, { error: 'invalid_grant', error_description: "user hasn't approved this consumer" });
    await expect(createSalesforceConnector(tenant(), runtime({ SF_KEY: privateKey })).collect({ sections: ['organization'], settings, log: collectLog() })).rejects.toThrow(/Pre-authorise/);
  });
});

describe('Salesforce connector: partial reads are never data', () => {
  it('fails the section when a page says more rows exist but gives no nextRecordsUrl', async () => {
    organization();
    soql('SELECT Id, UrlPattern FROM CorsWhitelistEntry', records('CorsWhitelistEntry', [{ Id: '0Ot000000000001', UrlPattern: 'https://a.example' }], { done: false, totalSize: 2 }));
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['corsOrigins'], settings, log: collectLog() });
    expect(result.sections.corsOrigins).toMatchObject({ status: 'error', error: { code: 'api_error' } });
    expect(result.sections.corsOrigins?.status === 'error' && result.sections.corsOrigins.error.message).toMatch(/partial list/);
  });

  it('fails the section when the last page is done but the rows read fall short of totalSize', async () => {
    organization();
    soql('SELECT Id, UrlPattern FROM CorsWhitelistEntry', records('CorsWhitelistEntry', [{ Id: '0Ot000000000001', UrlPattern: 'https://a.example' }], { totalSize: 3 }));
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['corsOrigins'], settings, log: collectLog() });
    expect(result.sections.corsOrigins).toMatchObject({ status: 'error', error: { code: 'api_error', message: expect.stringMatching(/INCOMPLETE_RESULT.*totalSize 3.*1 rows/) } });
  });

  it('fails the sharing models when EntityDefinition returns no row for an object (one query per object matches exactly one)', async () => {
    organization();
    const entity = (object: string) => `SELECT QualifiedApiName, InternalSharingModel, ExternalSharingModel FROM EntityDefinition WHERE QualifiedApiName = '${object}'`;
    for (const object of ['Account', 'Contact', 'Lead', 'Opportunity']) {
      soql(entity(object), records('EntityDefinition', [{ QualifiedApiName: object, InternalSharingModel: 'Private', ExternalSharingModel: 'Private' }]), { tooling: true });
    }
    soql(entity('Case'), records('EntityDefinition', []), { tooling: true });
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['sharingModels'], settings, log: collectLog() });
    expect(result.sections.sharingModels).toMatchObject({ status: 'error', error: { code: 'api_error', message: expect.stringMatching(/EntityDefinition returned no row for Case/) } });
  });

  it('fails the field classification when FieldDefinition returns no field for an object (every standard object has fields)', async () => {
    organization();
    describeObject('FieldDefinition', ['QualifiedApiName', 'Label', 'SecurityClassification', 'ComplianceGroup'], true);
    const fields = (object: string) => `SELECT QualifiedApiName, Label, SecurityClassification, ComplianceGroup FROM FieldDefinition WHERE EntityDefinition.QualifiedApiName = '${object}'`;
    for (const object of ['Contact', 'Lead', 'Account', 'Case']) {
      soql(fields(object), records('FieldDefinition', [{ QualifiedApiName: 'Name', Label: 'Name', SecurityClassification: 'Confidential', ComplianceGroup: 'GDPR' }]), { tooling: true });
    }
    soql(fields('User'), records('FieldDefinition', []), { tooling: true });
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['fieldClassification'], settings, log: collectLog() });
    expect(result.sections.fieldClassification).toMatchObject({ status: 'error', error: { code: 'api_error', message: expect.stringMatching(/FieldDefinition returned no field for User/) } });
  });

  it('reads API Access Control from the ConnectedAppSettings component', async () => {
    organization();
    runnerPermissions(['ViewSetup', 'ModifyMetadata']);
    readMetadataReply('<records xsi:type="ConnectedAppSettings"><fullName>ConnectedApp</fullName><enableAdminApprovedAppsOnly>true</enableAdminApprovedAppsOnly><enableAdminApprovedAppsOnlyForExternalUser>true</enableAdminApprovedAppsOnlyForExternalUser></records>');
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['apiAccessControl'], settings, log: collectLog() });
    expect(result.sections.apiAccessControl).toEqual({ status: 'ok', data: { enableAdminApprovedAppsOnly: true, enableAdminApprovedAppsOnlyForExternalUser: true } });
  });

  it('fails API Access Control when readMetadata returns a component without a fullName, rather than reading both switches as off', async () => {
    organization();
    runnerPermissions(['ViewSetup', 'ModifyMetadata']);
    readMetadataReply('<records xsi:type="ConnectedAppSettings"/>');
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['apiAccessControl'], settings, log: collectLog() });
    expect(result.sections.apiAccessControl).toMatchObject({ status: 'error', error: { code: 'not_found', message: expect.stringMatching(/no ConnectedAppSettings component named ConnectedApp/) } });
  });

  it('records a hidden TwoFactorMethodsInfo as a missing permission, not an empty list', async () => {
    organization();
    nock(BASE).get(`${V}/sobjects/TwoFactorMethodsInfo/describe`).reply(404, [{ message: "The requested resource does not exist", errorCode: 'NOT_FOUND' }]);
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['mfaMethods'], settings, log: collectLog() });
    expect(result.sections.mfaMethods).toMatchObject({ status: 'error', error: { code: 'permission', permission: 'Manage Multi-Factor Authentication in API' } });
  });

  it('reads security keys and the weak methods from TwoFactorMethodsInfo', async () => {
    organization();
    describeObject('TwoFactorMethodsInfo', ['UserId', 'HasTotp', 'HasSalesforceAuthenticator', 'HasU2F', 'HasSecurityKey', 'HasTempCode', 'HasVerifiedMobileNumber']);
    soql(
      'SELECT UserId, HasTotp, HasSalesforceAuthenticator, HasU2F, HasSecurityKey, HasTempCode, HasVerifiedMobileNumber FROM TwoFactorMethodsInfo WHERE User.IsActive = true',
      records('TwoFactorMethodsInfo', [
        { UserId: '005000000000001', HasTotp: false, HasSalesforceAuthenticator: false, HasU2F: false, HasSecurityKey: true, HasTempCode: false, HasVerifiedMobileNumber: false },
        { UserId: '005000000000002', HasTotp: false, HasSalesforceAuthenticator: false, HasU2F: false, HasSecurityKey: false, HasTempCode: true, HasVerifiedMobileNumber: true },
      ]),
    );
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['mfaMethods'], settings, log: collectLog() });
    expect(result.sections.mfaMethods).toEqual({
      status: 'ok',
      data: [
        { userId: '005000000000001', methods: ['SecurityKey'] },
        { userId: '005000000000002', methods: ['TempCode', 'VerifiedMobileNumber'] },
      ],
    });
  });

  it('records FUNCTIONALITY_NOT_ENABLED as a missing feature, not a missing permission', async () => {
    organization();
    soql('SELECT Id, SiteName, EndpointUrl, IsActive, DisableProtocolSecurity FROM RemoteProxy', [{ message: 'Remote site settings are not enabled', errorCode: 'FUNCTIONALITY_NOT_ENABLED' }], { tooling: true, status: 403 });
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['remoteSites'], settings, log: collectLog() });
    expect(result.sections.remoteSites).toMatchObject({ status: 'error', error: { code: 'licence' } });
    expect(result.sections.remoteSites?.status === 'error' && result.sections.remoteSites.error.permission).toBeUndefined();
  });

  it('reaches guest object permissions through Parent.Profile (ParentId is a PermissionSet id) and through permission sets assigned to guests', async () => {
    organization();
    runnerPermissions(['ViewSetup', 'ViewAllUsers']);
    soql("SELECT ProfileId, Profile.Name, PermissionsApiEnabled FROM PermissionSet WHERE IsOwnedByProfile = true AND Profile.UserType = 'Guest'", records('PermissionSet', [{ ProfileId: '00e000000000009', Profile: { Name: 'Support Site Profile' }, PermissionsApiEnabled: false }]));
    soql(/FROM ObjectPermissions WHERE Parent\.IsOwnedByProfile = true AND Parent\.Profile\.UserType = 'Guest'$/, records('ObjectPermissions', [{ Parent: { Profile: { Name: 'Support Site Profile' } }, SobjectType: 'Case', PermissionsRead: true, PermissionsCreate: true, PermissionsEdit: false, PermissionsDelete: false, PermissionsViewAllRecords: false, PermissionsModifyAllRecords: false }]));
    soql(
      /^SELECT PermissionSetId, PermissionSet\.Label, PermissionSet\.Name, PermissionSet\.PermissionsApiEnabled FROM PermissionSetAssignment WHERE Assignee\.UserType = 'Guest'/,
      records('PermissionSetAssignment', [
        { PermissionSetId: '0PS000000000007', PermissionSet: { Label: 'Guest case intake', Name: 'Guest_case_intake', PermissionsApiEnabled: true } },
        { PermissionSetId: '0PS000000000007', PermissionSet: { Label: 'Guest case intake', Name: 'Guest_case_intake', PermissionsApiEnabled: true } },
      ]),
    );
    soql(/FROM ObjectPermissions WHERE ParentId IN \('0PS000000000007'\)$/, records('ObjectPermissions', [{ ParentId: '0PS000000000007', SobjectType: 'Case', PermissionsRead: true, PermissionsCreate: true, PermissionsEdit: true, PermissionsDelete: false, PermissionsViewAllRecords: false, PermissionsModifyAllRecords: false }]));
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['guestAccess'], settings, log: collectLog() });
    const section = result.sections.guestAccess;
    expect(section?.status).toBe('ok');
    if (section?.status !== 'ok') return;
    expect(section.data.guestPermissionSets).toEqual([{ permissionSetId: '0PS000000000007', label: 'Guest case intake', apiEnabled: true }]);
    expect(section.data.objectPermissions).toEqual([
      { profileName: 'Support Site Profile', object: 'Case', read: true, create: true, edit: false, delete: false, viewAll: false, modifyAll: false },
      { profileName: 'guest users', permissionSet: 'Guest case intake', object: 'Case', read: true, create: true, edit: true, delete: false, viewAll: false, modifyAll: false },
    ]);
  });

  it('does not read guest access without View All Users (permission sets assigned to guests would be hidden)', async () => {
    organization();
    runnerPermissions(['ViewSetup']);
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['guestAccess'], settings, log: collectLog() });
    expect(result.sections.guestAccess).toMatchObject({ status: 'error', error: { code: 'permission', permission: 'View All Users' } });
  });
});

describe('Salesforce connector: JWT audience', () => {
  it('asserts the production or sandbox audience for a My Domain login URL, and keeps login/test/site URLs', () => {
    expect(audienceOf('https://acme.my.salesforce.com/')).toBe('https://login.salesforce.com');
    expect(audienceOf('https://acme--uat.sandbox.my.salesforce.com')).toBe('https://test.salesforce.com');
    expect(audienceOf('https://test.salesforce.com')).toBe('https://test.salesforce.com');
    expect(audienceOf('https://login.salesforce.com/')).toBe('https://login.salesforce.com');
    expect(audienceOf('https://acme.my.site.com/customers')).toBe('https://acme.my.site.com/customers');
  });

  it('posts to the My Domain token endpoint with the login.salesforce.com audience', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    let assertion = '';
    nock(BASE)
      .post('/services/oauth2/token', (body: Record<string, string>) => {
        assertion = body['assertion'] ?? '';
        return true;
      })
      .reply(200, { access_token: 'mydomain', scope: 'api', instance_url: BASE, id: `${BASE}/id/00D000000000001EAA/005000000000001AAA`, token_type: 'Bearer' });
    organization();
    const tenant = { name: 'acme', ...salesforceTenantFields.parse({ auth: { type: 'jwt', clientId: '3MVG9example', username: 'audit@acme.example', privateKeyEnv: 'SF_KEY', loginUrl: BASE } }) };
    await createSalesforceConnector(tenant, runtime({ SF_KEY: privateKey })).collect({ sections: ['organization'], settings, log: collectLog() });
    const payload = JSON.parse(Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
    expect(payload['aud']).toBe('https://login.salesforce.com');
  });
});

/**
 * A Metadata API readMetadata SOAP answer (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_readMetadata.htm:
 * a ReadResult whose records are the components; ConnectedAppSettings fields:
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_connectedappsettings.htm). A full name that
 * matches no component does not fault: it comes back as a record whose fullName is null, which is the empty element.
 */
function readMetadataReply(records: string) {
  const envelope = `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><readMetadataResponse><result>${records}</result></readMetadataResponse></soapenv:Body></soapenv:Envelope>`;
  nock(BASE).post('/services/Soap/m/64.0', (body: string) => body.includes('<type>ConnectedAppSettings</type>') && body.includes('<fullNames>ConnectedApp</fullNames>')).reply(200, envelope, { 'content-type': 'text/xml' });
}

/** An OauthToken row as the REST API returns it: Id is always null (object reference, "Reserved for future use"). */
function token(userId: string | null, created: string) {
  return { attributes: { type: 'OauthToken' }, Id: null, AppName: 'Data Loader', AppMenuItemId: '0Pp000000000001', AppMenuItem: { attributes: { type: 'AppMenuItem' }, IsUsingAdminAuthorization: true, ApplicationId: '0H4000000000001' }, UserId: userId, User: userId ? { attributes: { type: 'User' }, Username: `${userId}@acme.example` } : null, UseCount: 3, LastUsedDate: created, CreatedDate: created };
}
type TokenRow = ReturnType<typeof token>;

/**
 * A stand-in for OauthToken queries: evaluates the WHERE filters the collector writes (UserId IN / = / = null,
 * CreatedDate ranges), answers COUNT() with totalSize, and returns at most `cap` rows per query as the API does.
 */
function oauthTokenServer(all: TokenRow[], cap: number): { queries: string[] } {
  const queries: string[] = [];
  const matches = (where: string, t: TokenRow): boolean => {
    for (const clause of where.split(' AND ')) {
      let m: RegExpExecArray | null;
      if ((m = /^UserId IN \((.*)\)$/.exec(clause))) { if (!m[1]!.split(', ').map((v) => v.slice(1, -1)).includes(t.UserId ?? '')) return false; }
      else if (clause === 'UserId = null') { if (t.UserId !== null) return false; }
      else if ((m = /^UserId = '(.*)'$/.exec(clause))) { if (t.UserId !== m[1]) return false; }
      else if ((m = /^CreatedDate >= (\S+)$/.exec(clause))) { if (Date.parse(t.CreatedDate.replace('+0000', 'Z')) < Date.parse(m[1]!)) return false; }
      else if ((m = /^CreatedDate < (\S+)$/.exec(clause))) { if (Date.parse(t.CreatedDate.replace('+0000', 'Z')) >= Date.parse(m[1]!)) return false; }
      else throw new Error(`unexpected OauthToken filter: ${clause}`);
    }
    return true;
  };
  nock(BASE)
    .persist()
    .get(`${V}/query`)
    .query((q) => / FROM OauthToken/.test(String(q['q'])))
    .reply((uri) => {
      const q = new URL(uri, BASE).searchParams.get('q') ?? '';
      queries.push(q);
      const where = / WHERE (.*)$/.exec(q)?.[1];
      const hits = where ? all.filter((t) => matches(where, t)) : all;
      if (q.startsWith('SELECT COUNT() ')) return [200, { totalSize: hits.length, done: true, records: [] }];
      return [200, { totalSize: Math.min(hits.length, cap), done: true, records: hits.slice(0, cap) }];
    });
  return { queries };
}
