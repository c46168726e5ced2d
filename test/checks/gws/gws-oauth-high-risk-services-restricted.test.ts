import check from '../../../checks/gws/gws-oauth-high-risk-services-restricted.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, GROUP, OU, removeSetting, setRoot } from './compliant-tenant.js';

const S = 'api_controls.google_services';
const all = (...groups: string[]) => ({ services: groups.map((scopesGroup) => ({ scopesGroup, isEnabled: false })) });

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes when Gmail, Drive and Chat are fully Restricted', expect: 'pass' },
  { name: 'fails when Drive restricts only high-risk scopes (strict)', patch: (t) => setRoot(t, S, all('GMAIL_ALL', 'DRIVE_HIGH_RISK', 'CHAT_ALL')), expect: 'fail', evidence: ['/: DRIVE'] },
  { name: 'passes high-risk-only restriction under the cis profile', patch: (t) => setRoot(t, S, all('GMAIL_HIGH_RISK', 'DRIVE_HIGH_RISK', 'CHAT_ALL')), settings: { profile: 'cis' }, expect: 'pass' },
  { name: 'fails when Gmail is not listed (unrestricted)', patch: (t) => setRoot(t, S, all('DRIVE_ALL', 'CHAT_ALL')), expect: 'fail', evidence: ['/: GMAIL'] },
  { name: 'fails for a sub-OU whose list drops Gmail', patch: (t) => addPolicy(t, S, all('DRIVE_ALL', 'CHAT_ALL'), { ou: OU.sales }), expect: 'fail', evidence: ['/Sales: GMAIL'], notEvidence: ['/: GMAIL'] },
  { name: 'fails when nothing is restricted (default: empty list)', patch: (t) => removeSetting(t, S), expect: 'fail', evidence: ['/: GMAIL', '/: DRIVE', '/: CHAT'] },
  { name: 'fails for a group override whose list drops Gmail, naming the group', patch: (t) => addPolicy(t, S, all('DRIVE_ALL', 'CHAT_ALL'), { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org: GMAIL'], notEvidence: ['/: GMAIL'] },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
