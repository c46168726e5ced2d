import check from '../../../checks/salesforce/sf-oauth-no-stale-tokens.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when tokens were used recently', expect: 'pass' },
  { name: 'fails for a token unused for half a year', patch: (o) => { const t = o.oauthTokens[0]; if (t) t.lastUsedDate = '2026-04-01T00:00:00Z'; }, expect: 'fail', evidence: ['Salesforce for Outlook — sam.sales@acme.example'] },
  { name: 'fails for an old token never used', patch: (o) => { const t = o.oauthTokens[0]; if (t) { t.lastUsedDate = null; t.createdDate = '2025-01-01T00:00:00Z'; } }, expect: 'fail' },
  { name: 'is not assessed when tokens cannot be read', unreadable: { oauthTokens: true }, expect: 'not_assessed' },
]);
