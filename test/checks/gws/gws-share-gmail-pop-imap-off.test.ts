import check from '../../../checks/gws/gws-share-gmail-pop-imap-off.js';
import { checkTable } from '../../support/check-table.js';
import { addPolicy, compliantTenant, GROUP, OU, removeSetting } from './compliant-tenant.js';
import { overlayRoot } from './policy-patches.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes when IMAP and POP are off everywhere', expect: 'pass' },
  { name: 'fails when IMAP is on at the top OU, naming every inheriting OU', patch: (t) => overlayRoot(t, 'gmail.imap_access', { enableImapAccess: true }), expect: 'fail', evidence: ['/', '/Engineering', '/Engineering/Contractors', '/Sales'], summary: /IMAP/ },
  { name: 'fails when POP is on for one sub-OU', patch: (t) => addPolicy(t, 'gmail.pop_access', { enablePopAccess: true }, { ou: OU.sales }), expect: 'fail', evidence: ['/Sales'], notEvidence: ['/', '/Engineering'], summary: /POP/ },
  { name: 'fails for a group override that turns IMAP on', patch: (t) => addPolicy(t, 'gmail.imap_access', { enableImapAccess: true }, { group: GROUP.finance }), expect: 'fail', evidence: ['group finance@example.org'], notEvidence: ['/'] },
  { name: 'fails (not shown disabled) when the API returns no POP policy: Google documents no default', patch: (t) => removeSetting(t, 'gmail.pop_access'), expect: 'fail', evidence: ['/'], summary: /POP/ },
  { name: 'skips an OU where Gmail is turned off', patch: (t) => { addPolicy(t, 'gmail.imap_access', { enableImapAccess: true }, { ou: OU.sales }); addPolicy(t, 'gmail.service_status', { serviceState: 'DISABLED' }, { ou: OU.sales }); }, expect: 'pass' },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: { code: 'permission', message: 'Request had insufficient authentication scopes.', permission: 'https://www.googleapis.com/auth/cloud-identity.policies.readonly' } }, expect: 'not_assessed', summary: /cloud-identity.policies.readonly/ },
]);
