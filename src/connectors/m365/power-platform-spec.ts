import type { SectionSpec } from '../../core/connector.js';
import { MANAGEMENT_APP_PERMISSION } from './power-platform-client.js';

const BAP = 'https://api.bap.microsoft.com';

/**
 * What every Power Platform admin API read needs. No Entra permission is consented: the admin API
 * trusts an app once a Power Platform administrator registers it as a management application, and
 * that registration gives it a tenant admin's rights over Power Platform, writes included.
 */
export function powerPlatformSpec(method: 'GET' | 'POST', path: string): SectionSpec {
  return {
    endpoints: [`${method} ${BAP}${path}`],
    permissions: [MANAGEMENT_APP_PERMISSION],
    licence: 'Power Platform (Power Apps or Power Automate)',
    writeCapable: true,
  };
}
