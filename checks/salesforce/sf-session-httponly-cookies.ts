import { defineCheck } from '../../src/core/define-check.js';
import { requireSettings } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-session-httponly-cookies',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'medium',
  title: 'Session cookies carry the HttpOnly attribute',
  owner: 'Salesforce System Administrator',
  rationale: 'HttpOnly keeps session cookies out of reach of JavaScript, so a cross-site scripting flaw cannot read the session id.',
  remediation: 'Setup > Session Settings: select "Require HttpOnly attribute" (check that no custom code reads the session cookie first).',
  references: {
    other: { 'Salesforce Health Check': ['Require HttpOnly attribute'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.admin_sessions.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    return requireSettings(
      [{ label: 'Require HttpOnly attribute', value: securitySettings.sessionSettings.requireHttpOnly, want: true }],
      'Session cookies are HttpOnly.',
    );
  },
});
