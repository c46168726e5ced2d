/** Which benchmark wins where CIS and SCuBA disagree; `strict` takes the stricter of the two. */
export type Profile = 'strict' | 'cis' | 'scuba';

/** Per-tenant judgement inputs from the config: they change verdicts, never what is collected. */
export interface TenantSettings {
  profile: Profile;
  /** Emergency-access accounts (UPNs or object ids) that must be excluded from every enabled CA policy. */
  breakGlassAccounts: string[];
  /** Overrides the profile's range for the number of Global / super administrators. */
  globalAdminRange?: { min: number; max: number };
  /** Salesforce: how many users may hold each high-risk permission. */
  privilegedUserCap?: number;
  /** Users allowed to hold high-risk permissions whatever the cap (Salesforce usernames, Google emails). */
  privilegedUserAllowList: string[];
  /** Days without a sign-in after which a privileged user counts as dormant. */
  dormantDays: number;
}

export const DEFAULT_TENANT_SETTINGS: TenantSettings = {
  profile: 'strict',
  breakGlassAccounts: [],
  privilegedUserAllowList: [],
  dormantDays: 90,
};

/** The Global Administrator / super admin range each profile accepts. */
export function adminRange(settings: TenantSettings): { min: number; max: number } {
  if (settings.globalAdminRange) return settings.globalAdminRange;
  return settings.profile === 'scuba' ? { min: 2, max: 8 } : { min: 2, max: 4 };
}
