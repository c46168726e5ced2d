import { join } from 'node:path';
import type nock from 'nock';
import { AdminApiClient } from '../../../src/connectors/m365/admin-api-client.js';
import { Transport } from '../../../src/transport/transport.js';
import { REPO_ROOT, TOKEN, readJson } from './graph-nock.js';

/** What the Exchange Online InvokeCommand collector tests share: the endpoint, fixtures and a client. */
export const EXO = 'https://outlook.office365.com';
export const TENANT = '9c3f2a1b-4d5e-4f60-8a7b-1c2d3e4f5a6b';
export const PATH = `/adminapi/beta/${TENANT}/InvokeCommand`;
export const fixture = (name: string) => readJson(join(REPO_ROOT, 'fixtures', 'm365', 'admin-api', name)) as nock.Body;
export const cmdlet = (name: string) => (body: unknown) => (body as { CmdletInput?: { CmdletName?: string } }).CmdletInput?.CmdletName === name;

export function exoContext() {
  const transport = new Transport({ origins: [EXO], limits: { maxTries: 2 }, sleep: async () => undefined, random: () => 1 });
  const exo = new AdminApiClient({ base: EXO, tenantId: TENANT, token: async () => TOKEN, transport, service: 'Exchange Online' });
  return { services: { exchange: () => exo } } as never;
}
