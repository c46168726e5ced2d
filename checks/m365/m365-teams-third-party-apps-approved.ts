import { defineCheck } from '../../src/core/define-check.js';
import type { ControlVerdict } from '../../src/core/model.js';
import { appCatalogRule, ORG_WIDE_NOTE } from '../../src/rules/m365/teams-app-catalogs.js';
import { judgePolicies } from '../../src/rules/m365/teams-policies.js';
import type { TeamsAppPermissionPolicy } from '../../src/snapshot/m365.js';

const rule = appCatalogRule('thirdParty');
const customRule = appCatalogRule('custom');

/** CIS 8.4.1 asks that neither third-party nor custom apps be open to all. */
function cisVerdict(policies: readonly TeamsAppPermissionPolicy[]): ControlVerdict {
  const thirdParty = judgePolicies(policies, rule);
  const custom = judgePolicies(policies, customRule);
  if (thirdParty.status === 'fail' || custom.status === 'fail') {
    return { status: 'fail', summary: [thirdParty, custom].filter((v) => v.status === 'fail').map((v) => v.summary).join(' ') };
  }
  if (thirdParty.status !== 'pass' || custom.status !== 'pass') return { status: 'not_assessed', summary: thirdParty.status !== 'pass' ? thirdParty.summary : custom.summary };
  return { status: 'pass', summary: 'App permission policies allow only approved third-party and custom apps.' };
}

export default defineCheck({
  id: 'm365-teams-third-party-apps-approved',
  provider: 'm365',
  area: 'oauth-grants',
  severity: 'medium',
  title: 'Only approved third-party apps can be installed in Teams',
  owner: 'Teams Administrator',
  rationale:
    'A third-party Teams app is code from another company that reads the chats, channels and files it is added to. Allowing only apps the organisation approved keeps unknown vendors out of its conversations.',
  remediation:
    `Teams admin center > Teams apps > Permission policies > Global (Org-wide default), then every custom policy > Third-party apps: "Allow specific apps and block all others" (or "Block all apps"). To audit: Get-CsTeamsAppPermissionPolicy | Select-Object Identity, GlobalCatalogAppsType, PrivateCatalogAppsType. ${ORG_WIDE_NOTE}`,
  references: {
    scuba: ['MS.TEAMS.5.2v2'],
    cis: ['8.4.1'],
    docs: ['https://learn.microsoft.com/microsoftteams/teams-app-permission-policies', 'https://learn.microsoft.com/powershell/module/teams/get-csteamsapppermissionpolicy'],
  },
  reads: ['teamsAppPermissionPolicies'],
  evaluate({ teamsAppPermissionPolicies }) {
    return { ...judgePolicies(teamsAppPermissionPolicies, rule), controls: { '8.4.1': cisVerdict(teamsAppPermissionPolicies) } };
  },
});
