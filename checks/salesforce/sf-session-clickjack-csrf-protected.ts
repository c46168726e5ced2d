import { defineCheck } from '../../src/core/define-check.js';
import { requireSettings } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-session-clickjack-csrf-protected',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'high',
  title: 'Clickjack and CSRF protections are on for every page type',
  owner: 'Salesforce System Administrator',
  rationale: 'Clickjack protection stops Salesforce pages being framed by hostile sites; CSRF protection stops other sites from submitting requests with the user\'s session.',
  remediation:
    'Setup > Session Settings: enable clickjack protection for Setup pages, non-Setup Salesforce pages, customer Visualforce pages (with and without headers), and CSRF protection on GET and POST requests on non-setup pages.',
  references: {
    other: {
      'Salesforce Health Check': [
        'Enable clickjack protection for Setup pages',
        'Enable clickjack protection for non-Setup Salesforce pages',
        'Enable clickjack protection for customer Visualforce pages with standard headers',
        'Enable clickjack protection for customer Visualforce pages with headers disabled',
        'Enable CSRF protection on GET requests on non-setup pages',
        'Enable CSRF protection on POST requests on non-setup pages',
      ],
    },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.admin_sessions.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    const s = securitySettings.sessionSettings;
    return requireSettings(
      [
        { label: 'Clickjack protection for Setup pages', value: s.enableClickjackSetup, want: true, control: 'Enable clickjack protection for Setup pages' },
        { label: 'Clickjack protection for non-Setup Salesforce pages', value: s.enableClickjackNonsetupSFDC, want: true, control: 'Enable clickjack protection for non-Setup Salesforce pages' },
        { label: 'Clickjack protection for customer Visualforce pages with standard headers', value: s.enableClickjackNonsetupUser, want: true, control: 'Enable clickjack protection for customer Visualforce pages with standard headers' },
        { label: 'Clickjack protection for customer Visualforce pages with headers disabled', value: s.enableClickjackNonsetupUserHeaderless, want: true, control: 'Enable clickjack protection for customer Visualforce pages with headers disabled' },
        { label: 'CSRF protection on GET requests on non-setup pages', value: s.enableCSRFOnGet, want: true, control: 'Enable CSRF protection on GET requests on non-setup pages' },
        { label: 'CSRF protection on POST requests on non-setup pages', value: s.enableCSRFOnPost, want: true, control: 'Enable CSRF protection on POST requests on non-setup pages' },
      ],
      'Clickjack protection is on for all page types and CSRF protection for GET and POST.',
    );
  },
});
