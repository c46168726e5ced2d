import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { FixtureIntercept } from '../../src/demo/fixture-server.js';
import type { Provider, SectionErrorCode } from '../../src/core/model.js';

/** The list each provider's faults are aimed at: one read of the demo tenant, paged with the provider's cursor. */
export interface FaultTarget {
  provider: Provider;
  folder: string;
  section: string;
  matches(url: URL): boolean;
  /** A documented first page; `next` is the cursor (a URL for Graph and Salesforce, a token for Google). */
  page(next?: string): unknown;
  /** A cursor that names the page being asked for again. */
  loopCursor(base: string): string;
  /** A cursor on another origin, where the provider pages by URL. */
  foreignCursor?(attacker: string): string;
  /** The API answers the whole list at once (no cursor), so the paging faults do not apply. */
  unpaged?: true;
}

const CONTOSO_INVOKE = '/adminapi/beta/9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b/InvokeCommand';

/** Each provider's target, and one for each Microsoft 365 API outside Graph (its own client and error format). */
export const TARGETS: Record<string, FaultTarget> = {
  m365: {
    provider: 'm365',
    folder: 'm365-contoso',
    section: 'domains',
    matches: (url) => url.pathname === '/v1.0/domains',
    page: (next) => ({ value: [{ id: 'contoso.example', isVerified: true, isDefault: true, authenticationType: 'Managed', passwordValidityPeriodInDays: null }], ...(next ? { '@odata.nextLink': next } : {}) }),
    loopCursor: (base) => `${base}/v1.0/domains?$skiptoken=loop`,
    foreignCursor: (attacker) => `${attacker}/v1.0/domains?$skiptoken=p2`,
  },
  'm365 Exchange Online (InvokeCommand)': {
    provider: 'm365',
    folder: 'm365-contoso',
    section: 'exoRemoteDomains',
    matches: (url) => url.pathname === CONTOSO_INVOKE,
    page: (next) => ({ '@adminapi.warnings': [], value: [{ Identity: 'Default', DomainName: '*', AutoForwardEnabled: false }], ...(next ? { '@odata.nextLink': next } : {}) }),
    loopCursor: (base) => `${base}${CONTOSO_INVOKE}?$skiptoken=loop`,
    foreignCursor: (attacker) => `${attacker}${CONTOSO_INVOKE}?$skiptoken=p2`,
  },
  'm365 Fabric': {
    provider: 'm365',
    folder: 'm365-contoso',
    section: 'powerBiTenantSettings',
    matches: (url) => url.pathname === '/v1/admin/tenantsettings',
    page: (next) => ({ value: [{ settingName: 'PublishToWeb', title: 'Publish to web', enabled: false, canSpecifySecurityGroups: true }], ...(next ? { continuationUri: next } : {}) }),
    loopCursor: (base) => `${base}/v1/admin/tenantsettings?continuationToken=loop`,
    foreignCursor: (attacker) => `${attacker}/v1/admin/tenantsettings?continuationToken=p2`,
  },
  'm365 Teams admin API': {
    provider: 'm365',
    folder: 'm365-contoso',
    section: 'teamsMeetingPolicies',
    unpaged: true,
    matches: (url) => url.pathname === '/Skype.Policy/configurations/TeamsMeetingPolicy',
    page: () => [{ Identity: 'Global', AllowAnonymousUsersToStartMeeting: false, AutoAdmittedUsers: 'EveryoneInCompany', AllowPSTNUsersToBypassLobby: false, AllowExternalParticipantGiveRequestControl: false }],
    loopCursor: (base) => `${base}/Skype.Policy/configurations/TeamsMeetingPolicy`,
  },
  'm365 Power Platform (BAP)': {
    provider: 'm365',
    folder: 'm365-contoso',
    section: 'powerPlatformEnvironments',
    matches: (url) => url.pathname === '/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments',
    page: (next) => ({ value: [{ name: 'Default-9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b', properties: { displayName: 'Contoso (default)', isDefault: true, environmentSku: 'Default' } }], ...(next ? { nextLink: next } : {}) }),
    loopCursor: (base) => `${base}/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments?api-version=2023-06-01&$skiptoken=loop`,
    foreignCursor: (attacker) => `${attacker}/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments?api-version=2023-06-01&$skiptoken=p2`,
  },
  gws: {
    provider: 'gws',
    folder: 'gws-demo',
    section: 'users',
    matches: (url) => url.pathname === '/admin/directory/v1/users',
    page: (next) => ({ kind: 'admin#directory#users', users: [{ id: '1', primaryEmail: 'a@northwind.example', isEnrolledIn2Sv: false }], ...(next ? { nextPageToken: next } : {}) }),
    loopCursor: () => 'loop',
  },
  salesforce: {
    provider: 'salesforce',
    folder: 'salesforce-acme',
    section: 'corsOrigins',
    matches: (url) => url.pathname.startsWith('/services/data/v64.0/query/01gCORS') || (url.pathname === '/services/data/v64.0/query' && (url.searchParams.get('q') ?? '').includes('CorsWhitelistEntry')),
    page: (next) => ({ totalSize: 2, done: !next, ...(next ? { nextRecordsUrl: next } : {}), records: [{ attributes: { type: 'CorsWhitelistEntry', url: '/services/data/v64.0/sobjects/CorsWhitelistEntry/0x1' }, Id: '0x1', UrlPattern: 'https://*.example.com' }] }),
    loopCursor: () => '/services/data/v64.0/query/01gCORS-loop',
    foreignCursor: (attacker) => `${attacker}/services/data/v64.0/query/01gCORS-2000`,
  },
};

