import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO_FIXTURES } from '../src/demo/demo-tenants.js';

/** How many objects of each kind a synthetic tenant holds. */
export interface TenantSize {
  users: number;
  servicePrincipals: number;
  oauth2PermissionGrants: number;
  roleAssignments: number;
  eligibleRoleAssignments: number;
  applications: number;
  graphAppRoleAssignments: number;
  /**
   * The most userRegistrationDetails rows one page holds. Graph documents no page size for this report,
   * so a tenant can be served in smaller pages than the 999 asked for; default 999.
   */
  registrationPageSize?: number;
}

export const LARGE_TENANT: TenantSize = {
  users: 50_000,
  servicePrincipals: 20_000,
  oauth2PermissionGrants: 5_000,
  roleAssignments: 300,
  eligibleRoleAssignments: 60,
  applications: 2_000,
  graphAppRoleAssignments: 1_000,
};

export const SMALL_TENANT: TenantSize = {
  users: 40,
  servicePrincipals: 25,
  oauth2PermissionGrants: 8,
  roleAssignments: 6,
  eligibleRoleAssignments: 2,
  applications: 10,
  graphAppRoleAssignments: 5,
};

export const BREAK_GLASS_UPN = 'breakglass01@bench.example';

/** The Microsoft Graph service principal of the contoso fixture; appRoleAssignedTo hangs off it. */
const GRAPH_SP_ID = '5f0e2a3c-7b1d-4c7e-9a51-2d8f4b6c1a01';
const ROLE_IDS = {
  globalAdmin: '62e90394-69f5-4237-9190-012177145e10',
  others: ['e8611ab8-c189-46e8-94e1-60213ab1f814', '29232cdf-9323-42fd-ade2-1d097af3e4de', '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3'],
};
const GRAPH_APP_ROLES = ['e2a3a72e-5f79-4c64-b1b1-878b674786c9', 'df021288-bdef-4463-88db-98f22de89214', '75359482-378d-4052-8f01-80520e7db3cd'];
const MAX_PAGE = 999;
const DEFAULT_PAGE = 100;

