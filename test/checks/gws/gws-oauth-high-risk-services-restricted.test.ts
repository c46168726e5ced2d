import check from '../../../checks/gws/gws-oauth-high-risk-services-restricted.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, ALL_GOOGLE_SERVICE_SCOPES, compliantTenant, GROUP, OU, removeSetting, setRoot } from './compliant-tenant.js';

const S = 'api_controls.google_services';
const all = (...groups: string[]) => ({ services: groups.map((scopesGroup) => ({ scopesGroup, isEnabled: false })) });
/** Every service restricted except Gmail, Drive and Chat, which each case sets itself. */
const REST = ALL_GOOGLE_SERVICE_SCOPES.filter((g) => !/^(GMAIL|DRIVE|CHAT)/.test(g));
const withRest = (...groups: string[]) => all(...groups, ...REST);

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes when every Google service is fully Restricted', expect: 'pass' },
  { name: 'accepts Chat as CHAT_ALL as well as CHAT', patch: (t) => setRoot(t, S, withRest('GMAIL_ALL', 'DRIVE_ALL', 'CHAT_ALL')), expect: 'pass' },
  { name: 'fails when Calendar is not Restricted although Gmail, Drive and Chat are (GWS.COMMONCONTROLS.10.1: all services)', patch: (t) => setRoot(t, S, all('GMAIL_ALL', 'DRIVE_ALL', 'CHAT', ...REST.filter((g) => g !== 'CALENDAR_ALL'))), expect: 'fail', evidence: ['/: CALENDAR'], notEvidence: ['/: GMAIL', '/: CHAT'] },
  { name: 'fails only the three services of old under strict when nothing else is restricted', patch: (t) => setRoot(t, S, all('GMAIL_ALL', 'DRIVE_ALL', 'CHAT_ALL')), expect: 'fail', evidence: ['/: CONTACTS', '/: VAULT', '/: MEET'] },
  { name: 'passes Gmail, Drive and Chat alone under the cis profile', patch: (t) => setRoot(t, S, all('GMAIL_ALL', 'DRIVE_ALL', 'CHAT')), settings: { profile: 'cis' }, expect: 'pass' },
  { name: 'fails Classroom restricted only for high-risk scopes (GWS.COMMONCONTROLS.10.2)', patch: (t) => setRoot(t, S, all('GMAIL_ALL', 'DRIVE_ALL', 'CHAT', ...REST.map((g) => (g === 'CLASSROOM_ALL' ? 'CLASSROOM_HIGH_RISK' : g)))), expect: 'fail', evidence: ['/: CLASSROOM'] },
  { name: 'fails when Drive restricts only high-risk scopes (strict)', patch: (t) => setRoot(t, S, withRest('GMAIL_ALL', 'DRIVE_HIGH_RISK', 'CHAT_ALL')), expect: 'fail', evidence: ['/: DRIVE'] },
  { name: 'passes high-risk-only restriction under the cis profile', patch: (t) => setRoot(t, S, all('GMAIL_HIGH_RISK', 'DRIVE_HIGH_RISK', 'CHAT_ALL')), settings: { profile: 'cis' }, expect: 'pass' },
  { name: 'fails when Gmail is not listed (unrestricted)', patch: (t) => setRoot(t, S, withRest('DRIVE_ALL', 'CHAT_ALL')), expect: 'fail', evidence: ['/: GMAIL'] },
  // google_services is a MaxMap setting keyed by scopesGroup: a list that omits a service does not remove the inherited entry.
  { name: 'a sub-OU list that omits Gmail keeps the inherited Gmail restriction (MaxMap)', patch: (t) => addPolicy(t, S, all('DRIVE_ALL', 'CHAT_ALL'), { ou: OU.sales }), expect: 'pass' },
  {
    name: 'unions two top-OU policies (MaxMap), instead of keeping only the higher sortOrder',
    patch: (t) => { setRoot(t, S, withRest('GMAIL_ALL')); addPolicy(t, S, all('DRIVE_ALL', 'CHAT_ALL'), { sortOrder: 500 }); },
    expect: 'pass',
  },
  { name: 'fails for a sub-OU that only adds a high-risk-only entry when the top OU leaves Drive open', patch: (t) => { setRoot(t, S, withRest('GMAIL_ALL', 'CHAT_ALL')); addPolicy(t, S, all('DRIVE_HIGH_RISK'), { ou: OU.sales }); }, expect: 'fail', evidence: ['/: DRIVE', '/Sales: DRIVE'] },
  { name: 'fails when nothing is restricted (default: empty list)', patch: (t) => removeSetting(t, S), expect: 'fail', evidence: ['/: GMAIL', '/: DRIVE', '/: CHAT'] },
  {
    name: 'fails naming the group when a group override adds only a high-risk Gmail entry',
    patch: (t) => { setRoot(t, S, withRest('DRIVE_ALL', 'CHAT_ALL')); addPolicy(t, S, all('GMAIL_HIGH_RISK'), { group: GROUP.finance }); },
    expect: 'fail',
    evidence: ['group finance@example.org: GMAIL', '/: GMAIL'],
    notEvidence: ['group finance@example.org: DRIVE'],
  },
  { name: 'high-risk-only Gmail fails 10.2 only: 10.1 (restricted) and CIS 4.2.1.1 pass', patch: (t) => setRoot(t, S, withRest('GMAIL_HIGH_RISK', 'DRIVE_ALL', 'CHAT')), expect: 'fail', controls: { 'GWS.COMMONCONTROLS.10.1v1': 'pass', 'GWS.COMMONCONTROLS.10.2v1': 'fail', '4.2.1.1': 'pass' } },
  { name: 'an unrestricted Vault fails 10.1 only: CIS 4.2.1.1 names Gmail, Drive and Chat', patch: (t) => setRoot(t, S, { services: ALL_GOOGLE_SERVICE_SCOPES.filter((g) => g !== 'VAULT_ALL').map((scopesGroup) => ({ scopesGroup, isEnabled: false })) }), expect: 'fail', evidence: ['/: VAULT'], controls: { 'GWS.COMMONCONTROLS.10.1v1': 'fail', 'GWS.COMMONCONTROLS.10.2v1': 'pass', '4.2.1.1': 'pass' } },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
