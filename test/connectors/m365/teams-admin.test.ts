import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import teamsAppPermissionPolicies from '../../../src/connectors/m365/collectors/teams-app-permission-policies.js';
import teamsClientConfiguration from '../../../src/connectors/m365/collectors/teams-client-configuration.js';
import teamsFederationConfiguration from '../../../src/connectors/m365/collectors/teams-federation-configuration.js';
import teamsMeetingPolicies from '../../../src/connectors/m365/collectors/teams-meeting-policies.js';
import { toSectionError } from '../../../src/connectors/m365/section-errors.js';
import { m365ServiceClients } from '../../../src/connectors/m365/service-clients.js';
import { readOnlyTeamsPath, TeamsAdminClient, TeamsWriteRefused } from '../../../src/connectors/m365/teams-admin-client.js';
import type { M365Collector } from '../../../src/connectors/m365/collector.js';
import type { M365SectionName } from '../../../src/snapshot/m365.js';
import { transportSectionError } from '../../../src/core/collect-sections.js';
import { SectionFailure } from '../../../src/core/section-failure.js';
import { TransportError } from '../../../src/transport/transport-error.js';
import { failure, fakeRuntime, useStrictNock } from './graph-nock.js';

useStrictNock();
const TEAMS = 'https://api.interfaces.records.teams.microsoft.com';
const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'm365', 'admin-api');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const TENANT = { name: 'contoso', tenantId: '9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b', cloud: 'global' as const, auth: { type: 'token' as const, tokenEnv: 'T', teamsTokenEnv: 'TEAMS' } };
const GRAPH = { graph: 'https://graph.microsoft.com', authority: 'https://login.microsoftonline.com' };

function collect<K extends M365SectionName>(collector: M365Collector<K>, tenant: object = TENANT) {
  const { runtime } = fakeRuntime({ T: 'graph-token', TEAMS: 'teams-token' }, 2);
  const services = m365ServiceClients(tenant as typeof TENANT, GRAPH, runtime, {});
  return collector.collect({ services } as never);
}

const route = (type: string) => nock(TEAMS, { reqheaders: { authorization: 'Bearer teams-token', accept: 'application/json' } }).get(`/Skype.Policy/configurations/${type}`);

