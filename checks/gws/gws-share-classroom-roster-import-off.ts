import { defineCheck } from '../../src/core/define-check.js';
import { hasSettingFamily } from '../../src/rules/gws/effective-settings.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-classroom-roster-import-off',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'low',
  title: 'Classroom roster import from Clever is off',
  owner: 'Super Admin',
  rationale:
    'Roster import lets a third-party service (Clever) create and update class membership; SCuBA asks for it off (GWS.CLASSROOM.3.1, a SHOULD) so rosters come only from the organisation’s own systems. Tenants without Classroom return no Classroom settings and are not applicable.',
  remediation: 'Admin console > Apps > Additional Google services > Classroom > Roster import: set it to OFF; set every listed OU to Inherit.',
  references: {
    scuba: ['GWS.CLASSROOM.3.1v1'],
    docs: ['https://support.google.com/edu/classroom/answer/10163603', 'https://cloud.google.com/identity/docs/concepts/supported-policy-api-settings'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    if (!hasSettingFamily(policies, 'classroom.')) return { status: 'not_applicable', summary: 'The Policy API returned no Classroom settings: Classroom is not part of this tenant.' };
    return judgeSetting(policies, {
      spec: SETTINGS.classroomRosterImport,
      fields: ['rosterImportOption'],
      weak: (v) => (v.rosterImportOption === 'OFF' ? null : v.rosterImportOption === undefined ? 'roster import not shown as off (no policy returned)' : `roster import is ${String(v.rosterImportOption)}`),
      passSummary: 'Roster import is off',
      failWhat: 'import rosters from Clever',
    });
  },
});
