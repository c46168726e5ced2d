import type { LimitFunction } from 'p-limit';
import { documentedJson, errorJson } from '../../transport/json-body.js';
import type { Transport } from '../../transport/transport.js';
import type { TokenSource } from './graph-middleware.js';
import { GraphApiError } from './graph-reader.js';

/**
 * The app id of the "Skype and Teams Tenant Admin API" resource: app-only tokens for the Teams admin
 * API are asked for its /.default scope (Microsoft's Teams PowerShell application-authentication page).
 */
export const TEAMS_ADMIN_RESOURCE = '48ac35b8-9aa8-4d74-927d-1f4a14a0b239';

/** A configuration type as the ConfigAPI names it (TeamsMeetingPolicy, TenantFederationSettings, …). */
const CONFIGURATION_TYPE = /^[A-Z][A-Za-z]+$/;

export class TeamsWriteRefused extends Error {
  constructor(readonly what: string) {
    super(`Refused to send "${what}" to the Teams admin API: tenant-audit only GETs Skype.Policy configuration lists (read-only)`);
    this.name = 'TeamsWriteRefused';
  }
}

/** The only requests this client makes: GET of one configuration type's whole list. */
export function readOnlyTeamsPath(configurationType: string): string {
  if (!CONFIGURATION_TYPE.test(configurationType)) throw new TeamsWriteRefused(configurationType);
  return `/Skype.Policy/configurations/${configurationType}`;
}

/**
 * Reads the Teams tenant admin API ("ConfigAPI"), undocumented, as the MicrosoftTeams module and
 * ScubaGear's REST provider call it: GET /Skype.Policy/configurations/{type} answers the type's
 * instances as a JSON array (one object for singletons such as TenantFederationSettings), properties
 * named as the Get-Cs* cmdlets print them. No continuation has been seen in public use.
 */
export class TeamsAdminClient {
  readonly service = 'Microsoft Teams';

  constructor(private readonly options: { base: string; token: TokenSource; transport: Transport; inFlight?: LimitFunction }) {}

  async list(configurationType: string): Promise<Record<string, unknown>[]> {
    const path = readOnlyTeamsPath(configurationType);
    const endpoint = `GET ${path}`;
    const send = async () =>
      this.options.transport.request({ url: `${this.options.base}${path}`, method: 'GET', endpoint, headers: { Authorization: `Bearer ${await this.options.token()}`, Accept: 'application/json' } });
    const answer = await (this.options.inFlight ? this.options.inFlight(send) : send());
    if (answer.status < 200 || answer.status >= 300) {
      const { code, message } = teamsError(errorJson(answer.text));
      throw new GraphApiError(answer.status, code ?? `http${answer.status}`, message ?? `HTTP ${answer.status}`, path, this.service);
    }
    const value = errorJson(answer.text);
    if (Array.isArray(value)) {
      if (value.length === 0) throw new GraphApiError(answer.status, 'shape', `Microsoft Teams answered ${path} with an empty list; every configuration type has at least its Global instance`, path, this.service);
      return value.map((item, i) => {
        if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new GraphApiError(answer.status, 'shape', `Microsoft Teams answered ${path} with a list whose item ${i + 1} is not an object`, path, this.service);
        return item as Record<string, unknown>;
      });
    }
    return [documentedJson(answer.text, endpoint, answer.status)];
  }
}

/**
 * The error code and message, from the shapes seen in public use: {"code","message"} at the top,
 * under "error", or a list under "errors" (none of them is documented).
 */
function teamsError(body: unknown): { code?: string; message?: string } {
  const text = (value: unknown) => (typeof value === 'string' && value ? value : typeof value === 'number' ? String(value) : undefined);
  if (body === null || typeof body !== 'object') return {};
  const record = body as Record<string, unknown>;
  const inner = [record.error, Array.isArray(record.errors) ? record.errors[0] : undefined, record].find((v) => v !== null && typeof v === 'object') as Record<string, unknown> | undefined;
  if (!inner) return {};
  return { code: text(inner.code) ?? text(inner.errorCode) ?? text(inner.subCode), message: text(inner.message) ?? text(inner.Message) };
}
