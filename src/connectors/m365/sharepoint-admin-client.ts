import { documentedJson, errorJson } from '../../transport/json-body.js';
import type { Transport } from '../../transport/transport.js';
import type { TokenSource } from './graph-middleware.js';
import { GraphApiError } from './graph-reader.js';

/**
 * Reads the SharePoint admin REST API (the CSOM Tenant object as REST, as ScubaGear's SPORestHelper
 * and PnP read it). odata=nometadata asks for the bare JSON object; errors come as
 * {"odata.error":{"code","message":{"lang","value"}}} (or "error" in verbose JSON).
 */
export class SharePointAdminClient {
  constructor(private readonly options: { base: string; token: TokenSource; transport: Transport }) {}

  async get(path: string): Promise<Record<string, unknown>> {
    const endpoint = `GET ${path}`;
    const answer = await this.options.transport.request({
      url: `${this.options.base}${path}`,
      endpoint,
      headers: { Authorization: `Bearer ${await this.options.token()}`, Accept: 'application/json;odata=nometadata' },
    });
    if (answer.status < 200 || answer.status >= 300) {
      const body = errorJson(answer.text) as Record<string, { code?: string; message?: { value?: string } | string }> | undefined;
      const error = body?.['odata.error'] ?? body?.error;
      const message = typeof error?.message === 'string' ? error.message : error?.message?.value;
      throw new GraphApiError(answer.status, error?.code ?? `http${answer.status}`, message ?? `HTTP ${answer.status}`, path, 'SharePoint');
    }
    return documentedJson(answer.text, endpoint, answer.status);
  }
}
