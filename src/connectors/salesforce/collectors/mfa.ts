import { z } from 'zod';
import type { SfDirectLoginVerification, SfMfaMethods } from '../../../snapshot/salesforce.js';
import { MissingPermission } from '../client.js';
import { nullableString, requirePermission, type CollectorContext } from './context.js';

/**
 * TwoFactorMethodsInfo flags by method name; newer ones (HasBuiltInAuthenticator, v53+) are selected only when present.
 * TempCode and VerifiedMobileNumber are read so checks can tell them apart: neither satisfies Salesforce's MFA requirement.
 */
const METHOD_FIELDS: Record<string, string> = {
  HasTotp: 'Totp',
  HasSalesforceAuthenticator: 'SalesforceAuthenticator',
  HasU2F: 'U2F',
  HasSecurityKey: 'SecurityKey',
  HasBuiltInAuthenticator: 'BuiltInAuthenticator',
  HasTempCode: 'TempCode',
  HasVerifiedMobileNumber: 'VerifiedMobileNumber',
};

export async function collectMfaMethods(ctx: CollectorContext): Promise<SfMfaMethods[]> {
  const fields = await ctx.client.fieldsOf('TwoFactorMethodsInfo');
  if (!fields) {
    // The object is hidden, not absent, from users without the permission: an empty list here would read as "nobody registered".
    throw new MissingPermission(
      'TwoFactorMethodsInfo is not visible to the integration user; it needs "Manage Multi-Factor Authentication in API" (write-capable) to read users\' registered MFA methods.',
      'Manage Multi-Factor Authentication in API',
    );
  }
  const present = Object.keys(METHOD_FIELDS).filter((f) => fields.has(f));
  if (present.length === 0) throw new MissingPermission('TwoFactorMethodsInfo exposes none of the method fields (HasTotp, HasSalesforceAuthenticator, …) to the integration user.', 'Manage Multi-Factor Authentication in API');
  const rows = await ctx.client.query(`SELECT UserId, ${present.join(', ')} FROM TwoFactorMethodsInfo WHERE User.IsActive = true`, { maxFetch: 200_000 });
  // UserId is Nillable (object reference): a row that names no user cannot be counted for anyone.
  return rows.flatMap((row) => {
    const userId = nullableString.parse(row['UserId']);
    return userId ? [{ userId, methods: present.filter((field) => row[field] === true).map((field) => METHOD_FIELDS[field] ?? field) }] : [];
  });
}

export const DIRECT_LOGIN_WINDOW_DAYS = 30;
const VERIFIED = new Set(['Succeeded', 'AutomatedSuccess']);

// LoginTime is Nillable in the LoginHistory object reference.
const loginRecord = z.object({ Id: z.string(), UserId: z.string(), LoginTime: nullableString, LoginType: z.string().nullish(), Status: z.string().nullish() }).passthrough();
const verificationRecord = z.object({ LoginHistoryId: z.string().nullish(), Status: z.string().nullish() }).passthrough();

/**
 * Direct UI logins (LoginType Application, i.e. username and password, not SSO) matched to the
 * VerificationHistory row that points at them. LoginType and Status are filtered here because
 * LoginHistory does not filter on them reliably.
 */
export async function collectDirectLoginVerification(ctx: CollectorContext): Promise<SfDirectLoginVerification> {
  await requirePermission(ctx, 'ManageUsers', 'LoginHistory and VerificationHistory show only the integration user\'s own rows');
  const window = `LAST_N_DAYS:${DIRECT_LOGIN_WINDOW_DAYS}`;
  const logins = await ctx.client.query(`SELECT Id, UserId, LoginTime, LoginType, Status FROM LoginHistory WHERE LoginTime = ${window}`, { maxFetch: 500_000 });
  const verifications = await ctx.client.query(`SELECT LoginHistoryId, Status FROM VerificationHistory WHERE VerificationTime = ${window} AND Activity = 'Login'`, { maxFetch: 500_000 });
  const verified = new Set(
    verifications
      .map((row) => verificationRecord.parse(row))
      .filter((v) => v.LoginHistoryId && VERIFIED.has(v.Status ?? ''))
      .map((v) => v.LoginHistoryId as string),
  );
  return {
    windowDays: DIRECT_LOGIN_WINDOW_DAYS,
    logins: logins
      .map((row) => loginRecord.parse(row))
      .filter((l) => l.LoginType === 'Application' && l.Status === 'Success')
      .map((l) => ({ loginId: l.Id, userId: l.UserId, loginTime: l.LoginTime, verified: verified.has(l.Id) })),
  };
}
