import check from '../../../checks/m365/m365-priv-password-expiry-disabled.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when passwords never expire (2147483647 or null)', expect: 'pass' },
  {
    name: 'fails for a managed domain with a 90-day expiry',
    patch: (t) => {
      t.domains[0]!.passwordValidityPeriodInDays = 90;
    },
    expect: 'fail',
    evidence: ['contoso.example'],
    notEvidence: ['contoso.onmicrosoft.com'],
  },
  {
    name: 'ignores federated domains (the identity provider owns their password policy)',
    patch: (t) => {
      t.domains.push({ id: 'corp.contoso.example', isVerified: true, isDefault: false, authenticationType: 'Federated', passwordValidityPeriodInDays: 90 });
    },
    expect: 'pass',
  },
  {
    name: 'ignores unverified domains',
    patch: (t) => {
      t.domains.push({ id: 'new.contoso.example', isVerified: false, isDefault: false, authenticationType: 'Managed', passwordValidityPeriodInDays: 90 });
    },
    expect: 'pass',
  },
  { name: 'is not assessed when domains cannot be read', unreadable: { domains: { permission: 'Domain.Read.All' } }, expect: 'not_assessed', summary: /Domain.Read.All/ },
]);
