import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-oauth-marketplace-allowlist',
  provider: 'gws',
  area: 'oauth-grants',
  severity: 'medium',
  title: 'Users can install only allow-listed Google Workspace Marketplace apps',
  owner: 'Super Admin',
  rationale:
    'Marketplace apps install with broad Workspace scopes. Allowing every app (Google’s default) lets users add any add-on without review; "allow all internal apps" bypasses the list for domain-published ones.',
  remediation:
    'Admin console > Apps > Google Workspace Marketplace apps > Settings: choose "Allow users to install and run only selected apps from the Marketplace" (or block all), untick "Allow users to install and run any internal app", and add reviewed apps to the allowlist; set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.11.1v1'],
    cis: ['3.1.9.1.1'],
    docs: ['https://support.google.com/a/answer/6089179'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.marketplaceAccess,
      fields: ['accessLevel', 'allowAllInternalApps'],
      weak: (v) => {
        const problems: string[] = [];
        if (v.accessLevel !== 'ALLOW_LISTED_APPS' && v.accessLevel !== 'ALLOW_NONE') problems.push(`accessLevel is ${String(v.accessLevel)}`);
        if (v.allowAllInternalApps === true) problems.push('all internal apps allowed');
        return problems.length ? problems.join('; ') : null;
      },
      passSummary: 'Marketplace installs are limited to allow-listed apps',
      failWhat: 'allow unreviewed Marketplace apps',
    });
  },
});
