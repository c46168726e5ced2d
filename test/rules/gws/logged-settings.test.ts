import { describe, expect, it } from 'vitest';
import postSso from '../../../checks/gws/gws-ca-post-sso-verification.js';
import { judgeLoggedSetting, type LoggedSettingJudgement } from '../../../src/rules/gws/logged-settings.js';
import { logChange } from '../../checks/gws/admin-log-patches.js';
import { compliantTenant } from '../../checks/gws/compliant-tenant.js';
import { runCheckOn } from '../../support/check-table.js';

const OWN = 'SsoPolicyProto challenge_selection_behavior';
const judgement: LoggedSettingJudgement = {
  setting: OWN,
  weak: (value) => (value === 'PERFORM_CHALLENGE_SELECTION' ? null : `set to ${value}`),
  passSummary: 'Post-SSO verification is on',
  failWhat: 'turn post-SSO verification off',
  googleDefault: 'on',
};

describe('judgeLoggedSetting on a log read cut short at its page cap', () => {
  it('a would-be pass is not_assessed: an older weak change may lie past the last page read', () => {
    const t = compliantTenant();
    expect(judgeLoggedSetting(t.adminSettingChanges, t.policies, judgement).status).toBe('pass');
    t.adminSettingChanges.truncated = true;
    const verdict = judgeLoggedSetting(t.adminSettingChanges, t.policies, judgement);
    expect(verdict.status).toBe('not_assessed');
    expect(verdict.summary).toMatch(/page cap/);
  });

  it('a weak change that was read still fails', () => {
    const t = compliantTenant();
    t.adminSettingChanges.truncated = true;
    logChange(t, OWN, 'NO_CHALLENGE_SELECTION', { orgUnit: 'Sales' });
    const verdict = judgeLoggedSetting(t.adminSettingChanges, t.policies, judgement);
    expect(verdict.status).toBe('fail');
    expect(verdict.status === 'fail' && verdict.evidence.map((e) => e.name)).toEqual(['Sales']);
  });

  it('the post-SSO check gives not_assessed for both controls, not pass', () => {
    const t = compliantTenant();
    t.adminSettingChanges.truncated = true;
    const result = runCheckOn(postSso, 'gws', t);
    expect(result.status).toBe('not_assessed');
    expect(Object.fromEntries((result.controls ?? []).map((c) => [c.id, c.status]))).toEqual({ 'GWS.COMMONCONTROLS.3.1v1': 'not_assessed', 'GWS.COMMONCONTROLS.3.2v1': 'not_assessed' });
  });
});
