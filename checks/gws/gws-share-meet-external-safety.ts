import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting, verdictPerControl } from '../../src/rules/gws/setting-verdict.js';

const notShown = (what: string) => `${what} not shown (no policy returned)`;

export default defineCheck({
  id: 'gws-share-meet-external-safety',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Uninvited outsiders ask to join Meet calls, users join only Workspace meetings, and external participants are labelled',
  owner: 'Super Admin',
  rationale:
    'Anyone with a meeting link can otherwise walk into a call; meetings created by personal Google accounts are outside any organisation’s controls; and an unlabelled external participant can pass as a colleague. SCuBA asks for each separately (GWS.MEET.1.1, 2.1, 4.1). Google documents no default for these settings.',
  remediation:
    'Admin console > Apps > Google Workspace > Google Meet > Meet safety settings: set "Access type" so that only users in the organisation (or trusted domains) join without asking; set "Access" (meetings users can join) to meetings of your organisation or of any Workspace organisation, not personal accounts; tick "Warn for external participants"; set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.MEET.1.1v1', 'GWS.MEET.2.1v1', 'GWS.MEET.4.1v1'],
    docs: ['https://support.google.com/a/answer/7304109', 'https://cloud.google.com/identity/docs/concepts/supported-policy-api-settings'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    const askToJoin = judgeSetting(policies, {
      spec: SETTINGS.meetJoining,
      fields: ['allowedAudience'],
      // TRUSTED: the organisation and trusted domains join without asking; RESTRICTED: the organisation only.
      weak: (v) => (['TRUSTED', 'RESTRICTED'].includes(String(v.allowedAudience)) ? null : v.allowedAudience === undefined ? notShown('ask-to-join for outsiders') : `anyone joins without asking (${String(v.allowedAudience)})`),
      passSummary: 'Uninvited outsiders must ask to join',
      failWhat: 'let uninvited outsiders join without asking',
    });
    const workspaceMeetingsOnly = judgeSetting(policies, {
      spec: SETTINGS.meetSafetyAccess,
      fields: ['meetingsAllowedToJoin'],
      weak: (v) => (['SAME_ORGANIZATION_ONLY', 'ANY_WORKSPACE_ORGANIZATION'].includes(String(v.meetingsAllowedToJoin)) ? null : v.meetingsAllowedToJoin === undefined ? notShown('a limit on meetings users join') : `users may join any meeting, personal accounts' included (${String(v.meetingsAllowedToJoin)})`),
      passSummary: 'Users join only meetings created in Workspace organisations',
      failWhat: 'let users join meetings created by personal accounts',
    });
    const externalLabel = judgeSetting(policies, {
      spec: SETTINGS.meetExternalLabel,
      fields: ['enableExternalLabel'],
      weak: (v) => (v.enableExternalLabel === true ? null : v.enableExternalLabel === false ? 'external participants are not labelled' : notShown('the external-participant label')),
      passSummary: 'External participants are labelled',
      failWhat: 'do not label external participants',
    });
    return verdictPerControl({ 'GWS.MEET.1.1v1': askToJoin, 'GWS.MEET.2.1v1': workspaceMeetingsOnly, 'GWS.MEET.4.1v1': externalLabel });
  },
});
