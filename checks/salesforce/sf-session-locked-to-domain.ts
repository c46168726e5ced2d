import { defineCheck } from '../../src/core/define-check.js';
import { requireSettings } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-session-locked-to-domain',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'high',
  title: 'Sessions are locked to the domain in which they were first used',
  owner: 'Salesforce System Administrator',
  rationale: 'Locking sessions to their domain stops a session id captured on one Salesforce domain from being replayed on another.',
  remediation: 'Setup > Session Settings: select "Lock sessions to the domain in which they were first used".',
  references: {
    other: { 'Salesforce Health Check': ['Lock sessions to the domain in which they were first used'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.admin_sessions.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    return requireSettings(
      [{ label: 'Lock sessions to the domain in which they were first used', value: securitySettings.sessionSettings.lockSessionsToDomain, want: true }],
      'Sessions are locked to the domain in which they were first used.',
    );
  },
});
