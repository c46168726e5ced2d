import check from '../../../checks/gws/gws-dc-dlp-rules-active.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, OU } from './compliant-tenant.js';
import type { GwsShapes } from '../../../src/snapshot/gws.js';

// A rule.dlp condition as the Policy API returns it (ScubaGoggles 416a18a, Testing/Unit/Python/data/policyapi_get_policies7.json).
const detector = (id: string) => `all_content.matches_dlp_detector('${id}', google.privacy.dlp.v2.Likelihood.LIKELY, {minimum_match_count: 1, minimum_unique_match_count: 1})`;
const CCN = detector('CREDIT_CARD_NUMBER');
const ITIN = detector('US_INDIVIDUAL_TAXPAYER_IDENTIFICATION_NUMBER');
const SSN = detector('US_SOCIAL_SECURITY_NUMBER');
const dlp = (t: GwsShapes) => t.policies.policies.find((p) => p.setting === 'rule.dlp')!;
const setCondition = (t: GwsShapes, contentCondition: string | undefined) => {
  const { condition: _condition, ...rest } = dlp(t).value;
  dlp(t).value = contentCondition === undefined ? rest : { ...rest, condition: { contentCondition } };
};
/** The shared compliant tenant, its DLP rule scanning for the detectors GWS.COMMONCONTROLS.18.1 names (and one more). */
const base = () => {
  const t = compliantTenant();
  setCondition(t, [SSN, detector('US_PASSPORT'), ITIN, CCN].join(' || '));
  return t;
};

