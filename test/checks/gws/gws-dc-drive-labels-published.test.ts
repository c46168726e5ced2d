import check from '../../../checks/gws/gws-dc-drive-labels-published.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes with a published admin label', expect: 'pass' },
  { name: 'fails when the only label is a draft', patch: (t) => { t.driveLabels.labels[0]!.state = 'UNPUBLISHED_DRAFT'; }, expect: 'fail', evidence: ['Data classification'] },
  { name: 'fails when no label exists', patch: (t) => { t.driveLabels.labels = []; }, expect: 'fail', evidence: ['Drive labels'] },
  { name: 'is not assessed when the Labels API is not enabled', unreadable: { driveLabels: { code: 'api_disabled', message: 'Drive Labels API has not been used in project 123 before or it is disabled.', permission: 'https://www.googleapis.com/auth/drive.admin.labels.readonly' } }, expect: 'not_assessed', summary: /disabled/ },
]);
