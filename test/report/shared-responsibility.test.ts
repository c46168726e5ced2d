import { describe, expect, it } from 'vitest';
import { sharedResponsibility } from '../../src/report/shared-responsibility.js';
import { renderHtml } from '../../src/report/html.js';
import { auditResults, checkResult, tenantAudit } from './sample-results.js';

describe('shared responsibility view', () => {
  it('calls an area failing, not verifiable, verified or not checked from its results, naming owners', () => {
    const mfaFail = { ...checkResult('m365-ca-mfa-all-users', 'fail', 'no policy'), area: 'mfa' as const, assignee: { name: 'Identity team' } };
    const shareNa = { ...checkResult('m365-ca-mfa-all-users', 'not_assessed', 'no access'), area: 'external-sharing' as const };
    const oauthPass = { ...checkResult('m365-ca-mfa-all-users', 'pass', 'fine'), area: 'oauth-grants' as const };
    const rows = Object.fromEntries(sharedResponsibility(auditResults([tenantAudit({ name: 'c', provider: 'm365' }, [mfaFail, shareNa, oauthPass])])).map((r) => [r.area, r]));
    expect(rows.mfa).toMatchObject({ state: 'failing', failing: 1, owners: 'Identity team' });
    expect(rows['external-sharing']).toMatchObject({ state: 'not_verifiable', stateLabel: 'Not verifiable with this access' });
    expect(rows['oauth-grants']).toMatchObject({ state: 'verified', owners: mfaFail.owner });
    expect(rows['privileged-access']).toMatchObject({ state: 'not_checked' });
  });

  it('is in the report after who must act', () => {
    const html = renderHtml(auditResults([tenantAudit({ name: 'c', provider: 'm365' }, [checkResult('m365-ca-mfa-all-users', 'fail', 'x')])]));
    expect(html.indexOf('id="responsibility"')).toBeGreaterThan(html.indexOf('id="actions"'));
    expect(html).toMatch(/<th scope="col">The provider secures<\/th><th scope="col">You must<\/th>/);
  });
});
