import { defineCheck } from '../../src/core/define-check.js';
import { corroboratedBySecureScore } from '../../src/rules/m365/secure-score-evidence.js';

export default corroboratedBySecureScore(
  defineCheck({
    id: 'm365-exo-customer-lockbox',
    provider: 'm365',
    area: 'privileged-access',
    severity: 'low',
    title: 'Customer Lockbox is enabled',
    owner: 'Global Administrator',
    rationale: 'Customer Lockbox makes a Microsoft engineer ask the customer before opening its content during a support case: the customer, not the vendor, decides who reads its data.',
    remediation: 'Microsoft 365 admin center > Settings > Org settings > Security & privacy > Customer lockbox: select "Require approval for all data access requests". Or: Set-OrganizationConfig -CustomerLockBoxEnabled $true (needs an E5 or Customer Lockbox licence).',
    references: {
      cis: ['1.3.6'],
      docs: ['https://learn.microsoft.com/purview/customer-lockbox-requests'],
    },
    reads: ['exoOrganizationConfig'],
    evaluate({ exoOrganizationConfig }) {
      const value = exoOrganizationConfig.customerLockBoxEnabled;
      if (value === true) return { status: 'pass', summary: 'Customer Lockbox is enabled.' };
      if (value === null) return { status: 'not_assessed', summary: 'Get-OrganizationConfig did not report CustomerLockBoxEnabled.' };
      return { status: 'fail', summary: 'Customer Lockbox is disabled: Microsoft support can reach customer content without the customer approving each request.', evidence: [{ kind: 'setting', name: 'Organization config CustomerLockBoxEnabled', detail: 'false' }] };
    },
  }),
);
