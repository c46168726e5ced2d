import check from '../../../checks/gws/gws-dc-drive-labels-published.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes with a published admin label', expect: 'pass' },
  { name: 'fails when the only label is a draft', patch: (t) => { t.driveLabels.labels[0]!.state = 'UNPUBLISHED_DRAFT'; }, expect: 'fail', evidence: ['Data classification'] },
  { name: 'fails when no label exists', patch: (t) => { t.driveLabels.labels = []; }, expect: 'fail', evidence: ['Drive labels'] },
  { name: 'fails when the only published labels are Google-owned system labels (no taxonomy of the organisation)', patch: (t) => { t.driveLabels.labels = [{ id: 'g1', title: 'Google system label', state: 'PUBLISHED', labelType: 'GOOGLE_APP', publishTime: null }]; }, expect: 'fail', evidence: ['Google system label'] },
  { name: 'fails when the only published label is user-shared, not admin-owned', patch: (t) => { t.driveLabels.labels[0]!.labelType = 'SHARED'; }, expect: 'fail', evidence: ['Data classification'] },
  { name: 'fails when the admin label is disabled', patch: (t) => { t.driveLabels.labels[0]!.state = 'DISABLED'; }, expect: 'fail', evidence: ['Data classification'] },
  { name: 'is not assessed when the Labels API is not enabled', unreadable: { driveLabels: { code: 'api_disabled', message: 'Drive Labels API has not been used in project 123 before or it is disabled.', permission: 'https://www.googleapis.com/auth/drive.admin.labels.readonly' } }, expect: 'not_assessed', summary: /disabled/ },
]);
