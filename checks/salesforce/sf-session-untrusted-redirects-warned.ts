import { defineCheck } from '../../src/core/define-check.js';

const SETTING = 'Allow redirections to untrusted external URLs without warning';

export default defineCheck({
  id: 'sf-session-untrusted-redirects-warned',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'medium',
  title: 'Redirects to URLs outside the trusted list warn the user or are blocked',
  owner: 'Salesforce System Administrator',
  rationale: 'A silent redirect from a Salesforce link to any external site is an open redirect: phishing pages borrow the trusted Salesforce domain.',
  remediation:
    'Setup > Session Settings > Redirections to untrusted URLs: choose "Warn users before redirecting them outside Salesforce" (or block), and add the sites you rely on to Trusted URLs for Redirects.',
  references: {
    other: { 'Salesforce Health Check': [SETTING] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.admin_sessions.htm', 'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_redirectwhitelisturl.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    const { redirectionWarning, redirectBlockModeEnabled } = securitySettings.sessionSettings;
    if (redirectBlockModeEnabled === true) return { status: 'pass', summary: 'Redirects to untrusted URLs are blocked.' };
    if (redirectionWarning === true) return { status: 'pass', summary: 'Users are warned before a redirect to an untrusted URL.' };
    if (redirectionWarning === null && redirectBlockModeEnabled === null) {
      return { status: 'not_assessed', summary: 'SecuritySettings returned neither sessionSettings.redirectionWarning nor redirectBlockModeEnabled, so redirect handling could not be read.' };
    }
    return {
      status: 'fail',
      summary: 'Salesforce redirects to untrusted external URLs without warning.',
      evidence: [{ kind: 'setting', name: SETTING, detail: 'redirectionWarning and redirectBlockModeEnabled are off' }],
    };
  },
});
