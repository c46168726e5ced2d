import { defineCheck } from '../../src/core/define-check.js';
import { requireReturnedSetting } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-session-csp-email-templates',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'medium',
  title: 'Content Security Policy protects email templates',
  owner: 'Salesforce System Administrator',
  rationale: 'The policy stops HTML email templates from loading scripts and content from arbitrary sites when they are previewed in Salesforce.',
  remediation: 'Setup > Session Settings: select "Enable Content Security Policy protection for email templates".',
  references: {
    other: { 'Salesforce Health Check': ['Enable Content Security Policy protection for email templates'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.admin_sessions.htm', 'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_securitysettings.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    return requireReturnedSetting(
      { label: 'Enable Content Security Policy protection for email templates', field: 'sessionSettings.enableCSPOnEmail', value: securitySettings.sessionSettings.enableCSPOnEmail, want: true, control: 'Enable Content Security Policy protection for email templates' },
      'Email templates are served with Content Security Policy protection.',
    );
  },
});
