import type { Transport } from '../../transport/transport.js';
import { TransportError } from '../../transport/transport-error.js';
import { GraphApiError } from './graph-reader.js';
import type { TokenSource } from './graph-middleware.js';

/** The module version the banner request names; the service answers any recent v3. */
const MODULE_VERSION = '3.7.1';

/**
 * Finds the tenant's Security & Compliance admin host the way the ExchangeOnlineManagement module
 * does: GET EXOBanner('AutogenSession') on the well-known host answers with a redirect whose Location
 * names the tenant's regional host (e.g. eur03b.ps.compliance.protection.outlook.com). Only a host under
 * the well-known one is accepted, so a Location elsewhere cannot draw the token away. Without a
 * redirect, the well-known host serves the tenant itself.
 */
export async function discoverComplianceHost(wellKnown: string, tenantId: string, token: TokenSource, transport: Transport): Promise<string> {
  const base = new URL(wellKnown);
  const endpoint = "GET /adminapi/beta/EXOBanner('AutogenSession')";
  const answer = await transport.request({
    url: `${base.origin}/adminapi/beta/${encodeURIComponent(tenantId)}/EXOBanner('AutogenSession')?Version=${MODULE_VERSION}`,
    endpoint,
    redirect: 'return',
    headers: { Authorization: `Bearer ${await token()}`, Accept: 'application/json' },
  });
  if (answer.status === 401 || answer.status === 403) {
    throw new GraphApiError(answer.status, `http${answer.status}`, `the compliance host lookup was refused (HTTP ${answer.status})`, endpoint, 'Security & Compliance');
  }
  const location = answer.status >= 300 && answer.status < 400 ? answer.headers.get('location') : null;
  if (!location) return base.origin;
  const target = new URL(location, base);
  const region = target.hostname.split('.')[0] ?? '';
  if (target.protocol !== 'https:' && base.protocol === 'https:') {
    throw new TransportError('redirect_refused', `${endpoint} redirected to a non-HTTPS host; not used`, endpoint, answer.status);
  }
  if (!target.hostname.endsWith(`.${base.hostname}`) || !/^[a-z0-9-]+$/i.test(region)) {
    throw new TransportError('redirect_refused', `${endpoint} named ${target.origin}, which is not a ${base.hostname} host; not used`, endpoint, answer.status);
  }
  return `${base.protocol}//${region}.${base.host}`;
}
