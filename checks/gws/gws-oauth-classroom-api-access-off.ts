import { defineCheck } from '../../src/core/define-check.js';
import { hasSettingFamily } from '../../src/rules/gws/effective-settings.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-oauth-classroom-api-access-off',
  provider: 'gws',
  area: 'oauth-grants',
  severity: 'medium',
  title: 'Users cannot authorise apps to read their Classroom data',
  owner: 'Super Admin',
  rationale:
    'An app a user authorises through the Classroom API can read rosters, coursework and grades; SCuBA asks that users cannot grant that (GWS.CLASSROOM.2.1, a SHOULD), leaving app access to admins. Tenants without Classroom return no Classroom settings and are not applicable.',
  remediation:
    'Admin console > Apps > Additional Google services > Classroom > Data access: untick "Users can authorize apps to access their Google Classroom data"; set every listed OU to Inherit.',
  references: {
    scuba: ['GWS.CLASSROOM.2.1v1'],
    docs: ['https://support.google.com/edu/classroom/answer/6250906', 'https://cloud.google.com/identity/docs/concepts/supported-policy-api-settings'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    if (!hasSettingFamily(policies, 'classroom.')) return { status: 'not_applicable', summary: 'The Policy API returned no Classroom settings: Classroom is not part of this tenant.' };
    return judgeSetting(policies, {
      spec: SETTINGS.classroomApiAccess,
      fields: ['enableApiAccess'],
      weak: (v) => (v.enableApiAccess === false ? null : v.enableApiAccess === true ? 'users can authorise apps to read Classroom data' : 'Classroom API access not shown as off (no policy returned)'),
      passSummary: 'Users cannot authorise apps to read Classroom data',
      failWhat: 'let users authorise apps to read Classroom data',
    });
  },
});
