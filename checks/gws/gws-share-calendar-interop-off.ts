import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

export default defineCheck({
  id: 'gws-share-calendar-interop-off',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'low',
  title: 'Calendar interoperability with Microsoft Exchange is off',
  owner: 'Super Admin',
  rationale:
    'Calendar Interop exchanges free/busy and event data with an Exchange server through a role account; unless the organisation needs it, it is one more path for calendar data and one more credential to protect (GWS.CALENDAR.3.1, a SHOULD). Off is the Admin console default.',
  remediation:
    'Admin console > Apps > Google Workspace > Calendar > Calendar Interop management: untick "Enable interoperability for Calendar"; set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.CALENDAR.3.1v1'],
    docs: ['https://support.google.com/a/answer/7444277', 'https://cloud.google.com/identity/docs/concepts/supported-policy-api-settings'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.calendarInteroperability,
      fields: ['enableInteroperability'],
      weak: (v) => (v.enableInteroperability === false ? null : 'Calendar Interop is on'),
      passSummary: 'Calendar Interop is off',
      failWhat: 'turn Calendar Interop on',
    });
  },
});
