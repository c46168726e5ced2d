import { defineCheck } from '../../src/core/define-check.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { judgeSetting, verdictPerControl } from '../../src/rules/gws/setting-verdict.js';

/** SCuBA wants internal apps reviewed like any other (false); CIS wants them trusted (true). strict follows SCuBA. */
export default defineCheck({
  id: 'gws-oauth-internal-apps-trust',
  provider: 'gws',
  area: 'oauth-grants',
  severity: 'low',
  title: 'Internal apps are trusted only as the chosen benchmark profile requires',
  owner: 'Super Admin',
  rationale:
    'Trusting every domain-owned app lets any Apps Script or internal OAuth client a user writes reach restricted scopes without review (SCuBA); CIS instead trusts internal apps so that blocking unconfigured apps does not break them. The profile decides; strict takes the SCuBA position.',
  remediation:
    'Admin console > Security > Access and data control > API controls > Settings: under the strict or scuba profile untick "Trust internal, domain-owned apps" and trust the internal apps you need one by one; under the cis profile tick it.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.10.3v1'],
    cis: ['4.2.1.3'],
    docs: ['https://support.google.com/a/answer/7281227'],
  },
  reads: ['policies'],
  evaluate({ policies }, ctx) {
    const judge = (wantTrusted: boolean) =>
      judgeSetting(policies, {
        spec: SETTINGS.internalApps,
        fields: ['trustInternalApps'],
        weak: (v) => ((v.trustInternalApps === true) === wantTrusted ? null : `internal apps are ${v.trustInternalApps === true ? '' : 'not '}trusted automatically`),
        passSummary: wantTrusted ? 'Internal apps are trusted' : 'Internal apps are not trusted automatically',
        failWhat: wantTrusted ? 'do not trust internal apps' : 'trust internal apps automatically',
      });
    // SCuBA 10.3 and CIS 4.2.1.3 ask opposite things: each gets its own verdict, and strict (which cannot
    // satisfy both) follows SCuBA.
    return verdictPerControl({ 'GWS.COMMONCONTROLS.10.3v1': judge(false), '4.2.1.3': judge(true) }, ctx.settings.profile === 'cis' ? 'cis' : 'scuba');
  },
});
