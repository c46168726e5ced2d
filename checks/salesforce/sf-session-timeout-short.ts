import { defineCheck } from '../../src/core/define-check.js';

/** Session Settings timeout values, in minutes. */
const TIMEOUT_MINUTES: Record<string, number> = {
  FifteenMinutes: 15,
  ThirtyMinutes: 30,
  SixtyMinutes: 60,
  TwoHours: 120,
  FourHours: 240,
  EightHours: 480,
  TwelveHours: 720,
  TwentyFourHours: 1440,
};
const MAX_MINUTES = 120;

export default defineCheck({
  id: 'sf-session-timeout-short',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'low',
  title: 'Inactive sessions time out within two hours',
  owner: 'Salesforce System Administrator',
  rationale: 'Long-lived idle sessions on unattended or shared machines can be reused by someone else.',
  remediation: 'Setup > Session Settings: set Timeout Value to two hours or less (Health Check expects at most two hours; 30-60 minutes is better).',
  references: {
    other: { 'Salesforce Health Check': ['Timeout value'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.admin_sessions.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    const value = securitySettings.sessionSettings.sessionTimeout;
    const minutes = value ? TIMEOUT_MINUTES[value] : undefined;
    if (minutes !== undefined && minutes <= MAX_MINUTES) return { status: 'pass', summary: `Sessions time out after ${minutes} minutes of inactivity.` };
    return {
      status: 'fail',
      summary: minutes === undefined ? `The session timeout value (${value ?? 'not set'}) is not one Salesforce documents.` : `Sessions stay open for ${minutes / 60} hours of inactivity.`,
      evidence: [{ kind: 'setting', name: 'Session Settings: Timeout Value', detail: value ?? 'not set' }],
    };
  },
});
