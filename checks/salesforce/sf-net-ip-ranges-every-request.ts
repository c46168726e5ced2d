import { defineCheck } from '../../src/core/define-check.js';
import { requireSettings } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-net-ip-ranges-every-request',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'medium',
  title: 'Login IP ranges are enforced on every request, not only at login',
  owner: 'Salesforce System Administrator',
  rationale: 'Without it, a session opened inside the allowed ranges keeps working after it is stolen and replayed from elsewhere.',
  remediation: 'Setup > Session Settings: select "Enforce login IP ranges on every request".',
  references: {
    other: { 'Salesforce Health Check': ['Enforce login IP ranges on every request'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.admin_sessions.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    return requireSettings(
      [{ label: 'Enforce login IP ranges on every request', value: securitySettings.sessionSettings.enforceIpRangesEveryRequest, want: true }],
      'Login IP ranges are enforced on every request.',
    );
  },
});
