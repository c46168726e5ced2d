import check from '../../../checks/m365/m365-exo-spam-no-allowed-domains.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';
import { customRule, SALES_GROUP } from './protection-rules.js';

type T = ReturnType<typeof compliantTenant>;
const partners = (t: T, state: string) => {
  t.exoSpamFilterPolicies.push({ ...t.exoSpamFilterPolicies[0]!, identity: 'Partners', isDefault: false, allowedSenderDomains: ['partner.example'] });
  t.exoSpamFilterRules.push(customRule('Partners', { ...SALES_GROUP, state }));
};

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when no sender domain is allowed', expect: 'pass', controls: { 'MS.SECURITYSUITE.6.2v1': 'pass', '2.1.14': 'pass' } },
  { name: 'fails when the default policy allows a domain', patch: (t: T) => void (t.exoSpamFilterPolicies[0]!.allowedSenderDomains = ['gmail.com']), expect: 'fail', evidence: ['Default anti-spam policy'], summary: /allows sender domains gmail\.com/ },
  { name: 'fails when an enabled custom policy allows a domain', patch: (t: T) => partners(t, 'Enabled'), expect: 'fail', evidence: ["Custom anti-spam policy 'Partners'"], summary: /partner\.example/, controls: { 'MS.SECURITYSUITE.6.2v1': 'fail', '2.1.14': 'fail' } },
  {
    name: 'passes SCuBA 6.2 but fails CIS 2.1.14 when the custom policy allowing a domain has its rule disabled',
    patch: (t: T) => partners(t, 'Disabled'),
    expect: 'fail',
    evidence: ["Custom anti-spam policy 'Partners'", "Inbound anti-spam policy 'Partners'"],
    controls: { 'MS.SECURITYSUITE.6.2v1': 'pass', '2.1.14': 'fail' },
  },
  { name: 'is not assessed when exoSpamFilterPolicies cannot be read', unreadable: { exoSpamFilterPolicies: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
  { name: 'is not assessed when the spam filter rules cannot be read', unreadable: { exoSpamFilterRules: true }, expect: 'not_assessed' },
]);
