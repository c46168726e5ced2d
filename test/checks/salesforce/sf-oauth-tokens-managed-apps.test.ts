import check from '../../../checks/salesforce/sf-oauth-tokens-managed-apps.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when tokens belong to installed admin-authorised apps', expect: 'pass' },
  { name: 'fails for a token of an app that is not installed', patch: (o) => { o.oauthTokens.push({ id: '0CQ-2', appName: 'Free PDF Export', appMenuItemId: null, adminAuthorized: null, userId: '005-sales-2', username: 'sue.sales@acme.example', useCount: 1, lastUsedDate: '2026-10-01T00:00:00Z', createdDate: '2026-10-01T00:00:00Z' }); }, expect: 'fail', evidence: ['Free PDF Export'], notEvidence: ['Salesforce for Outlook'] },
  { name: 'fails for an installed app that users self-authorise', patch: (o) => { const t = o.oauthTokens[0]; if (t) t.adminAuthorized = false; }, expect: 'fail', evidence: ['Salesforce for Outlook'] },
  { name: 'is not assessed without Customize Application (only own tokens visible)', unreadable: { oauthTokens: { permission: 'Customize Application' } }, expect: 'not_assessed', summary: /Customize Application/ },
]);