/** How a misbehaving double answers a target request. */
type Misbehaviour = (request: IncomingMessage, response: ServerResponse, ctx: { target: FaultTarget; base: string; attacker: string; hit: number }) => void;

export interface Fault {
  name: string;
  /** ok: the tool must recover (a transient fault); error: the section must end unread. */
  outcome: 'ok' | 'error';
  /** The section error codes it may end in. */
  codes?: SectionErrorCode[];
  /** The providers it applies to (paging by URL is not Google's). */
  providers?: Provider[];
  /** A fault in following the provider's cursor: not for a target that has none. */
  paging?: true;
  /** Answer only the first this many target requests so; the recorded routes answer the rest. */
  times?: number;
  act: Misbehaviour;
}

const json = (response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(body);
};
const reset = (request: IncomingMessage) => request.socket.destroy();
const throttled = (retryAfter: string | undefined): Misbehaviour => (_req, res) =>
  json(res, 429, JSON.stringify({ error: { code: 429, message: 'Too many requests', status: 'RESOURCE_EXHAUSTED' } }), retryAfter === undefined ? {} : { 'retry-after': retryAfter });
const status = (code: number): Misbehaviour => (_req, res) => json(res, code, JSON.stringify({ error: { code, message: `HTTP ${code}` } }));
const body = (text: string, contentType = 'application/json'): Misbehaviour => (_req, res) => {
  res.writeHead(200, { 'content-type': contentType });
  res.end(text);
};
const gzipped = (document: (ctx: { target: FaultTarget }) => Buffer, spoil: (bytes: Buffer) => void = () => undefined): Misbehaviour => (_req, res, ctx) => {
  const bytes = gzipSync(document(ctx));
  spoil(bytes);
  res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bytes.byteLength) });
  res.end(bytes);
};
const redirect = (code: number): Misbehaviour => (req, res, { attacker }) => {
  res.writeHead(code, { location: `${attacker}${req.url ?? '/'}` });
  res.end();
};

