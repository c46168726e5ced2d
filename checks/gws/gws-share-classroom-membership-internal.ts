import { defineCheck } from '../../src/core/define-check.js';
import { hasSettingFamily } from '../../src/rules/gws/effective-settings.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting, verdictPerControl } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-classroom-membership-internal',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Only users in the domain join its classes, and its users join only its classes (Classroom)',
  owner: 'Super Admin',
  rationale:
    'Classes open to any Google user expose pupils and their work to strangers; users joining outside classes take the organisation’s identities and data into rooms it does not govern. SCuBA asks for each separately (GWS.CLASSROOM.1.1, 1.2), allowing allow-listed domains. Tenants without Classroom return no Classroom settings and are not applicable.',
  remediation:
    'Admin console > Apps > Additional Google services > Classroom > Class settings: set "Who can join classes in your domain" to "Users in your domain only" and "Which classes can users in your domain join" to "Classes in your domain only" (or allow-listed domains); set every listed OU to Inherit.',
  references: {
    scuba: ['GWS.CLASSROOM.1.1v1', 'GWS.CLASSROOM.1.2v1'],
    docs: ['https://support.google.com/edu/classroom/answer/6250906', 'https://cloud.google.com/identity/docs/concepts/supported-policy-api-settings'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    if (!hasSettingFamily(policies, 'classroom.')) return { status: 'not_applicable', summary: 'The Policy API returned no Classroom settings: Classroom is not part of this tenant.' };
    const whoJoins = judgeSetting(policies, {
      spec: SETTINGS.classroomMembership,
      fields: ['whoCanJoinClasses'],
      weak: (v) => (['ANYONE_IN_DOMAIN', 'ANYONE_IN_ALLOWLISTED_DOMAINS'].includes(String(v.whoCanJoinClasses)) ? null : `classes can be joined by ${String(v.whoCanJoinClasses ?? 'a value not shown (no policy returned)')}`),
      passSummary: 'Only users in the domain (or allow-listed domains) join its classes',
      failWhat: 'let outside users join classes',
    });
    const whichClasses = judgeSetting(policies, {
      spec: SETTINGS.classroomMembership,
      fields: ['whichClassesCanUsersJoin'],
      weak: (v) => (['CLASSES_IN_DOMAIN', 'CLASSES_IN_ALLOWLISTED_DOMAINS'].includes(String(v.whichClassesCanUsersJoin)) ? null : `users can join ${String(v.whichClassesCanUsersJoin ?? 'classes not shown to be limited (no policy returned)')}`),
      passSummary: 'Users join only classes in the domain (or allow-listed domains)',
      failWhat: 'let users join outside classes',
    });
    return verdictPerControl({ 'GWS.CLASSROOM.1.1v1': whoJoins, 'GWS.CLASSROOM.1.2v1': whichClasses });
  },
});
