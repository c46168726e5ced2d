import { defineCheck } from '../../src/core/define-check.js';
import { requireReturnedSetting } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-session-content-sniffing-protected',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'medium',
  title: 'Browsers are told not to guess content types (content sniffing protection)',
  owner: 'Salesforce System Administrator',
  rationale: "A browser that sniffs a file's type can run an uploaded file as script; the protection sends X-Content-Type-Options: nosniff.",
  remediation: 'Setup > Session Settings: select "Enable Content Sniffing protection".',
  references: {
    other: { 'Salesforce Health Check': ['Enable Content Sniffing protection'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.admin_sessions.htm', 'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_securitysettings.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    return requireReturnedSetting(
      { label: 'Enable Content Sniffing protection', field: 'sessionSettings.enableContentSniffingProtection', value: securitySettings.sessionSettings.enableContentSniffingProtection, want: true, control: 'Enable Content Sniffing protection' },
      'Content sniffing protection is on.',
    );
  },
});