/** A stable GUID-shaped id per (tenant, kind, index); kind is one hex digit. */
export function syntheticId(tenant: number, kind: number, index: number): string {
  const t = tenant.toString(16).padStart(8, '0');
  return `${t}-${kind.toString(16).padStart(4, '0')}-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

const KIND = { user: 1, sp: 2, app: 3, org: 8, foreignOrg: 9 } as const;

/** Fixed (non-collection) answers: the contoso fixture's bodies keyed by path, plus fabrikam's readable labels. */
export interface StaticAnswers {
  byPath: Map<string, unknown>;
}

export async function loadStaticAnswers(): Promise<StaticAnswers> {
  const folder = join(DEMO_FIXTURES, 'm365-contoso');
  const routes = JSON.parse(await readFile(join(folder, 'routes.json'), 'utf8')) as { method: string; path: string; status?: number; query?: object; times?: number; body?: string }[];
  const byPath = new Map<string, unknown>();
  for (const route of routes) {
    // PIM policies are answered per role, keyed by the request's $filter.
    const filter = (route.query as Record<string, string> | undefined)?.$filter;
    if (route.path === '/v1.0/policies/roleManagementPolicyAssignments' && filter && route.body) {
      byPath.set(`pim:${filter}`, JSON.parse(await readFile(join(folder, route.body), 'utf8')));
      continue;
    }
    if (route.method !== 'GET' || (route.status ?? 200) !== 200 || route.query || route.times !== undefined || !route.body) continue;
    if (!byPath.has(route.path)) byPath.set(route.path, JSON.parse(await readFile(join(folder, route.body), 'utf8')));
  }
  byPath.set('/beta/security/informationProtection/sensitivityLabels', JSON.parse(await readFile(join(DEMO_FIXTURES, 'm365-fabrikam', 'sensitivityLabels.json'), 'utf8')));
  // Its route carries $top=1, which the loop above passes over; the double answers it whatever the query.
  byPath.set('/v1.0/security/secureScores', JSON.parse(await readFile(join(folder, 'secureScores.json'), 'utf8')));
  byPath.set('/graphServicePrincipal', JSON.parse(await readFile(join(folder, 'servicePrincipal-graph.json'), 'utf8')));
  return { byPath };
}

export interface GraphAnswer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

const notFound = (what: string): GraphAnswer => ({ status: 404, body: { error: { code: 'Request_ResourceNotFound', message: `No synthetic answer for ${what}` } } });

/**
 * Answers Graph reads for one synthetic tenant. Collections are generated page by page from the
 * index, so the double holds no tenant in memory and any size costs the same to serve.
 */
export class SyntheticTenant {
  constructor(
    readonly index: number,
    readonly size: TenantSize,
    private readonly statics: StaticAnswers,
    private readonly origin: string,
  ) {}

  answer(url: URL): GraphAnswer {
    const full = decodeURIComponent(url.pathname);
    const match = /^\/(v1\.0|beta)(\/.*)$/.exec(full);
    if (!match) return notFound(full);
    const path = match[2]!;
    const t = this.index;
    // Exchange Online and SharePoint Online app permissions: the synthetic tenants grant none.
    if (/^\/servicePrincipals\/[^/]+\/appRoleAssignedTo$/.test(path) && path !== `/servicePrincipals/${GRAPH_SP_ID}/appRoleAssignedTo`) {
      return { status: 200, body: { value: [] } };
    }
    if (path === '/policies/roleManagementPolicyAssignments') {
      const body = this.statics.byPath.get(`pim:${url.searchParams.get('$filter') ?? ''}`);
      return body ? { status: 200, body } : notFound(`${path}?${url.searchParams.toString()}`);
    }
    switch (path) {
      case '/organization':
        return { status: 200, body: { value: [this.organization()] } };
      case '/reports/authenticationMethods/userRegistrationDetails':
        return this.page(url, this.size.users, (i) => this.registration(i), this.size.registrationPageSize);
      case '/users':
        return this.usersById(url);
      case '/groups':
        // No role-assignable groups: PIM for Groups has nothing to read.
        return { status: 200, body: { '@odata.context': `${this.origin}/v1.0/$metadata#groups(id,displayName)`, '@odata.count': 0, value: [] } };
      case '/servicePrincipals':
        if (url.searchParams.get('$filter')) return { status: 200, body: this.statics.byPath.get('/graphServicePrincipal') };
        return this.page(url, this.size.servicePrincipals, (i) => this.servicePrincipal(i));
      case `/servicePrincipals/${GRAPH_SP_ID}/appRoleAssignedTo`:
        return this.page(url, this.size.graphAppRoleAssignments, (i) => ({
          id: `bench-ara-${t}-${i}`,
          deletedDateTime: null,
          appRoleId: GRAPH_APP_ROLES[i % GRAPH_APP_ROLES.length],
          createdDateTime: '2026-01-01T00:00:00Z',
          principalDisplayName: `Bench app ${i}`,
          principalId: syntheticId(t, KIND.sp, i),
          principalType: 'ServicePrincipal',
          resourceDisplayName: 'Microsoft Graph',
          resourceId: GRAPH_SP_ID,
        }));
      case '/oauth2PermissionGrants':
        return this.page(url, this.size.oauth2PermissionGrants, (i) => ({
          clientId: syntheticId(t, KIND.sp, i % Math.max(1, this.size.servicePrincipals)),
          consentType: i % 5 === 0 ? 'AllPrincipals' : 'Principal',
          id: `bench-grant-${t}-${i}`,
          principalId: i % 5 === 0 ? null : syntheticId(t, KIND.user, i % Math.max(1, this.size.users)),
          resourceId: GRAPH_SP_ID,
          scope: i % 7 === 0 ? 'User.Read Mail.Read Files.ReadWrite.All offline_access' : 'User.Read openid profile',
        }));
      case '/applications':
        return this.page(url, this.size.applications, (i) => ({
          id: syntheticId(t, KIND.app, i),
          appId: syntheticId(t, KIND.sp, i),
          displayName: `Bench app ${i}`,
          passwordCredentials: i % 4 === 0 ? [{ customKeyIdentifier: null, displayName: 'secret', endDateTime: '2027-03-01T00:00:00Z', hint: 'Ab~', keyId: syntheticId(t, 0xa, i), secretText: null, startDateTime: '2026-03-01T00:00:00Z' }] : [],
          keyCredentials: [],
        }));
      case '/roleManagement/directory/roleAssignments':
        return this.page(url, this.size.roleAssignments, (i) => {
          const principalId = syntheticId(t, KIND.user, i);
          return {
            id: `bench-ra-${t}-${i}`,
            principalId,
            resourceScope: '/',
            directoryScopeId: '/',
            roleDefinitionId: this.roleOf(i),
            ...(url.searchParams.get('$expand') === 'principal'
              ? { principal: { '@odata.type': '#microsoft.graph.user', id: principalId, accountEnabled: true, displayName: `User ${i}`, mail: this.upn(i), userType: 'Member' } }
              : {}),
          };
        });
      case '/roleManagement/directory/roleEligibilityScheduleInstances':
        return this.page(url, this.size.eligibleRoleAssignments, (i) => ({
          id: `bench-elig-${t}-${i}`,
          principalId: syntheticId(t, KIND.user, this.size.roleAssignments + i),
          roleDefinitionId: ROLE_IDS.others[i % ROLE_IDS.others.length],
          directoryScopeId: '/',
        }));
      default:
        break;
    }
    const user = /^\/users\/([^/]+)$/.exec(path);
    if (user) return this.user(user[1]!);
    const fixed = this.statics.byPath.get(`/${match[1]}${path}`);
    return fixed === undefined ? notFound(full) : { status: 200, body: fixed };
  }

  private organization() {
    const id = syntheticId(this.index, KIND.org, 0);
    return {
      id,
      displayName: `Bench tenant ${this.index}`,
      onPremisesSyncEnabled: null,
      verifiedDomains: [
        { capabilities: 'Email', isDefault: true, isInitial: false, name: `t${this.index}.bench.example`, type: 'Managed' },
        { capabilities: 'Email', isDefault: false, isInitial: true, name: `t${this.index}.onmicrosoft.com`, type: 'Managed' },
      ],
    };
  }

  private upn(i: number): string {
    return `user${i}@t${this.index}.bench.example`;
  }

  /** A few Global Administrators, the rest spread over other privileged roles. */
  private roleOf(i: number): string {
    return i < 3 ? ROLE_IDS.globalAdmin : ROLE_IDS.others[i % ROLE_IDS.others.length]!;
  }

  private registration(i: number) {
    const admin = i < this.size.roleAssignments + this.size.eligibleRoleAssignments;
    const mfa = i % 20 !== 7;
    return {
      id: syntheticId(this.index, KIND.user, i),
      userPrincipalName: this.upn(i),
      userDisplayName: `User ${i}`,
      isAdmin: admin,
      isSsprRegistered: mfa,
      isSsprEnabled: true,
      isSsprCapable: mfa,
      isMfaRegistered: mfa,
      isMfaCapable: mfa,
      isPasswordlessCapable: admin,
      lastUpdatedDateTime: '2026-11-20T19:15:41.6195833Z',
      methodsRegistered: mfa ? (admin ? ['fido2', 'microsoftAuthenticatorPush'] : ['microsoftAuthenticatorPush', 'softwareOneTimePasscode']) : [],
      isSystemPreferredAuthenticationMethodEnabled: true,
      systemPreferredAuthenticationMethods: mfa ? ['push'] : [],
      userPreferredMethodForSecondaryAuthentication: mfa ? 'push' : 'none',
      userType: i % 50 === 49 ? 'guest' : 'member',
    };
  }

  private servicePrincipal(i: number) {
    const foreign = i % 3 === 0;
    return {
      id: syntheticId(this.index, KIND.sp, i),
      appId: syntheticId(this.index, KIND.app, i),
      displayName: `Bench app ${i}`,
      appOwnerOrganizationId: foreign ? syntheticId(0xffff, KIND.foreignOrg, i % 97) : syntheticId(this.index, KIND.org, 0),
      servicePrincipalType: 'Application',
      accountEnabled: i % 11 !== 0,
      publisherName: foreign ? `Vendor ${i % 97}` : `Bench tenant ${this.index}`,
      verifiedPublisher: { displayName: i % 6 === 0 ? `Vendor ${i % 97}` : null, verifiedPublisherId: i % 6 === 0 ? String(1000 + (i % 97)) : null, addedDateTime: null },
      passwordCredentials: i % 10 === 0 ? [{ customKeyIdentifier: null, displayName: 'sp-secret', endDateTime: '2027-03-01T00:00:00Z', hint: 'Qx~', keyId: syntheticId(this.index, 0xb, i), secretText: null, startDateTime: '2026-03-01T00:00:00Z' }] : [],
      keyCredentials: [],
    };
  }

  /** The index of the user an id or the break-glass UPN names, or undefined when it names none. */
  private userIndex(ref: string): number | undefined {
    if (ref === BREAK_GLASS_UPN) return this.size.users + 1;
    const userKind = this.index.toString(16).padStart(8, '0') + '-0001-';
    return ref.startsWith(userKind) ? Number.parseInt(ref.slice(-12), 16) : undefined;
  }

  private userBody(i: number) {
    const breakGlass = i === this.size.users + 1;
    return {
      id: syntheticId(this.index, KIND.user, i),
      displayName: breakGlass ? 'Break glass 01' : `User ${i}`,
      userPrincipalName: breakGlass ? BREAK_GLASS_UPN : this.upn(i),
      userType: 'Member',
      accountEnabled: true,
      onPremisesSyncEnabled: null,
      onPremisesImmutableId: null,
    };
  }

  private user(ref: string): GraphAnswer {
    const i = this.userIndex(ref);
    return i === undefined ? notFound(`/users/${ref}`) : { status: 200, body: this.userBody(i) };
  }

  /** `/users?$filter=id in ('…',…)`: the users among the ids, at most 15 of them as Graph allows by default. */
  private usersById(url: URL): GraphAnswer {
    const filter = /^id in \((.*)\)$/.exec(url.searchParams.get('$filter') ?? '');
    if (!filter) return { status: 400, body: { error: { code: 'Request_UnsupportedQuery', message: 'The synthetic tenant answers /users only for $filter=id in (...)' } } };
    const ids = filter[1]!.split(',').map((v) => v.trim().replace(/^'|'$/g, ''));
    if (ids.length > 15) return { status: 400, body: { error: { code: 'Request_UnsupportedQuery', message: 'Too many values in the in clause (at most 15)' } } };
    const value = ids.flatMap((id) => {
      const i = this.userIndex(id);
      return i === undefined ? [] : [this.userBody(i)];
    });
    return { status: 200, body: { '@odata.context': `${this.origin}/v1.0/$metadata#users`, value } };
  }

  /** One page of a generated collection, continued with a $skiptoken nextLink as Graph does. */
  private page(url: URL, total: number, item: (i: number) => unknown, maxPage = MAX_PAGE): GraphAnswer {
    const top = Math.min(maxPage, Math.max(1, Number(url.searchParams.get('$top') ?? DEFAULT_PAGE) || DEFAULT_PAGE));
    const token = url.searchParams.get('$skiptoken');
    const start = token ? Number.parseInt(token.replace(/^bench-/, ''), 10) : 0;
    if (!Number.isInteger(start) || start < 0) return { status: 400, body: { error: { code: 'BadRequest', message: 'bad $skiptoken' } } };
    const end = Math.min(total, start + top);
    const value: unknown[] = [];
    for (let i = start; i < end; i++) value.push(item(i));
    const body: Record<string, unknown> = { '@odata.context': `${this.origin}/v1.0/$metadata#bench`, value };
    if (end < total) {
      const next = new URL(url.pathname, this.origin);
      for (const [key, value] of url.searchParams) if (key !== '$skiptoken') next.searchParams.set(key, value);
      next.searchParams.set('$skiptoken', `bench-${end}`);
      body['@odata.nextLink'] = next.href;
    }
    return { status: 200, body };
  }
}
