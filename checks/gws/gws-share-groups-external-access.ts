import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting, verdictPerControl, type WeaknessTest } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-groups-external-access',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: "Groups stay internal: no external members, no public posting, admins create groups, only members read conversations",
  owner: 'Super Admin',
  rationale:
    "Groups that admit external members or accept mail from the public leak conversations and are a phishing entry point; groups created by anyone multiply the surface.",
  remediation:
    "Admin console > Apps > Google Workspace > Groups for Business > Sharing settings: set Sharing options to \"Private\", untick \"Group owners can allow external members\" and \"Group owners can allow incoming email from outside the organization\", and set \"Creating groups\" to \"Only organization admins\" and \"Default for permission to view conversations\" to \"All group members\"; set every listed OU and group to Inherit.",
  references: {
    scuba: ['GWS.GROUPS.1.1v1', 'GWS.GROUPS.1.2v1', 'GWS.GROUPS.1.3v1', 'GWS.GROUPS.2.1v1', 'GWS.GROUPS.3.1v1'],
    cis: ['3.1.6.1', '3.1.6.2', '3.1.6.3'],
    docs: ["https://support.google.com/a/answer/167097"],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    const judge = (field: string, weak: WeaknessTest, passSummary: string, failWhat: string) =>
      judgeSetting(policies, { spec: SETTINGS.groupsSharing, fields: [field], weak, passSummary, failWhat });
    const privateAccess = judge('collaborationCapability', (v) => (v.collaborationCapability === 'DOMAIN_USERS_ONLY' ? null : `accessible from outside: ${String(v.collaborationCapability)}`), 'Groups are private to the organisation', 'let people outside the organisation access groups');
    const noExternalMembers = judge('ownersCanAllowExternalMembers', (v) => (v.ownersCanAllowExternalMembers === false ? null : 'owners can add external members'), 'Owners cannot add external members', 'let owners add external members');
    const noPublicPosting = judge('ownersCanAllowIncomingMailFromPublic', (v) => (v.ownersCanAllowIncomingMailFromPublic === false ? null : 'owners can allow mail from the public'), 'Owners cannot let the public post', 'let owners allow posts from the public');
    const adminsCreate = judge('createGroupsAccessLevel', (v) => (v.createGroupsAccessLevel === 'ADMIN_ONLY' ? null : `group creation: ${String(v.createGroupsAccessLevel)}`), 'Only admins create groups', 'let non-admins create groups');
    const membersRead = judge('viewTopicsDefaultAccessLevel', (v) => (v.viewTopicsDefaultAccessLevel === 'GROUP_MEMBERS' ? null : `conversations viewable by default by ${String(v.viewTopicsDefaultAccessLevel)}`), 'Only group members can view conversations by default', 'let more than group members view conversations by default');
    return verdictPerControl({
      'GWS.GROUPS.1.1v1': privateAccess,
      '3.1.6.1': privateAccess,
      'GWS.GROUPS.1.2v1': noExternalMembers,
      'GWS.GROUPS.1.3v1': noPublicPosting,
      'GWS.GROUPS.2.1v1': adminsCreate,
      '3.1.6.2': adminsCreate,
      'GWS.GROUPS.3.1v1': membersRead,
      '3.1.6.3': membersRead,
    });
  },
});
