import { describe, expect, it } from 'vitest';
import { m365TenantFields } from '../../../src/connectors/m365/config.js';
import { createM365Connector } from '../../../src/connectors/m365/connector.js';
import { DEFAULT_TENANT_SETTINGS } from '../../../src/core/tenant-settings.js';
import { BASE, fakeRuntime, graphError, silentLog, skuAnswer, useStrictNock, withLicences } from './graph-nock.js';

/*
 * The userRegistrationDetails reference documents no page size (https://learn.microsoft.com/graph/api/
 * authenticationmethodsroot-list-userregistrationdetails?view=graph-rest-1.0): the collector asks
 * $top=999 and must be right for pages of any size, following @odata.nextLink only.
 */
useStrictNock();
const TENANT_ID = '9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b';
const PATH = '/v1.0/reports/authenticationMethods/userRegistrationDetails';
const FIELDS = 'id,userPrincipalName,userDisplayName,userType,isAdmin,isMfaCapable,isMfaRegistered,isPasswordlessCapable,methodsRegistered';
const QUERY = { $select: FIELDS, $top: '999' };
const PAGE = 200;

/** A row as the $select asks for it, shaped as the reference's example. */
const row = (i: number) => ({
  id: `86462606-fde0-4fc4-9e0c-${i.toString(16).padStart(12, '0')}`,
  userPrincipalName: `user${i}@contoso.example`,
  userDisplayName: `User ${i}`,
  userType: i % 10 === 9 ? 'guest' : 'member',
  isAdmin: i === 0,
  isMfaCapable: i % 3 !== 0,
  isMfaRegistered: i % 3 !== 0,
  isPasswordlessCapable: false,
  methodsRegistered: i % 3 !== 0 ? ['microsoftAuthenticatorPush'] : [],
});

const next = (skip: number) => `${BASE}${PATH}?$select=${FIELDS}&$top=999&$skiptoken=p${skip}`;
const page = (from: number, count: number, more: boolean) => ({
  '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#reports/authenticationMethods/userRegistrationDetails',
  value: Array.from({ length: count }, (_, k) => row(from + k)),
  ...(more ? { '@odata.nextLink': next(from + count) } : {}),
});

async function collect() {
  const { runtime } = fakeRuntime({ T: 'tok' }, 1);
  const tenant = { name: 'contoso', ...m365TenantFields.parse({ tenantId: TENANT_ID, auth: { type: 'token', tokenEnv: 'T' }, endpoints: { graph: BASE } }) };
  const out = await createM365Connector(tenant, runtime).collect({ sections: ['userRegistrationDetails'], settings: DEFAULT_TENANT_SETTINGS, log: silentLog });
  return out.sections.userRegistrationDetails;
}

/** Licences with Entra ID P1, then the first page and each continuation as given. */
function pages(answers: { status: number; body: object }[]) {
  const scope = withLicences(TENANT_ID, skuAnswer(['AAD_PREMIUM']));
  answers.forEach((answer, n) => {
    scope
      .get(PATH)
      .query(n === 0 ? QUERY : { ...QUERY, $skiptoken: `p${n * PAGE}` })
      .reply(answer.status, answer.body);
  });
}

describe('m365 connector: userRegistrationDetails paging', () => {
  it('reads pages of 200 (not the 999 asked for) to the end, every row once and in order', async () => {
    pages([0, 1, 2, 3, 4].map((n) => ({ status: 200, body: page(n * PAGE, n === 4 ? 57 : PAGE, n < 4) })));
    const section = await collect();
    if (section?.status !== 'ok') throw new Error(JSON.stringify(section));
    expect(section.data).toHaveLength(4 * PAGE + 57);
    expect(section.data.map((d) => d.userPrincipalName)).toEqual(Array.from({ length: 4 * PAGE + 57 }, (_, i) => `user${i}@contoso.example`));
    expect(section.data[9]).toEqual({ id: row(9).id, userPrincipalName: 'user9@contoso.example', userDisplayName: 'User 9', userType: 'guest', isAdmin: false, isMfaCapable: false, isMfaRegistered: false, isPasswordlessCapable: false, methodsRegistered: [] });
  });

  it('a continuation answered 200 without "value" fails the section: no part of the list is judged as the whole', async () => {
    pages([
      { status: 200, body: page(0, PAGE, true) },
      { status: 200, body: page(PAGE, PAGE, true) },
      { status: 200, body: { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#reports/authenticationMethods/userRegistrationDetails' } },
    ]);
    const section = await collect();
    expect(section).toMatchObject({ status: 'error', error: { code: 'shape' } });
    expect(section).not.toHaveProperty('data');
  });

  it('a continuation that fails (503 with one try left) fails the section instead of keeping the pages read', async () => {
    pages([
      { status: 200, body: page(0, PAGE, true) },
      { status: 503, body: graphError('serviceNotAvailable', 'The service is temporarily unavailable.') },
    ]);
    const section = await collect();
    expect(section?.status).toBe('error');
    expect(section).not.toHaveProperty('data');
  });

  it('a wrong row on a later page is named by its index in the whole list', async () => {
    const second = page(PAGE, PAGE, false);
    (second.value[150] as Record<string, unknown>).isMfaCapable = 'yes';
    pages([
      { status: 200, body: page(0, PAGE, true) },
      { status: 200, body: second },
    ]);
    const section = await collect();
    expect(section).toMatchObject({ status: 'error', error: { code: 'shape' } });
    expect(section?.status === 'error' && section.error.message).toContain(`"${PAGE + 150}.isMfaCapable"`);
  });

  it('a 403 without the report permission is a permission error naming AuditLog.Read.All', async () => {
    pages([{ status: 403, body: graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.') }]);
    const section = await collect();
    expect(section).toMatchObject({ status: 'error', error: { code: 'permission' } });
    expect(section?.status === 'error' && section.error.message).toContain('AuditLog.Read.All');
  });
});
