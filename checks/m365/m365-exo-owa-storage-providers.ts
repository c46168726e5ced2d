import { defineCheck } from '../../src/core/define-check.js';
import { corroboratedBySecureScore } from '../../src/rules/m365/secure-score-evidence.js';

export default corroboratedBySecureScore(
  defineCheck({
    id: 'm365-exo-owa-storage-providers',
    provider: 'm365',
    area: 'external-sharing',
    severity: 'low',
    title: 'Outlook on the web offers no third-party storage providers',
    owner: 'Exchange Administrator',
    rationale: 'Additional storage providers let users attach and save files to Dropbox, Box or Google Drive from Outlook on the web: a path for company files into personal storage the organisation does not govern.',
    remediation: 'Exchange Online PowerShell: Set-OwaMailboxPolicy -Identity OwaMailboxPolicy-Default -AdditionalStorageProvidersAvailable $false (and for every other OWA policy). To audit: Get-OwaMailboxPolicy | Select-Object Name, AdditionalStorageProvidersAvailable.',
    references: {
      cis: ['6.5.3'],
      docs: ['https://learn.microsoft.com/powershell/module/exchange/set-owamailboxpolicy'],
    },
    reads: ['exoOwaMailboxPolicies'],
    evaluate({ exoOwaMailboxPolicies: policies }) {
      const open = policies.filter((p) => p.additionalStorageProvidersAvailable !== false);
      if (policies.length && open.length === 0) return { status: 'pass', summary: `None of the ${policies.length} Outlook on the web policy(ies) offers third-party storage.` };
      if (!policies.length) return { status: 'not_assessed', summary: 'No Outlook on the web mailbox policy was returned.' };
      const summary = `Outlook on the web ${open.map((p) => `policy '${p.name}'`).join(', ')} offer${open.length === 1 ? 's' : ''} third-party storage providers.`;
      // CIS 6.5.3 audits the default policy only; the check also fails on any other policy users may be given.
      const defaultOpen = open.some((p) => p.isDefault);
      const cis = defaultOpen ? { status: 'fail' as const, summary } : { status: 'pass' as const, summary: `The default Outlook on the web policy offers no third-party storage (CIS 6.5.3 audits only that one). ${summary}` };
      return { status: 'fail', summary, evidence: open.map((p) => ({ kind: 'policy', name: p.name, detail: `AdditionalStorageProvidersAvailable is ${p.additionalStorageProvidersAvailable ?? 'not set (default true)'}` })), controls: { '6.5.3': cis } };
    },
  }),
);
