import { verdictOfControls } from '../../src/core/control-verdicts.js';
import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence, Verdict } from '../../src/core/model.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting } from '../../src/rules/gws/setting-verdict.js';

const weak = (label: string) => (v: Record<string, unknown>) =>
  v.maxAllowedExternalSharing === 'EXTERNAL_FREE_BUSY_ONLY' || v.maxAllowedExternalSharing === 'EXTERNAL_NO_SHARING'
    ? null
    : `${label} calendars share ${String(v.maxAllowedExternalSharing)}`;

export default defineCheck({
  id: 'gws-share-calendar-external-free-busy',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Calendars share at most free/busy information outside the organisation',
  owner: 'Super Admin',
  rationale:
    'Event titles, attendees and dial-in details are useful to social engineers. Google’s default lets users share all event details of their calendars externally.',
  remediation:
    'Admin console > Apps > Google Workspace > Calendar > Sharing settings: set External sharing options for primary calendars and for secondary calendars to "Only free/busy information (hide event details)"; set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.CALENDAR.1.1v1', 'GWS.CALENDAR.1.2v1'],
    cis: ['3.1.1.1.1', '3.1.1.2.1'],
    docs: ['https://support.google.com/a/answer/60765'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    // 1.1 / CIS 3.1.1.1.1 ask about primary calendars, 1.2 / CIS 3.1.1.2.1 about secondary ones: each gets its own verdict.
    const primary = judgeSetting(policies, { spec: SETTINGS.calendarPrimarySharing, fields: ['maxAllowedExternalSharing'], weak: weak('primary'), passSummary: 'Primary calendars share only free/busy', failWhat: 'share primary calendar details' });
    const secondary = judgeSetting(policies, { spec: SETTINGS.calendarSecondarySharing, fields: ['maxAllowedExternalSharing'], weak: weak('secondary'), passSummary: 'Secondary calendars share only free/busy', failWhat: 'share secondary calendar details' });
    const evidence: Evidence[] = [primary, secondary].flatMap((v) => (v.status === 'fail' ? v.evidence : []));
    const own = (v: Verdict) => ({ status: v.status, summary: v.summary });
    return verdictOfControls(
      { 'GWS.CALENDAR.1.1v1': own(primary), '3.1.1.1.1': own(primary), 'GWS.CALENDAR.1.2v1': own(secondary), '3.1.1.2.1': own(secondary) },
      evidence,
    );
  },
});