checkTable(check, 'gws', base, [
  { name: 'passes with an active rule on Drive, Gmail, Chat and Calendar', expect: 'pass' },
  {
    name: 'fails when no rule covers Calendar (GWS.COMMONCONTROLS.18.1 names Drive, Calendar, Chat and Gmail)',
    patch: (t) => { const rule = t.policies.policies.find((p) => p.setting === 'rule.dlp')!; rule.value = { ...rule.value, triggers: ['google.workspace.drive.file.v1.share', 'google.workspace.gmail.email.v1.send', 'google.workspace.chat.message.v1.send'] }; },
    expect: 'fail',
    evidence: ['Calendar DLP'],
    notEvidence: ['Drive DLP', 'Gmail DLP', 'Chat DLP'],
    controls: { 'GWS.COMMONCONTROLS.18.1v1': 'fail', '4.2.3.1': 'pass' },
  },
  {
    name: 'no Drive rule fails CIS 4.2.3.1 (Drive DLP) too',
    patch: (t) => { const rule = t.policies.policies.find((p) => p.setting === 'rule.dlp')!; rule.value = { ...rule.value, triggers: ['google.workspace.gmail.email.v1.send', 'google.workspace.chat.message.v1.send', 'google.workspace.calendar.event.v1.save'] }; },
    expect: 'fail',
    evidence: ['Drive DLP'],
    controls: { 'GWS.COMMONCONTROLS.18.1v1': 'fail', '4.2.3.1': 'fail' },
  },
  {
    name: 'under the cis profile a rule set without Calendar passes (CIS 4.2.3.1 asks for Drive only)',
    settings: { profile: 'cis' },
    patch: (t) => { const rule = t.policies.policies.find((p) => p.setting === 'rule.dlp')!; rule.value = { ...rule.value, triggers: ['google.workspace.drive.file.v1.share'] }; },
    expect: 'pass',
    controls: { 'GWS.COMMONCONTROLS.18.1v1': 'fail', '4.2.3.1': 'pass' },
  },
  {
    name: 'fails when the rule covering every service is inactive',
    patch: (t) => { const rule = t.policies.policies.find((p) => p.setting === 'rule.dlp')!; rule.value = { ...rule.value, state: 'INACTIVE' }; },
    expect: 'fail',
    evidence: ['Drive DLP', 'Gmail DLP', 'Chat DLP', 'Block PII leaving the domain'],
  },
  {
    name: 'fails only for the service no rule covers',
    patch: (t) => { const rule = t.policies.policies.find((p) => p.setting === 'rule.dlp')!; rule.value = { ...rule.value, triggers: ['google.workspace.drive.file.v1.share', 'google.workspace.gmail.email.v1.send'] }; },
    expect: 'fail',
    evidence: ['Chat DLP', 'Calendar DLP'],
    notEvidence: ['Drive DLP', 'Gmail DLP'],
  },
  { name: 'fails when there are no DLP rules', patch: (t) => { t.policies.policies = t.policies.policies.filter((p) => p.setting !== 'rule.dlp'); }, expect: 'fail', evidence: ['Drive DLP'] },
  {
    name: 'does not count a rule whose state is missing as active',
    patch: (t) => { const rule = t.policies.policies.find((p) => p.setting === 'rule.dlp')!; const { state: _state, ...rest } = rule.value; rule.value = rest; },
    expect: 'fail',
    evidence: ['Drive DLP', 'Gmail DLP', 'Chat DLP'],
  },
  {
    name: 'fails when the only rule is scoped to one sub-OU (the rest of the tenant is uncovered)',
    patch: (t) => { const rule = t.policies.policies.find((p) => p.setting === 'rule.dlp')!; rule.orgUnitId = OU.sales; },
    expect: 'fail',
    evidence: ['Drive DLP'],
    summary: /organisation-wide/,
  },
  {
    name: 'an inactive extra rule named like a service does not count as an uncovered service',
    patch: (t) => { const rule = t.policies.policies.find((p) => p.setting === 'rule.dlp')!; t.policies.policies.push({ ...rule, name: 'policies/extra', value: { ...rule.value, displayName: 'Finance DLP', state: 'INACTIVE' } }); },
    expect: 'pass',
  },
  {
    name: 'a rule with no content condition (no credit card, ITIN or SSN detector) fails SCuBA 18.1, CIS 4.2.3.1 keeping its pass',
    patch: (t) => setCondition(t, undefined),
    expect: 'fail',
    evidence: ['Drive DLP', 'Gmail DLP', 'Chat DLP', 'Calendar DLP'],
    summary: /credit card numbers, ITIN and SSN/,
    controls: { 'GWS.COMMONCONTROLS.18.1v1': 'fail', '4.2.3.1': 'pass' },
  },
  {
    name: 'a condition without the ITIN detector fails SCuBA 18.1 and names what is missing',
    patch: (t) => setCondition(t, [SSN, CCN, detector('US_ADOPTION_TAXPAYER_IDENTIFICATION_NUMBER')].join(' || ')),
    expect: 'fail',
    summary: /ITIN/,
    controls: { 'GWS.COMMONCONTROLS.18.1v1': 'fail', '4.2.3.1': 'pass' },
  },
  {
    name: 'the three detectors spread over two active organisation-wide rules on every service pass',
    patch: (t) => {
      setCondition(t, CCN);
      const rule = dlp(t);
      t.policies.policies.push({ ...rule, name: 'policies/ids', value: { ...rule.value, displayName: 'US ids', condition: { contentCondition: `${SSN} || ${ITIN}` } } });
    },
    expect: 'pass',
    controls: { 'GWS.COMMONCONTROLS.18.1v1': 'pass', '4.2.3.1': 'pass' },
  },
  {
    name: 'detectors only in a Drive rule leave Gmail, Chat and Calendar failing SCuBA 18.1',
    patch: (t) => {
      const rule = dlp(t);
      t.policies.policies.push({ ...rule, name: 'policies/drive-pii', value: { ...rule.value, displayName: 'Drive PII', triggers: ['google.workspace.drive.file.v1.share'] } });
      setCondition(t, detector('US_PASSPORT'));
    },
    expect: 'fail',
    evidence: ['Gmail DLP', 'Chat DLP', 'Calendar DLP'],
    notEvidence: ['Drive DLP'],
    controls: { 'GWS.COMMONCONTROLS.18.1v1': 'fail', '4.2.3.1': 'pass' },
  },
  {
    name: 'detectors only in an inactive rule do not count',
    patch: (t) => {
      const rule = dlp(t);
      t.policies.policies.push({ ...rule, name: 'policies/draft', value: { ...rule.value, displayName: 'Draft PII', state: 'INACTIVE' } });
      setCondition(t, undefined);
    },
    expect: 'fail',
    controls: { 'GWS.COMMONCONTROLS.18.1v1': 'fail' },
  },
  {
    name: 'detectors that must all match at once (AND) leave SCuBA 18.1 not assessed: a file with one of them may pass unscanned',
    patch: (t) => setCondition(t, `${CCN} && ${ITIN} && ${SSN}`),
    expect: 'not_assessed',
    evidence: ['Drive: Block PII leaving the domain'],
    controls: { 'GWS.COMMONCONTROLS.18.1v1': 'not_assessed', '4.2.3.1': 'pass' },
  },
  {
    name: 'a condition in a shape other than a CEL string leaves SCuBA 18.1 not assessed rather than failed',
    patch: (t) => { dlp(t).value = { ...dlp(t).value, condition: { contentCondition: { detectors: ['CREDIT_CARD_NUMBER'] } } }; },
    expect: 'not_assessed',
    summary: /cannot be told/,
    controls: { 'GWS.COMMONCONTROLS.18.1v1': 'not_assessed', '4.2.3.1': 'pass' },
  },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
