import type { SectionSpec } from '../../core/connector.js';
import { ApiShapeError, AuthError } from '../../core/errors.js';
import type { SectionError } from '../../core/model.js';
import { GraphApiError } from './graph-reader.js';

const LICENCE_CODES = /premium|licen[cs]e|NonPremium|RequestFromNonPremiumTenant/i;

/** Whether Graph refused the read because the tenant lacks a licence (AadPremiumLicenseRequired, …). */
export function isLicenceAnswer(error: GraphApiError): boolean {
  return LICENCE_CODES.test(error.graphCode) || LICENCE_CODES.test(error.message);
}

/** Turns a failed read into the reason a person can act on. */
export function toSectionError(error: unknown, spec: SectionSpec): SectionError {
  const endpoint = spec.endpoints.join(', ');
  const permission = spec.permissions.join(' and ');
  if (error instanceof GraphApiError) {
    const detail = `${error.graphCode}: ${error.message}`;
    if (error.graphCode === 'shape') return { code: 'shape', message: error.message, endpoint };
    if (isLicenceAnswer(error)) {
      return { code: 'licence', message: `The tenant lacks the licence for this read (${detail}).`, licence: spec.licence ?? 'Microsoft Entra ID P1 or P2', featureUnlicensed: spec.licenceGates !== 'report', endpoint, httpStatus: error.status };
    }
    switch (error.status) {
      case 401:
        return { code: 'auth', message: `${error.service} refused the token (${detail}).`, endpoint, httpStatus: 401 };
      case 403: {
        // An API authorised by a directory role alone (Teams) has no permission to consent to.
        const remedy = spec.permissions.every((p) => p.startsWith('Entra role')) ? `give the app's service principal the ${permission}` : `grant the application permission(s) ${permission} and admin-consent it`;
        return { code: 'permission', message: `${error.service} denied the read (${detail}); ${remedy}.`, permission, endpoint, httpStatus: 403 };
      }
      case 404:
        return { code: 'not_found', message: `${error.service} found nothing at this endpoint (${detail}); the service may not be provisioned in this tenant.`, endpoint, httpStatus: 404 };
      case 429:
      case 503:
      case 504:
        return { code: 'throttled', message: `${error.service} kept throttling after the allowed retries (${detail}).`, endpoint, httpStatus: error.status };
      default:
        return { code: 'api_error', message: `${error.service} answered ${error.status || 'unexpectedly'} (${detail}).`, endpoint, httpStatus: error.status || undefined };
    }
  }
  if (error instanceof ApiShapeError) return { code: 'shape', message: error.message, endpoint };
  if (error instanceof AuthError) return { code: 'auth', message: error.message, endpoint };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'network', message: `The request failed: ${message}`, endpoint };
}
