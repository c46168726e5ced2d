import check from '../../../checks/salesforce/sf-oauth-app-policies-bounded.js';
import { checkTable } from '../../support/check-table.js';
import { compliantOrg } from './compliant-org.js';

checkTable(check, 'salesforce', compliantOrg, [
  { name: 'is not assessed (not passed) when no app is unbounded but SBS-DEP-006\'s 90-day and 15-minute bounds cannot be read', expect: 'not_assessed', summary: /15-minute access-token bounds cannot be confirmed/ },
  { name: 'passes when every app expires refresh tokens immediately and times JWT access tokens out within 15 minutes', patch: (o) => { o.connectedApps = o.connectedApps.filter((a) => a.kind === 'connected-app').map((a) => ({ ...a, refreshTokenPolicy: 'immediately', accessTokenTimeoutMinutes: 15 })); }, expect: 'pass' },
  { name: 'fails for access tokens that last 30 minutes (SBS-DEP-006: 15 or less)', patch: (o) => { const a = o.connectedApps[0]; if (a) { a.refreshTokenPolicy = 'immediately'; a.accessTokenTimeoutMinutes = 30; } }, expect: 'fail', evidence: ['Salesforce for Outlook'] },
  { name: 'fails for a never-expiring refresh token alone', patch: (o) => { const a = o.connectedApps[0]; if (a) a.refreshTokenPolicy = 'infinite'; }, expect: 'fail', evidence: ['Salesforce for Outlook'] },
  { name: 'fails for infinite refresh tokens and full scope', patch: (o) => { const a = o.connectedApps[0]; if (a) { a.refreshTokenPolicy = 'infinite'; a.scopes.push('Full'); } }, expect: 'fail', evidence: ['Salesforce for Outlook'] },
  { name: 'fails when IP restrictions are relaxed on an external client app', patch: (o) => { const a = o.connectedApps[1]; if (a) a.ipRelaxation = 'BYPASS'; }, expect: 'fail', evidence: ['Tenant audit'] },
  // ExtlClntAppOauthConfigurablePolicies.ipRelaxationPolicyType is Enforce, Bypass, Bypass_2factor or Enforce_RelaxRefresh; the collector upper-cases it.
  { name: 'fails when an external client app relaxes IP restrictions for refresh tokens (Enforce_RelaxRefresh)', patch: (o) => { const a = o.connectedApps[1]; if (a) a.ipRelaxation = 'ENFORCE_RELAXREFRESH'; }, expect: 'fail', evidence: ['Tenant audit'] },
  { name: 'fails for Enforce_RelaxRefresh even when both token bounds are proven', patch: (o) => { o.connectedApps = o.connectedApps.filter((a) => a.kind === 'external-client-app').map((a) => ({ ...a, refreshTokenPolicy: 'immediately', accessTokenTimeoutMinutes: 15, ipRelaxation: 'ENFORCE_RELAXREFRESH' })); }, expect: 'fail', evidence: ['Tenant audit'] },
  { name: 'is not assessed when apps cannot be read', unreadable: { connectedApps: true }, expect: 'not_assessed' },
]);
