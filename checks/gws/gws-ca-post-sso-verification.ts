import { defineCheck } from '../../src/core/define-check.js';
import { judgeLoggedSetting } from '../../src/rules/gws/logged-settings.js';
import { verdictPerControl } from '../../src/rules/gws/setting-verdict.js';
import { ADMIN_LOG_SETTINGS } from '../../src/snapshot/gws.js';

export default defineCheck({
  id: 'gws-ca-post-sso-verification',
  provider: 'gws',
  area: 'conditional-access',
  severity: 'medium',
  title: 'Google asks for extra verification after SSO sign-in, for the organisation’s SSO profile and for other profiles (log-derived)',
  owner: 'Super Admin',
  rationale:
    'After a third-party identity provider signs a user in, Google can still challenge a suspicious sign-in (2SV, login challenges); without it a compromised IdP session is accepted as is. SCuBA asks for it for the organisation’s SSO profile (GWS.COMMONCONTROLS.3.1) and for other SSO profiles (3.2). The Policy API does not show the setting, so it is read from admin-log changes, as ScubaGoggles does.',
  remediation:
    'Admin console > Security > Authentication > SSO with third-party IdP (or Login challenges > Post-SSO verification): tick "Ask users for additional verification from Google if a sign-in looks suspicious" for the organisation’s SSO profile and for other SSO profiles; set every listed OU to Inherit.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.3.1v1', 'GWS.COMMONCONTROLS.3.2v1'],
    docs: ['https://support.google.com/a/answer/6227775', 'https://developers.google.com/workspace/admin/reports/v1/appendix/activity/admin-application-settings'],
  },
  reads: ['adminSettingChanges', 'policies'],
  evaluate({ adminSettingChanges, policies }) {
    const asks = (expected: string) => (value: string) => (value === expected ? null : `post-SSO verification is ${value}`);
    return verdictPerControl({
      'GWS.COMMONCONTROLS.3.1v1': judgeLoggedSetting(adminSettingChanges, policies, {
        setting: ADMIN_LOG_SETTINGS.postSsoVerification,
        weak: asks('PERFORM_CHALLENGE_SELECTION'),
        passSummary: 'Post-SSO verification is on for the organisation’s SSO profile',
        failWhat: 'skip post-SSO verification for the organisation’s SSO profile',
        googleDefault: 'no additional verification',
      }),
      'GWS.COMMONCONTROLS.3.2v1': judgeLoggedSetting(adminSettingChanges, policies, {
        setting: ADMIN_LOG_SETTINGS.postSsoVerificationOtherProfiles,
        weak: asks('SSO_PROFILES_PERFORM_CHALLENGE_SELECTION'),
        passSummary: 'Post-SSO verification is on for other SSO profiles',
        failWhat: 'skip post-SSO verification for other SSO profiles',
        googleDefault: 'no additional verification',
      }),
    });
  },
});
