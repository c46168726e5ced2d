import check from '../../../checks/m365/m365-exo-spam-not-delivered-to-inbox.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';
import { customRule, SALES_GROUP, STRICT_SPAM, strictPreset } from './protection-rules.js';

type T = ReturnType<typeof compliantTenant>;
const DEFAULT = 'Default anti-spam policy';
const tagging = (t: T, identity: string) => ({ ...t.exoSpamFilterPolicies[0]!, identity, isDefault: false, phishSpamAction: 'ModifySubject' });
const weakDefault = (t: T) => void (t.exoSpamFilterPolicies[0]!.spamAction = 'AddXHeader');

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when every verdict goes to Junk or quarantine', expect: 'pass' },
  { name: 'passes with Delete and Redirect', patch: (t: T) => void Object.assign(t.exoSpamFilterPolicies[0]!, { spamAction: 'Delete', highConfidencePhishAction: 'Redirect' }), expect: 'pass' },
  { name: 'fails when spam only gets an X-header in the Default policy', patch: weakDefault, expect: 'fail', evidence: [DEFAULT], summary: /SpamAction AddXHeader/ },
  {
    name: 'fails when an enabled custom policy for one group tags phishing in the subject',
    patch: (t: T) => {
      t.exoSpamFilterPolicies.push(tagging(t, 'Executives'));
      t.exoSpamFilterRules.push(customRule('Executives', SALES_GROUP));
    },
    expect: 'fail',
    evidence: ["Custom anti-spam policy 'Executives'"],
    notEvidence: [DEFAULT],
  },
  {
    name: 'passes when that custom policy has its rule disabled (was a false fail)',
    patch: (t: T) => {
      t.exoSpamFilterPolicies.push(tagging(t, 'Executives'));
      t.exoSpamFilterRules.push(customRule('Executives', { ...SALES_GROUP, state: 'Disabled' }));
    },
    expect: 'pass',
    summary: /Not judged.*'Executives' \(its rule 'Executives' is disabled\)/,
  },
  {
    name: 'fails on a weak Default beside a good custom policy for one group (was a false pass)',
    patch: (t: T) => {
      const good = { ...t.exoSpamFilterPolicies[0]!, identity: 'Sales', isDefault: false };
      weakDefault(t);
      t.exoSpamFilterPolicies.push(good);
      t.exoSpamFilterRules.push(customRule('Sales', SALES_GROUP));
    },
    expect: 'fail',
    evidence: [DEFAULT],
  },
  {
    name: 'passes on a weak Default when the Strict preset covers everyone',
    patch: (t: T) => {
      const strict = { ...t.exoSpamFilterPolicies[0]!, identity: STRICT_SPAM, isDefault: false };
      weakDefault(t);
      t.exoSpamFilterPolicies.push(strict);
      t.exoPresetPolicyRules.push(strictPreset());
    },
    expect: 'pass',
    summary: /Strict preset anti-spam policy/,
  },
  { name: 'fails when no policy is returned', patch: (t: T) => void (t.exoSpamFilterPolicies = []), expect: 'fail' },
  { name: 'is not assessed when exoSpamFilterPolicies cannot be read', unreadable: { exoSpamFilterPolicies: { permission: 'Exchange.ManageAsApp (Office 365 Exchange Online)' } }, expect: 'not_assessed' },
  { name: 'is not assessed when the spam filter rules cannot be read', unreadable: { exoSpamFilterRules: true }, expect: 'not_assessed' },
]);