export const FAULTS: Fault[] = [
  { name: 'reset before headers', outcome: 'error', codes: ['network'], act: reset },
  { name: 'reset before headers, once', outcome: 'ok', times: 1, act: reset },
  {
    name: 'reset mid-body',
    outcome: 'error',
    codes: ['network'],
    act: (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
      res.write('{"value": [{"id": "a');
      setTimeout(() => req.socket.destroy(), 5);
    },
  },
  { name: 'accept and never answer', outcome: 'error', codes: ['timeout'], act: () => undefined },
  {
    name: 'stall mid-body',
    outcome: 'error',
    codes: ['timeout'],
    act: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"value": [');
    },
  },
  { name: '302 to another host', outcome: 'error', codes: ['refused'], act: redirect(302) },
  { name: '307 to another host', outcome: 'error', codes: ['refused'], act: redirect(307) },
  { name: 'paging link to another host', outcome: 'error', codes: ['refused'], providers: ['m365', 'salesforce'], paging: true, act: (_req, res, { target, attacker }) => json(res, 200, JSON.stringify(target.page(target.foreignCursor!(attacker)))) },
  { name: 'paging loop', outcome: 'error', codes: ['incomplete'], paging: true, act: (_req, res, { target, base }) => json(res, 200, JSON.stringify(target.page(target.loopCursor(base)))) },
  { name: '200 with an error body', outcome: 'error', codes: ['shape'], act: body('{"error":{"code":"InternalServerError","message":"try later"}}') },
  { name: '200 with null', outcome: 'error', codes: ['shape'], act: body('null') },
  { name: '200 with {}', outcome: 'error', codes: ['shape'], act: body('{}') },
  { name: '200 with HTML', outcome: 'error', codes: ['shape'], act: body('<html><body>Sign in</body></html>', 'text/html') },
  { name: 'malformed JSON', outcome: 'error', codes: ['shape'], act: body('{"value": [}') },
  {
    name: 'truncated JSON',
    outcome: 'error',
    codes: ['shape'],
    act: (_req, res, { target }) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(target.page()).slice(0, 40));
    },
  },
  { name: '429 Retry-After 0', outcome: 'error', codes: ['throttled'], act: throttled('0') },
  { name: '429 Retry-After 1', outcome: 'error', codes: ['throttled'], act: throttled('1') },
  { name: '429 Retry-After 120', outcome: 'error', codes: ['throttled'], act: throttled('120') },
  { name: '429 Retry-After as a date', outcome: 'error', codes: ['throttled'], act: throttled(new Date(Date.now() + 30_000).toUTCString()) },
  { name: '429 Retry-After garbage', outcome: 'error', codes: ['throttled'], act: throttled('soon-ish') },
  { name: '429 Retry-After huge', outcome: 'error', codes: ['throttled'], act: throttled('86400') },
  { name: '429 once, Retry-After as a date', outcome: 'ok', times: 1, act: throttled(new Date(Date.now() + 5_000).toUTCString()) },
  { name: '500 storm', outcome: 'error', codes: ['api_error', 'throttled'], act: status(500) },
  { name: '502 storm', outcome: 'error', codes: ['api_error', 'throttled'], act: status(502) },
  { name: '503 storm', outcome: 'error', codes: ['api_error', 'throttled'], act: status(503) },
  { name: '504 storm', outcome: 'error', codes: ['api_error', 'throttled'], act: status(504) },
  { name: '500 once', outcome: 'ok', times: 1, act: status(500) },
  { name: '502 once', outcome: 'ok', times: 1, act: status(502) },
  { name: 'oversized body', outcome: 'error', codes: ['too_large'], act: body(`{"value": [${'{"id":"x"},'.repeat(60_000)}{"id":"y"}]}`) },
  { name: 'oversized once decoded (a small gzip body)', outcome: 'error', codes: ['too_large'], act: gzipped(() => Buffer.from(`{"value": [${'{"id":"x"},'.repeat(60_000)}{"id":"y"}]}`)) },
  {
    name: 'corrupt gzip body',
    outcome: 'error',
    codes: ['network'],
    act: gzipped(({ target }) => Buffer.from(JSON.stringify(target.page())), (bytes) => bytes.fill(0x41, 12, bytes.byteLength - 8)),
  },
];

/** A server on another origin that records every request sent to it; none may ever arrive. */
export async function startAttacker(): Promise<{ url: string; requests: { path: string; authorization?: string }[]; close(): Promise<void> }> {
  const requests: { path: string; authorization?: string }[] = [];
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', authorization: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"value":[],"done":true,"records":[],"totalSize":0}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The fixture-server hook that plays a fault on the target's requests. */
export function faultIntercept(fault: Fault, target: FaultTarget, attacker: string): FixtureIntercept {
  let hits = 0;
  return (request, response, url, base) => {
    if (!target.matches(url)) return false;
    hits += 1;
    if (fault.times !== undefined && hits > fault.times) return false;
    fault.act(request, response, { target, base, attacker, hit: hits });
    return true;
  };
}
