import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import { listSetting } from '../../src/rules/gws/effective-settings.js';

const SERVICES = [
  { name: 'Drive', trigger: 'google.workspace.drive.' },
  { name: 'Gmail', trigger: 'google.workspace.gmail.' },
  { name: 'Chat', trigger: 'google.workspace.chat.' },
] as const;

export default defineCheck({
  id: 'gws-dc-dlp-rules-active',
  provider: 'gws',
  area: 'data-classification',
  severity: 'medium',
  title: 'Active DLP rules cover Drive, Gmail and Chat',
  owner: 'Super Admin',
  rationale:
    'Data loss prevention rules stop or flag sensitive content (card numbers, national ids, labelled files) as it is shared, sent or posted. A service with no active rule has no such control.',
  remediation:
    'Admin console > Security > Access and data control > Data protection: create rules (for example from the predefined PII templates) triggered on Drive file sharing, Gmail messages sent and Chat messages, with a blocking or warning action, and set their state to Active.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.18.1v1', 'GWS.COMMONCONTROLS.18.2v1'],
    cis: ['4.2.3.1'],
    docs: ['https://support.google.com/a/answer/9646351'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    const rules = listSetting(policies, 'rule.dlp');
    const active = rules.filter(({ policy }) => String(policy.value.state ?? 'ACTIVE').toUpperCase() === 'ACTIVE');
    const evidence: Evidence[] = [];
    for (const service of SERVICES) {
      const covering = active.filter(({ policy }) => Array.isArray(policy.value.triggers) && (policy.value.triggers as unknown[]).some((t) => String(t).startsWith(service.trigger)));
      if (covering.length === 0) {
        evidence.push({ kind: 'policy', name: `${service.name} DLP`, detail: `no active DLP rule is triggered by ${service.name}` });
      }
    }
    for (const { policy, target } of rules.filter((r) => !active.includes(r))) {
      evidence.push({ kind: 'policy', name: String(policy.value.displayName ?? policy.name), id: policy.name, detail: `${String(policy.value.state)} (${target})` });
    }
    const uncovered = evidence.filter((e) => e.name.endsWith(' DLP'));
    if (uncovered.length === 0) {
      return { status: 'pass', summary: `${active.length} active DLP rule${active.length === 1 ? '' : 's'} cover Drive, Gmail and Chat.` };
    }
    return { status: 'fail', summary: `No active DLP rule covers ${uncovered.map((e) => e.name.replace(' DLP', '')).join(', ')}.`, evidence };
  },
});
