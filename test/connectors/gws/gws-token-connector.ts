import { gwsTenantFields } from '../../../src/connectors/gws/config.js';
import { createGwsConnector } from '../../../src/connectors/gws/connector.js';

export const silentLog = { info() {}, warn() {} };

/** A Google tenant with token auth whose Admin SDK, Cloud Identity and Drive Labels APIs all answer at `base`. */
export function tokenConnector(base: string, fields: Record<string, unknown> = {}) {
  const tenant = { name: 't1', ...gwsTenantFields.parse({ auth: { type: 'token', tokenEnv: 'T' }, endpoints: { admin: base, cloudIdentity: base, driveLabels: base }, ...fields }) };
  return createGwsConnector(tenant, { configDir: '/tmp', env: { T: 'tok' }, sleep: async () => {}, maxTries: 2, random: () => 1 });
}
