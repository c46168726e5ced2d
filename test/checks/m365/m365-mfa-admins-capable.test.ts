import check from '../../../checks/m365/m365-mfa-admins-capable.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when every admin is MFA-capable', expect: 'pass' },
  {
    name: 'fails for an admin without MFA',
    patch: (t) => {
      const u = t.userRegistrationDetails.find((x) => x.id === 'u-admin-2')!;
      u.isMfaCapable = false;
      u.methodsRegistered = [];
    },
    expect: 'fail',
    evidence: ['alex.admin@contoso.example'],
    notEvidence: ['adele.admin@contoso.example'],
  },
  {
    name: 'ignores non-admins without MFA',
    patch: (t) => {
      t.userRegistrationDetails.find((x) => x.id === 'u-member-1')!.isMfaCapable = false;
    },
    expect: 'pass',
  },
  {
    name: 'fails for a guest admin without MFA',
    patch: (t) => {
      t.userRegistrationDetails.find((x) => x.id === 'u-guest-1')!.isAdmin = true;
    },
    expect: 'fail',
    evidence: ['gary_partner.example#EXT#@contoso.onmicrosoft.com'],
  },
  { name: 'is not assessed when the report cannot be read', unreadable: { userRegistrationDetails: { permission: 'AuditLog.Read.All' } }, expect: 'not_assessed', summary: /AuditLog.Read.All/ },
  {
    name: 'is not assessed (never pass) when the report lists no administrator at all',
    patch: (t) => {
      t.userRegistrationDetails = t.userRegistrationDetails.filter((u) => !u.isAdmin);
    },
    expect: 'not_assessed',
    summary: /no administrators/,
  },
]);
