import check from '../../../checks/m365/m365-priv-sp-tier0-no-secret.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, ROLE } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when the tier-0 service principal uses a certificate', expect: 'pass', summary: /none with a client secret/ },
  {
    name: 'fails when the app registration behind a tier-0 SP has a client secret',
    patch: (t) => {
      t.applications.find((a) => a.appId === 'app-automation')!.passwordCredentials = [{ keyId: 's1', displayName: 'ci secret', endDateTime: '2027-01-01T00:00:00Z' }];
    },
    expect: 'fail',
    evidence: ['Contoso automation'],
  },
  {
    name: 'fails when the service principal itself carries a password credential (no app registration in this tenant)',
    patch: (t) => {
      t.applications = t.applications.filter((a) => a.appId !== 'app-automation');
      t.servicePrincipals.find((s) => s.id === 'sp-automation')!.passwordCredentialCount = 1;
    },
    expect: 'fail',
    evidence: ['Contoso automation'],
  },
  {
    name: 'ignores secrets on apps without a tier-0 role',
    patch: (t) => {
      t.applications.find((a) => a.appId === 'app-portal')!.passwordCredentials = [{ keyId: 's2', displayName: null, endDateTime: null }];
    },
    expect: 'pass',
  },
  {
    name: 'fails for a secret-using SP that holds Privileged Role Administrator',
    patch: (t) => {
      t.applications.find((a) => a.appId === 'app-portal')!.passwordCredentials = [{ keyId: 's2', displayName: null, endDateTime: null }];
      t.roleAssignments.push({ id: 'ra-p', roleDefinitionId: ROLE.privilegedRoleAdministrator, roleName: 'Privileged Role Administrator', directoryScopeId: '/', principalId: 'sp-first-party-portal', assignment: 'active', principal: { id: 'sp-first-party-portal', type: 'servicePrincipal', displayName: 'Contoso portal', appId: 'app-portal' } });
    },
    expect: 'fail',
    evidence: ['Contoso portal'],
    notEvidence: ['Contoso automation'],
  },
  {
    name: 'names a tier-0 service principal it cannot match to credentials instead of passing it silently',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-m', roleDefinitionId: ROLE.globalAdministrator, roleName: 'Global Administrator', directoryScopeId: '/', principalId: 'sp-missing', assignment: 'active', principal: { id: 'sp-missing', type: 'servicePrincipal', displayName: 'Vanished app', appId: 'app-missing' } });
    },
    expect: 'pass',
    evidence: ['Vanished app'],
    summary: /not assessed/,
  },
  {
    name: 'does not crash on unresolved role holders',
    patch: (t) => {
      t.roleAssignments.push({ id: 'ra-n', roleDefinitionId: ROLE.globalAdministrator, roleName: 'Global Administrator', directoryScopeId: '/', principalId: 'foreign', assignment: 'active', principal: null });
    },
    expect: 'pass',
  },
  { name: 'is not assessed when applications cannot be read', unreadable: { applications: { permission: 'Application.Read.All' } }, expect: 'not_assessed', summary: /Application.Read.All/ },
]);
