import { z } from 'zod';
import { MissingPermission } from '../client.js';
import type { SfApiAccessControl, SfSecuritySettings } from '../../../snapshot/salesforce.js';
import type { CollectorContext } from './context.js';

const bool = z
  .union([z.boolean(), z.string()])
  .nullish()
  .transform((v) => (v === null || v === undefined ? null : v === true || v === 'true'));
const num = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((v) => (v === null || v === undefined || v === '' ? null : Number(v)));
const str = z.string().nullish().transform((v) => v ?? null);

const ipRange = z.object({ start: z.string(), end: z.string(), description: str }).passthrough();

const securityMetadata = z
  .object({
    enableAdminLoginAsAnyUser: bool,
    sessionSettings: z
      .object({
        enableMFADirectUILoginOptIn: bool,
        identityConfirmationOnTwoFactorRegistrationEnabled: bool,
        enforceIpRangesEveryRequest: bool,
        sessionTimeout: str,
        lockSessionsToDomain: bool,
        lockSessionsToIp: bool,
        enableClickjackSetup: bool,
        enableClickjackNonsetupSFDC: bool,
        enableClickjackNonsetupUser: bool,
        enableClickjackNonsetupUserHeaderless: bool,
        enableCSRFOnGet: bool,
        enableCSRFOnPost: bool,
        requireHttpOnly: bool,
        forceRelogin: bool,
        enableSMSIdentity: bool,
        enableCSPOnEmail: bool,
        enableContentSniffingProtection: bool,
        forceLogoutOnSessionTimeout: bool,
        identityConfirmationOnEmailChange: bool,
        redirectionWarning: bool,
        redirectBlockModeEnabled: bool,
      })
      .passthrough(),
    passwordPolicies: z
      .object({
        minimumPasswordLength: num,
        complexity: str,
        expiration: str,
        historyRestriction: num,
        maxLoginAttempts: str,
        lockoutInterval: str,
        minimumPasswordLifetime: bool,
        obscureSecretAnswer: bool,
        questionRestriction: str,
      })
      .passthrough(),
    networkAccess: z
      .object({ ipRanges: z.union([z.array(ipRange), ipRange]).nullish() })
      .passthrough()
      .nullish(),
    singleSignOnSettings: z
      .object({ enableSamlLogin: bool, isLoginWithSalesforceCredentialsDisabled: bool })
      .passthrough()
      .nullish(),
  })
  .passthrough();

/** Tooling SecuritySettings needs only View Setup and Configuration, unlike the Metadata API read. */
export async function collectSecuritySettings(ctx: CollectorContext): Promise<SfSecuritySettings> {
  const [row] = await ctx.client.query('SELECT Metadata FROM SecuritySettings', { tooling: true });
  const meta = securityMetadata.parse(row?.['Metadata']);
  const ranges = meta.networkAccess?.ipRanges;
  const list = ranges ? (Array.isArray(ranges) ? ranges : [ranges]) : [];
  const { sessionSettings: s, passwordPolicies: p } = meta;
  return {
    enableAdminLoginAsAnyUser: meta.enableAdminLoginAsAnyUser,
    sessionSettings: {
      enableMFADirectUILoginOptIn: s.enableMFADirectUILoginOptIn,
      identityConfirmationOnTwoFactorRegistrationEnabled: s.identityConfirmationOnTwoFactorRegistrationEnabled,
      enforceIpRangesEveryRequest: s.enforceIpRangesEveryRequest,
      sessionTimeout: s.sessionTimeout,
      lockSessionsToDomain: s.lockSessionsToDomain,
      lockSessionsToIp: s.lockSessionsToIp,
      enableClickjackSetup: s.enableClickjackSetup,
      enableClickjackNonsetupSFDC: s.enableClickjackNonsetupSFDC,
      enableClickjackNonsetupUser: s.enableClickjackNonsetupUser,
      enableClickjackNonsetupUserHeaderless: s.enableClickjackNonsetupUserHeaderless,
      enableCSRFOnGet: s.enableCSRFOnGet,
      enableCSRFOnPost: s.enableCSRFOnPost,
      requireHttpOnly: s.requireHttpOnly,
      forceRelogin: s.forceRelogin,
      enableSMSIdentity: s.enableSMSIdentity,
      enableCSPOnEmail: s.enableCSPOnEmail,
      enableContentSniffingProtection: s.enableContentSniffingProtection,
      forceLogoutOnSessionTimeout: s.forceLogoutOnSessionTimeout,
      identityConfirmationOnEmailChange: s.identityConfirmationOnEmailChange,
      redirectionWarning: s.redirectionWarning,
      redirectBlockModeEnabled: s.redirectBlockModeEnabled,
    },
    passwordPolicies: {
      minimumPasswordLength: p.minimumPasswordLength,
      complexity: p.complexity,
      expiration: p.expiration,
      historyRestriction: p.historyRestriction,
      maxLoginAttempts: p.maxLoginAttempts,
      lockoutInterval: p.lockoutInterval,
      minimumPasswordLifetime: p.minimumPasswordLifetime,
      obscureSecretAnswer: p.obscureSecretAnswer,
      questionRestriction: p.questionRestriction,
    },
    trustedIpRanges: list.map((r) => ({ start: r.start, end: r.end, description: r.description })),
    singleSignOn: {
      enableSamlLogin: meta.singleSignOnSettings?.enableSamlLogin ?? null,
      isLoginWithSalesforceCredentialsDisabled: meta.singleSignOnSettings?.isLoginWithSalesforceCredentialsDisabled ?? null,
    },
  };
}

const connectedAppSettings = z
  .object({ enableAdminApprovedAppsOnly: bool, enableAdminApprovedAppsOnlyForExternalUser: bool })
  .passthrough();

/** ConnectedAppSettings exists only in the Metadata API, whose read needs Modify Metadata (write-capable). */
export async function collectApiAccessControl(ctx: CollectorContext): Promise<SfApiAccessControl> {
  const granted = await ctx.runnerPermissions();
  if (!granted || !(granted.has('ModifyMetadata') || granted.has('ModifyAllData'))) {
    throw new MissingPermission(
      'API Access Control (ConnectedAppSettings) is readable only through the Metadata API, which needs "Modify Metadata Through Metadata API Functions" — a write-capable permission the integration user does not have. Check Setup > Connected Apps OAuth Usage by hand, or grant it knowingly.',
      'Modify Metadata Through Metadata API Functions',
    );
  }
  const settings = connectedAppSettings.parse(await ctx.client.readMetadata('ConnectedAppSettings', 'ConnectedApp'));
  return {
    enableAdminApprovedAppsOnly: settings.enableAdminApprovedAppsOnly === true,
    enableAdminApprovedAppsOnlyForExternalUser: settings.enableAdminApprovedAppsOnlyForExternalUser === true,
  };
}
