import { expect, it } from 'vitest';
import check from '../../../checks/gws/gws-dc-dlp-rules-block.js';
import active from '../../../checks/gws/gws-dc-dlp-rules-active.js';
import { checkTable, runCheckOn } from '../../support/check-table.js';
import { compliantTenant, OU } from './compliant-tenant.js';
import type { GwsShapes } from '../../../src/snapshot/gws.js';

const dlp = (t: GwsShapes) => t.policies.policies.find((p) => p.setting === 'rule.dlp')!;
const setAction = (t: GwsShapes, patch: Record<string, unknown>) => {
  const rule = dlp(t);
  rule.value = { ...rule.value, action: { ...(rule.value.action as Record<string, unknown>), ...patch } };
};

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes when the active top-OU rule blocks Drive, Gmail and Chat externally', expect: 'pass' },
  {
    name: 'fails and names the rule when Drive only audits',
    patch: (t) => setAction(t, { driveAction: { auditOnly: {} } }),
    expect: 'fail',
    evidence: ['Drive: Block PII leaving the domain'],
    notEvidence: ['Gmail: Block PII leaving the domain', 'Chat: Block PII leaving the domain'],
  },
  {
    name: 'fails when Chat only warns',
    patch: (t) => setAction(t, { chatAction: { warnUser: { actionParams: {} } } }),
    expect: 'fail',
    evidence: ['Chat: Block PII leaving the domain'],
  },
  {
    name: 'fails when Gmail blocks internal messages only (external mail still leaves)',
    patch: (t) => setAction(t, { gmailAction: { blockContent: { actionParams: { applyInternalMessages: true, applyExternalMessages: false } } } }),
    expect: 'fail',
    evidence: ['Gmail: Block PII leaving the domain'],
  },
  {
    name: 'fails when Chat blocks external 1:1 chats but not external spaces',
    patch: (t) => setAction(t, { chatAction: { blockContent: { actionParams: { applyExternalDirectMessages: true, applyExternalGroupChats: true, applyExternalRooms: false } } } }),
    expect: 'fail',
    evidence: ['Chat: Block PII leaving the domain'],
  },
  {
    name: 'passes when a second rule blocks Drive although the first only audits it',
    patch: (t) => {
      const rule = dlp(t);
      t.policies.policies.push({ ...rule, name: 'policies/drive-block', value: { ...rule.value, displayName: 'Drive block', triggers: ['google.workspace.drive.file.v1.share'], action: { driveAction: { blockAccess: {} } } } });
      setAction(t, { driveAction: { auditOnly: {} } });
    },
    expect: 'pass',
  },
  {
    name: 'does not count an inactive blocking rule',
    patch: (t) => { dlp(t).value = { ...dlp(t).value, state: 'INACTIVE' }; },
    expect: 'fail',
    evidence: ['Drive DLP', 'Gmail DLP', 'Chat DLP'],
  },
  {
    name: 'does not count a blocking rule scoped to one sub-OU',
    patch: (t) => { dlp(t).orgUnitId = OU.sales; },
    expect: 'fail',
    evidence: ['Drive DLP'],
  },
  { name: 'fails when a rule has no action for a service it triggers on', patch: (t) => { dlp(t).value = { ...dlp(t).value, action: {} }; }, expect: 'fail', evidence: ['Drive: Block PII leaving the domain', 'Gmail: Block PII leaving the domain'] },
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);

// CIS 4.2.3.1 ("DLP for Drive configured") asks for a Drive rule, not a block: gws-dc-dlp-rules-active judges it, and
// this check, which judges blocking (GWS.COMMONCONTROLS.18.2v1), must not give the same control another verdict.
it('leaves CIS 4.2.3.1 to gws-dc-dlp-rules-active: a Drive rule that only warns fails 18.2 here, and 4.2.3.1 keeps the one verdict, pass', () => {
  const tenant = compliantTenant();
  setAction(tenant, { driveAction: { warnUser: {} } });
  const own = runCheckOn(check, 'gws', structuredClone(tenant));
  expect(own.controls?.map((c) => [c.id, c.status])).toEqual([['GWS.COMMONCONTROLS.18.2v1', 'fail']]);
  expect(runCheckOn(active, 'gws', structuredClone(tenant)).controls?.find((c) => c.id === '4.2.3.1')?.status).toBe('pass');
});
