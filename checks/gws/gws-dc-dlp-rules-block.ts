import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import { listSetting } from '../../src/rules/gws/effective-settings.js';

type Action = Record<string, unknown> | undefined;

const asRecord = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/**
 * What "blocks sharing outside the organisation" looks like in a rule.dlp `action` (shapes from
 * ScubaGoggles' Policy API fixtures, 416a18a): Drive `driveAction.blockAccess`; Gmail and Chat
 * `<app>Action.blockContent.actionParams` with the external flags on. `auditOnly` / `warnUser` do not block.
 */
const SERVICES = [
  { name: 'Drive', trigger: 'google.workspace.drive.', action: 'driveAction', blocks: (a: Action) => asRecord(a?.blockAccess) !== undefined },
  {
    name: 'Gmail',
    trigger: 'google.workspace.gmail.',
    action: 'gmailAction',
    blocks: (a: Action) => asRecord(asRecord(a?.blockContent)?.actionParams)?.applyExternalMessages === true,
  },
  {
    name: 'Chat',
    trigger: 'google.workspace.chat.',
    action: 'chatAction',
    blocks: (a: Action) => {
      const p = asRecord(asRecord(a?.blockContent)?.actionParams);
      return p?.applyExternalDirectMessages === true && p.applyExternalGroupChats === true && p.applyExternalRooms === true;
    },
  },
] as const;

export default defineCheck({
  id: 'gws-dc-dlp-rules-block',
  provider: 'gws',
  area: 'data-classification',
  severity: 'medium',
  title: 'An active DLP rule blocks external sharing of sensitive content in Drive, Gmail and Chat',
  owner: 'Super Admin',
  rationale:
    'A DLP rule that only audits or warns records the leak after the file, message or chat has left the organisation. A blocking action stops it.',
  remediation:
    'Admin console > Security > Access and data control > Data protection > Manage rules: in an active rule applied to the whole organisation, set Actions to "Block external sharing" for Drive, "Block message" for Gmail messages sent to external recipients, and "Block message" for Chat external conversations (1:1 chats, group chats and spaces).',
  // Not CIS 4.2.3.1 ("DLP for Drive configured"): it asks for a Drive rule, not a block, and gws-dc-dlp-rules-active
  // gives it its one verdict; citing it here gave the same control a second, blocking reading.
  references: {
    scuba: ['GWS.COMMONCONTROLS.18.2v1'],
    docs: ['https://support.google.com/a/answer/9646351', 'https://support.google.com/a/answer/10846568', 'https://support.google.com/a/answer/14767988'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    const rules = listSetting(policies, 'rule.dlp')
      .filter(({ policy }) => String(policy.value.state ?? '').toUpperCase() === 'ACTIVE')
      // Only a top-OU rule covers everyone; OU- or group-scoped rules are judged by gws-dc-dlp-rules-active.
      .filter(({ target }) => target === '/');
    const evidence: Evidence[] = [];
    for (const service of SERVICES) {
      const covering = rules.filter(({ policy }) => Array.isArray(policy.value.triggers) && (policy.value.triggers as unknown[]).some((t) => String(t).startsWith(service.trigger)));
      if (covering.some(({ policy }) => service.blocks(asRecord(asRecord(policy.value.action)?.[service.action])))) continue;
      if (covering.length === 0) {
        evidence.push({ kind: 'policy', name: `${service.name} DLP`, detail: `no active organisation-wide DLP rule is triggered by ${service.name}` });
        continue;
      }
      for (const { policy } of covering) {
        const action = asRecord(asRecord(policy.value.action)?.[service.action]);
        const mode = action ? Object.keys(action).join(', ') || 'no action' : 'no action';
        evidence.push({
          kind: 'policy',
          name: `${service.name}: ${String(policy.value.displayName ?? policy.name)}`,
          id: policy.name,
          detail: `active, but its ${service.name} action does not block external sharing (${mode})`,
        });
      }
    }
    if (evidence.length === 0) return { status: 'pass', summary: 'Active organisation-wide DLP rules block external sharing of matching content in Drive, Gmail and Chat.' };
    const services = [...new Set(evidence.map((e) => e.name.split(/[: ]/)[0]))];
    return { status: 'fail', summary: `No active organisation-wide DLP rule blocks external sharing in ${services.join(', ')}; matching content is only audited, warned about or not scanned.`, evidence };
  },
});
