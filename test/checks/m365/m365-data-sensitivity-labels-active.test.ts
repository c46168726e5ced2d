import { describe, expect, it } from 'vitest';
import check from '../../../checks/m365/m365-data-sensitivity-labels-active.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes with active labels for files and e-mail, naming them', expect: 'pass', evidence: ['Confidential'], summary: /published/ },
  {
    name: 'passes when files and e-mail are covered by different labels',
    patch: (t) => {
      t.sensitivityLabels = [
        { id: 'l-f', name: 'Files only', isActive: true, applicableTo: ['file'], parentId: null },
        { id: 'l-e', name: 'Mail only', isActive: true, applicableTo: ['email'], parentId: null },
      ];
    },
    expect: 'pass',
  },
  {
    name: 'fails when no label exists',
    patch: (t) => {
      t.sensitivityLabels = [];
    },
    expect: 'fail',
    evidence: ['Sensitivity labels'],
  },
  {
    name: 'fails when the labels exist but are all inactive (false pass if only counted)',
    patch: (t) => {
      for (const label of t.sensitivityLabels) label.isActive = false;
    },
    expect: 'fail',
    evidence: ['Public', 'Confidential'],
    summary: /2 inactive/,
  },
  {
    name: 'fails when active labels cover only containers, not files or mail',
    patch: (t) => {
      t.sensitivityLabels = [{ id: 'l-s', name: 'Site label', isActive: true, applicableTo: ['site', 'unifiedGroup'], parentId: null }];
    },
    expect: 'fail',
    summary: /files or e-mail/,
  },
  {
    name: 'fails when e-mail is not covered',
    patch: (t) => {
      t.sensitivityLabels = [{ id: 'l-f', name: 'Files only', isActive: true, applicableTo: ['file'], parentId: null }];
    },
    expect: 'fail',
    summary: /to e-mail/,
  },
  {
    name: 'is not assessed when labels cannot be read (missing licence)',
    unreadable: { sensitivityLabels: { code: 'licence', message: 'Information protection is not licensed', licence: 'MIP_S_CLP1' } },
    expect: 'not_assessed',
    summary: /MIP_S_CLP1/,
  },
]);

describe('m365-data-sensitivity-labels-active citations', () => {
  it('does not credit CIS 3.3.1 (published label policies) for labels merely existing', () => {
    expect(check.meta.references.cis ?? []).not.toContain('3.3.1');
  });
});
