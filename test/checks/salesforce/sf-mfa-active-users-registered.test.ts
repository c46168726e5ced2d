import check from '../../../checks/salesforce/sf-mfa-active-users-registered.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'passes when every credential user has a method (SSO and API-only users excluded)', expect: 'pass' },
  { name: 'fails for an active user with no method', patch: (o) => { o.mfaMethods = o.mfaMethods.filter((m) => m.userId !== '005-sales-1'); }, expect: 'fail', evidence: ['sam.sales@acme.example'], notEvidence: ['sue.sales@acme.example', 'integration@acme.example'] },
  { name: 'fails when the method row exists but lists no method', patch: (o) => { const m = o.mfaMethods.find((x) => x.userId === '005-admin-2'); if (m) m.methods = []; }, expect: 'fail', evidence: ['alan.admin@acme.example'] },
  { name: 'fails for a user whose only methods are SMS and a temporary code', patch: (o) => { const m = o.mfaMethods.find((x) => x.userId === '005-sales-1'); if (m) m.methods = ['VerifiedMobileNumber', 'TempCode']; }, expect: 'fail', evidence: ['sam.sales@acme.example'], notEvidence: ['ada.admin@acme.example'] },
  { name: 'passes for a user registered with a security key only', patch: (o) => { const m = o.mfaMethods.find((x) => x.userId === '005-admin-2'); if (m) m.methods = ['SecurityKey']; }, expect: 'pass' },
  { name: 'is not assessed when TwoFactorMethodsInfo cannot be read', unreadable: { mfaMethods: { permission: 'Manage Multi-Factor Authentication in API' } }, expect: 'not_assessed', summary: /Multi-Factor/ },
]);
