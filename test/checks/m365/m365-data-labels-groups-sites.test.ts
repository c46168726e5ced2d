import check from '../../../checks/m365/m365-data-labels-groups-sites.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when group labels are on and a label is scoped to groups and sites', expect: 'pass', evidence: ['Confidential'] },
  {
    name: 'fails when EnableMIPLabels was never set (defaults to false)',
    patch: (t) => {
      t.groupSettings.enableMipLabels = null;
    },
    expect: 'fail',
    evidence: ['Group.Unified EnableMIPLabels'],
    summary: /never set/,
  },
  {
    name: 'fails when EnableMIPLabels is false',
    patch: (t) => {
      t.groupSettings.enableMipLabels = false;
    },
    expect: 'fail',
  },
  {
    name: 'fails when the setting is on but no active label is scoped to groups or sites',
    patch: (t) => {
      t.sensitivityLabels = [
        { id: 'l-f', name: 'Files', isActive: true, applicableTo: ['file', 'email'], parentId: null },
        { id: 'l-s', name: 'Old site label', isActive: false, applicableTo: ['site'], parentId: null },
      ];
    },
    expect: 'fail',
    evidence: ['Sensitivity labels'],
    notEvidence: ['Group.Unified EnableMIPLabels'],
  },
  { name: 'is not assessed when group settings cannot be read', unreadable: { groupSettings: { permission: 'Directory.Read.All' } }, expect: 'not_assessed', summary: /Directory.Read.All/ },
  { name: 'is not assessed when labels cannot be read', unreadable: { sensitivityLabels: true }, expect: 'not_assessed' },
]);
