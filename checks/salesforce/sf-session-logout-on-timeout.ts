import { defineCheck } from '../../src/core/define-check.js';
import { requireReturnedSetting } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-session-logout-on-timeout',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'low',
  title: 'Timed-out sessions are logged out, not left on screen',
  owner: 'Salesforce System Administrator',
  rationale: 'Without a forced logout, a timed-out session leaves the last page and its data visible on an unattended screen.',
  remediation: 'Setup > Session Settings: select "Force logout on session timeout".',
  references: {
    other: { 'Salesforce Health Check': ['Force logout on session timeout'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.admin_sessions.htm', 'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_securitysettings.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    return requireReturnedSetting(
      { label: 'Force logout on session timeout', field: 'sessionSettings.forceLogoutOnSessionTimeout', value: securitySettings.sessionSettings.forceLogoutOnSessionTimeout, want: true, control: 'Force logout on session timeout' },
      'Users are logged out when their session times out.',
    );
  },
});