describe('Teams admin API (Skype.Policy/configurations)', () => {
  it('reads every meeting policy from the list the collection route answers, with the Teams token', async () => {
    route('TeamsMeetingPolicy').reply(200, fixture('teams-meeting-policies.json') as nock.Body);
    const policies = await collect(teamsMeetingPolicies);
    expect(policies.map((p) => p.identity)).toEqual(['Global', 'Tag:AllOn', 'Tag:Sales webinars']);
    expect(policies[2]).toEqual({ identity: 'Tag:Sales webinars', allowExternalParticipantGiveRequestControl: true, allowAnonymousUsersToStartMeeting: true, autoAdmittedUsers: 'Everyone', allowPstnUsersToBypassLobby: true });
  });

  it('keeps a setting the answer leaves out as unknown (null), not as off', async () => {
    route('TeamsMeetingPolicy').reply(200, [{ Identity: 'Global', AutoAdmittedUsers: 'EveryoneInCompany' }]);
    expect((await collect(teamsMeetingPolicies))[0]).toMatchObject({ allowAnonymousUsersToStartMeeting: null, allowPstnUsersToBypassLobby: null });
  });

  it('reads open federation: AllowedDomains {} means every domain not blocked', async () => {
    route('TenantFederationSettings').reply(200, fixture('teams-tenant-federation-settings.json') as nock.Body);
    expect(await collect(teamsFederationConfiguration)).toEqual({ identity: 'Global', allowFederatedUsers: true, allowedDomains: [], blockedDomains: ['spam.example'], allowTeamsConsumer: true, allowTeamsConsumerInbound: true });
  });

  it('reads an allow-list whose entries are objects or "Domain=" strings, and a single object answer', async () => {
    const [global] = fixture('teams-tenant-federation-settings-allowlist.json') as object[];
    route('TenantFederationSettings').reply(200, global as nock.Body);
    expect(await collect(teamsFederationConfiguration)).toMatchObject({ allowedDomains: ['fabrikam.example', 'northwind.example'], allowTeamsConsumer: false });
  });

  it('reads the Global client configuration and every app permission policy', async () => {
    route('TeamsClientConfiguration').reply(200, fixture('teams-client-configuration.json') as nock.Body);
    route('TeamsAppPermissionPolicy').reply(200, fixture('teams-app-permission-policies.json') as nock.Body);
    expect(await collect(teamsClientConfiguration)).toEqual({ identity: 'Global', allowEmailIntoChannel: true });
    expect(await collect(teamsAppPermissionPolicies)).toEqual([
      { identity: 'Global', defaultCatalogAppsType: 'BlockedAppList', globalCatalogAppsType: 'BlockedAppList', privateCatalogAppsType: 'BlockedAppList' },
      { identity: 'Tag:Restricted', defaultCatalogAppsType: 'AllowedAppList', globalCatalogAppsType: 'AllowedAppList', privateCatalogAppsType: 'AllowedAppList' },
    ]);
  });

  it('names Microsoft Teams on a refused token (401)', async () => {
    route('TeamsMeetingPolicy').reply(401, '', { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    const section = toSectionError(await failure(collect(teamsMeetingPolicies)), teamsMeetingPolicies.spec);
    expect(section).toMatchObject({ code: 'auth', httpStatus: 401 });
    expect(section.message).toContain('Microsoft Teams refused the token');
  });

  it('names the Entra role the service principal lacks on a 403', async () => {
    route('TenantFederationSettings').reply(403, fixture('teams-error-403-role.json') as nock.Body);
    const section = toSectionError(await failure(collect(teamsFederationConfiguration)), teamsFederationConfiguration.spec);
    expect(section).toMatchObject({ code: 'permission', httpStatus: 403 });
    expect(section.message).toContain('Microsoft Teams denied the read (Forbidden');
    expect(section.permission).toContain('Entra role Global Reader');
    expect(section.message).toContain("give the app's service principal the Entra role Global Reader");
  });

  it('reports a tenant without Teams as a missing licence', async () => {
    route('TeamsClientConfiguration').reply(403, fixture('teams-error-licence.json') as nock.Body);
    expect(toSectionError(await failure(collect(teamsClientConfiguration)), teamsClientConfiguration.spec)).toMatchObject({ code: 'licence', licence: 'Microsoft Teams' });
  });

  it('retries a 429 after Retry-After, through the shared transport', async () => {
    route('TeamsAppPermissionPolicy').reply(429, '', { 'Retry-After': '2' });
    route('TeamsAppPermissionPolicy').reply(200, fixture('teams-app-permission-policies.json') as nock.Body);
    expect(await collect(teamsAppPermissionPolicies)).toHaveLength(2);
  });

  it.each([
    ['an empty list', 'TeamsMeetingPolicy', teamsMeetingPolicies, []],
    ['an object without the documented properties', 'TeamsMeetingPolicy', teamsMeetingPolicies, { value: [] }],
    ['a list holding a non-object', 'TeamsMeetingPolicy', teamsMeetingPolicies, ['Global']],
    ['a federation answer without AllowFederatedUsers', 'TenantFederationSettings', teamsFederationConfiguration, [{ Identity: 'Global', AllowTeamsConsumer: false }]],
    ['an HTML page', 'TeamsClientConfiguration', teamsClientConfiguration, '<html>sign in</html>'],
  ] as const)('does not read a 200 with %s', async (_name, type, collector, body) => {
    route(type).reply(200, body as nock.Body);
    const error = await failure(collect(collector as M365Collector<M365SectionName>));
    // As the collection loop names them: transport failures first, then the provider's own reading.
    const section = error instanceof TransportError ? transportSectionError(error) : toSectionError(error, (collector as M365Collector<M365SectionName>).spec);
    expect(section).toMatchObject({ code: 'shape' });
  });

  it('sends nothing in a cloud whose Teams admin host is not known', async () => {
    const error = await failure(collect(teamsMeetingPolicies, { ...TENANT, cloud: 'usgov' }));
    expect(error).toBeInstanceOf(SectionFailure);
    expect((error as SectionFailure).error).toMatchObject({ code: 'not_found' });
  });
});

describe('Teams admin client is read-only', () => {
  it('only GETs a configuration type list; any other path is refused before a request', () => {
    expect(readOnlyTeamsPath('TeamsMeetingPolicy')).toBe('/Skype.Policy/configurations/TeamsMeetingPolicy');
    for (const bad of ['TeamsMeetingPolicy/configuration/Global', '../Teams.Tenant/tenants', 'teamsMeetingPolicy', 'TeamsMeetingPolicy?x=1', '']) {
      expect(() => readOnlyTeamsPath(bad)).toThrow(TeamsWriteRefused);
    }
  });

  it('has no method but list, and list sends GET', async () => {
    expect(Object.getOwnPropertyNames(TeamsAdminClient.prototype).sort()).toEqual(['constructor', 'list']);
    const methods: (string | undefined)[] = [];
    const transport = { request: async (r: { method?: string }) => (methods.push(r.method), { status: 200, text: '[{"Identity":"Global"}]', headers: new Headers(), url: '', exchanges: 1 }) };
    await new TeamsAdminClient({ base: TEAMS, token: async () => 't', transport: transport as never }).list('TeamsClientConfiguration');
    expect(methods).toEqual(['GET']);
  });
});
