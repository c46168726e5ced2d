import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-groups-external-access',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: "Groups stay internal: no external members, no public posting, admins create groups",
  owner: 'Super Admin',
  rationale:
    "Groups that admit external members or accept mail from the public leak conversations and are a phishing entry point; groups created by anyone multiply the surface.",
  remediation:
    "Admin console > Apps > Google Workspace > Groups for Business > Sharing settings: set Sharing options to \"Private\", untick \"Group owners can allow external members\" and \"Group owners can allow incoming email from outside the organization\", and set \"Creating groups\" to \"Only organization admins\"; set every listed OU and group to Inherit.",
  references: {
    scuba: ["GWS.GROUPS.1.1v1","GWS.GROUPS.1.2v1","GWS.GROUPS.1.3v1","GWS.GROUPS.2.1v1"],
    cis: ["3.1.6.1","3.1.6.2"],
    docs: ["https://support.google.com/a/answer/167097"],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.groupsSharing,
      fields: ["collaborationCapability","ownersCanAllowExternalMembers","ownersCanAllowIncomingMailFromPublic","createGroupsAccessLevel"],
      weak: (v) => {
        const problems: string[] = [];
        if (v.collaborationCapability !== 'DOMAIN_USERS_ONLY') problems.push(`collaborationCapability is ${String(v.collaborationCapability)}`);
        if (v.ownersCanAllowExternalMembers !== false) problems.push('owners can add external members');
        if (v.ownersCanAllowIncomingMailFromPublic !== false) problems.push('owners can allow mail from the public');
        if (v.createGroupsAccessLevel !== 'ADMIN_ONLY') problems.push(`group creation: ${String(v.createGroupsAccessLevel)}`);
        return problems.length ? problems.join('; ') : null;
      },
      passSummary: "Groups are internal-only",
      failWhat: "allow external access to groups",
    });
  },
});
