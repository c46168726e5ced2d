import { defineCheck } from '../../src/core/define-check.js';

export default defineCheck({
  id: 'sf-mfa-direct-logins-verified',
  provider: 'salesforce',
  area: 'mfa',
  severity: 'high',
  title: 'Every direct UI login in the last 30 days passed identity verification',
  owner: 'Salesforce System Administrator',
  rationale:
    'The settings can say MFA is required while exemptions, waivers or trusted-network behaviour let logins through on a password alone. Login history shows what actually happened.',
  remediation:
    'Setup > Login History and Identity Verification History: for each listed user find why no verification happened (MFA waiver, exemption, MFA not enforced) and remove the cause. Require MFA for all direct UI logins.',
  references: {
    other: { 'Salesforce MFA requirement': ['MFA for direct logins to Salesforce products'] },
    docs: ['https://help.salesforce.com/s/articleView?id=000396727&type=1', 'https://help.salesforce.com/s/articleView?id=sf.security_idverification_history.htm'],
  },
  reads: ['directLoginVerification', 'users'],
  evaluate({ directLoginVerification, users }) {
    const { logins, windowDays } = directLoginVerification;
    const unverified = logins.filter((l) => !l.verified);
    if (unverified.length === 0) {
      return { status: 'pass', summary: `All ${logins.length} direct UI logins in the last ${windowDays} days passed identity verification.` };
    }
    const names = new Map(users.map((u) => [u.id, u.username]));
    const byUser = new Map<string, number>();
    for (const l of unverified) byUser.set(l.userId, (byUser.get(l.userId) ?? 0) + 1);
    return {
      status: 'fail',
      summary: `${unverified.length} direct UI login${unverified.length === 1 ? '' : 's'} by ${byUser.size} user${byUser.size === 1 ? '' : 's'} in the last ${windowDays} days had no identity verification.`,
      evidence: [...byUser].map(([userId, count]) => ({ kind: 'user' as const, name: names.get(userId) ?? userId, id: userId, detail: `${count} login${count === 1 ? '' : 's'} without verification` })),
    };
  },
});
