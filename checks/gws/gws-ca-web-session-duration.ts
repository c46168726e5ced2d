import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { durationSeconds, formatSeconds, judgeSetting } from '../../src/rules/gws/setting-verdict.js';

const MAX_SECONDS = 12 * 3600;

export default defineCheck({
  id: 'gws-ca-web-session-duration',
  provider: 'gws',
  area: 'conditional-access',
  severity: 'medium',
  title: 'Google web sessions expire after at most 12 hours',
  owner: 'Super Admin',
  rationale:
    'A stolen session cookie works until the session ends; Google’s default web session lasts 14 days. A short session forces a fresh sign-in (and 2-Step Verification) at least daily.',
  remediation:
    'Admin console > Security > Access and data control > Google session control: set Web session duration to 12 hours or less for the top OU and set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.4.1v1'],
    cis: ['4.2.4.1'],
    docs: ['https://support.google.com/a/answer/7576830'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    return judgeSetting(policies, {
      spec: SETTINGS.sessionControls,
      fields: ['webSessionDuration'],
      weak: (v) => {
        const seconds = durationSeconds(v.webSessionDuration);
        if (seconds === null) return `webSessionDuration is unreadable (${String(v.webSessionDuration)})`;
        return seconds > MAX_SECONDS ? `web sessions last ${formatSeconds(seconds)}` : null;
      },
      passSummary: 'Web sessions last at most 12 hours',
      failWhat: 'keep web sessions longer than 12 hours',
    });
  },
});
