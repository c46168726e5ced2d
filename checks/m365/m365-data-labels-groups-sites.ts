import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';

const CONTAINER_SCOPES = ['site', 'unifiedGroup'];

export default defineCheck({
  id: 'm365-data-labels-groups-sites',
  provider: 'm365',
  area: 'data-classification',
  severity: 'low',
  title: 'Sensitivity labels can be applied to Microsoft 365 groups, Teams and sites',
  owner: 'Global Administrator',
  rationale:
    'Container labels set privacy, guest access and unmanaged-device limits for a whole team or site at creation. Without them, a confidential project site gets the same open defaults as any other.',
  remediation:
    'Turn on label support for groups (Group.Unified directory setting EnableMIPLabels = True, via Microsoft Graph or Entra PowerShell), run Execute-AzureAdLabelSync in Security & Compliance PowerShell, then in the Purview portal scope at least one label to "Groups & sites" and publish it.',
  references: {
    docs: [
      'https://learn.microsoft.com/purview/sensitivity-labels-teams-groups-sites',
      'https://learn.microsoft.com/entra/identity/users/groups-assign-sensitivity-labels',
    ],
  },
  reads: ['groupSettings', 'sensitivityLabels'],
  evaluate({ groupSettings, sensitivityLabels }) {
    const containerLabels = sensitivityLabels.filter(
      (label) => label.isActive && label.applicableTo.some((scope) => CONTAINER_SCOPES.includes(scope)),
    );
    const problems: Evidence[] = [];
    if (groupSettings.enableMipLabels !== true) {
      problems.push({
        kind: 'setting',
        name: 'Group.Unified EnableMIPLabels',
        detail: groupSettings.enableMipLabels === null ? 'never set (defaults to false)' : 'false',
      });
    }
    if (containerLabels.length === 0) {
      problems.push({ kind: 'setting', name: 'Sensitivity labels', detail: 'no active label is scoped to groups and sites' });
    }
    if (problems.length === 0) {
      return {
        status: 'pass',
        summary: `Label support for groups is on and ${containerLabels.length} active label(s) apply to groups and sites.`,
        evidence: containerLabels.map((label) => ({ kind: 'label' as const, name: label.name, id: label.id, detail: label.applicableTo.join(', ') })),
      };
    }
    return {
      status: 'fail',
      summary: `Sensitivity labels cannot be applied to groups and sites: ${problems.map((p) => `${p.name} ${p.detail}`).join('; ')}.`,
      evidence: problems,
    };
  },
});
