import type { PowerPlatformDlpPolicy, PowerPlatformEnvironment } from '../../snapshot/m365.js';

/** Whether a connector (DLP) policy applies to an environment, by its environmentType and list. */
export function policyCovers(policy: PowerPlatformDlpPolicy, environment: string): boolean {
  const listed = policy.environments.some((e) => e.toLowerCase() === environment.toLowerCase());
  switch (policy.environmentType) {
    case 'AllEnvironments':
      return true;
    case 'OnlyEnvironments':
      return listed;
    case 'ExceptEnvironments':
      return !listed;
    default:
      return false;
  }
}

/** Why a policy leaves an environment out, in a few words. */
export function exclusionReason(policy: PowerPlatformDlpPolicy): string {
  return policy.environmentType === 'ExceptEnvironments' ? 'excludes it' : `applies only to ${policy.environments.length} other environment(s)`;
}

export function environmentLabel(environment: PowerPlatformEnvironment): string {
  return environment.displayName && environment.displayName !== environment.name ? `'${environment.displayName}' (${environment.name})` : `'${environment.name}'`;
}
