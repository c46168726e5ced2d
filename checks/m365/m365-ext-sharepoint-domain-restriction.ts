import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence, Verdict } from '../../src/core/model.js';
import { verdictPerControl } from '../../src/rules/m365/profile-verdict.js';

export default defineCheck({
  id: 'm365-ext-sharepoint-domain-restriction',
  provider: 'm365',
  area: 'external-sharing',
  severity: 'medium',
  title: 'SharePoint and OneDrive external sharing is limited to approved domains',
  owner: 'SharePoint Administrator',
  rationale:
    'Without a domain restriction, users can share files with any outside address, including personal mailboxes and look-alike domains. An allow-list of partner domains keeps sharing to organisations the business has approved.',
  remediation:
    'SharePoint admin center > Policies > Sharing > More external sharing settings: tick "Limit external sharing by domain", choose "Allow only specific domains", add the approved partner domains and save.',
  references: {
    scuba: ['MS.SHAREPOINT.1.3v1'],
    cis: ['7.2.6'],
    docs: ['https://learn.microsoft.com/sharepoint/restricted-domains-sharing'],
  },
  reads: ['sharePointSettings'],
  evaluate({ sharePointSettings: settings }, ctx) {
    if (settings.sharingCapability === 'disabled') {
      return { status: 'not_applicable', summary: 'External sharing is turned off, so no domain list is needed.' };
    }
    const mode = settings.sharingDomainRestrictionMode;
    const domains = (list: string[], detail: string): Evidence[] => list.map((name) => ({ kind: 'domain', name, detail }));
    const allowList = mode === 'allowList' && settings.sharingAllowedDomainList.length > 0;
    const allowed: Verdict = {
      status: 'pass',
      summary: `External sharing is limited to ${settings.sharingAllowedDomainList.length} allowed domain(s).`,
      evidence: domains(settings.sharingAllowedDomainList, 'allowed'),
    };
    const unrestricted: Verdict = {
      status: 'fail',
      summary: 'External sharing is not limited by domain: users can share with any outside address.',
      evidence: [{ kind: 'setting', name: 'sharingDomainRestrictionMode', detail: mode === 'allowList' ? 'allowList with no domains' : mode === 'blockList' ? 'blockList with no domains' : mode }],
    };
    const blocked = mode === 'blockList' && settings.sharingBlockedDomainList.length > 0;
    // SCuBA MS.SHAREPOINT.1.3: sharing restricted to approved domains, i.e. an allow-list. CIS 7.2.6 ("managed through
    // domain whitelist/blacklists") also accepts a block-list.
    const scuba: Verdict = allowList
      ? allowed
      : blocked
        ? {
            status: 'fail',
            summary: 'External sharing uses a block-list, which MS.SHAREPOINT.1.3v1 does not accept: every domain not listed, including personal mail services, can receive shares.',
            evidence: [{ kind: 'setting', name: 'sharingDomainRestrictionMode', detail: 'blockList' }, ...domains(settings.sharingBlockedDomainList, 'blocked')],
          }
        : unrestricted;
    const cis: Verdict = allowList
      ? allowed
      : blocked
        ? { status: 'pass', summary: `External sharing is blocked for ${settings.sharingBlockedDomainList.length} domain(s) (a block-list, which CIS 7.2.6 accepts).`, evidence: domains(settings.sharingBlockedDomainList, 'blocked') }
        : unrestricted;
    return verdictPerControl({ 'MS.SHAREPOINT.1.3v1': scuba, '7.2.6': cis }, ctx.settings.profile);
  },
});
