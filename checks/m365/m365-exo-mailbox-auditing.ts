import { defineCheck } from '../../src/core/define-check.js';
import { corroboratedBySecureScore } from '../../src/rules/m365/secure-score-evidence.js';

export default corroboratedBySecureScore(
  defineCheck({
    id: 'm365-exo-mailbox-auditing',
    provider: 'm365',
    area: 'data-classification',
    severity: 'high',
    title: 'Mailbox auditing is on for the whole organisation',
    owner: 'Exchange Administrator',
    rationale: 'Mailbox audit records show who opened, sent as or deleted from a mailbox. With AuditDisabled set, no mailbox writes them, whatever its own settings say, and a mailbox compromise cannot be scoped.',
    remediation: 'Exchange Online PowerShell: Set-OrganizationConfig -AuditDisabled $false. To audit: Get-OrganizationConfig | Select-Object AuditDisabled.',
    references: {
      scuba: ['MS.EXO.13.1v1'],
      cis: ['6.1.1'],
      docs: ['https://learn.microsoft.com/purview/audit-mailboxes'],
    },
    reads: ['exoOrganizationConfig'],
    evaluate({ exoOrganizationConfig }) {
      if (!exoOrganizationConfig.auditDisabled) return { status: 'pass', summary: 'Mailbox auditing is on by default for the organisation (AuditDisabled is false).' };
      return { status: 'fail', summary: 'Mailbox auditing is turned off for the whole organisation (AuditDisabled is true).', evidence: [{ kind: 'setting', name: 'Organization config AuditDisabled', detail: 'true' }] };
    },
  }),
);
