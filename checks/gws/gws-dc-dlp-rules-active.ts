import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence, Verdict } from '../../src/core/model.js';
import { listSetting } from '../../src/rules/gws/effective-settings.js';
import { verdictPerControl } from '../../src/rules/gws/setting-verdict.js';

const SERVICES = [
  { name: 'Drive', trigger: 'google.workspace.drive.' },
  { name: 'Gmail', trigger: 'google.workspace.gmail.' },
  { name: 'Chat', trigger: 'google.workspace.chat.' },
  // GWS.COMMONCONTROLS.18.1 names Calendar too; rules on it carry google.workspace.calendar.event.v1.save
  // (ScubaGoggles' Policy API test data, policyapi_get_policies7.json).
  { name: 'Calendar', trigger: 'google.workspace.calendar.' },
] as const;

export default defineCheck({
  id: 'gws-dc-dlp-rules-active',
  provider: 'gws',
  area: 'data-classification',
  severity: 'medium',
  title: 'Active DLP rules cover Drive, Gmail, Chat and Calendar',
  owner: 'Super Admin',
  rationale:
    'Data loss prevention rules stop or flag sensitive content (card numbers, national ids, labelled files) as it is shared, sent or posted. A service with no active rule has no such control.',
  remediation:
    'Admin console > Security > Access and data control > Data protection: create rules (for example from the predefined PII templates) triggered on Drive file sharing, Gmail messages sent, Chat messages and Calendar events saved, with a blocking or warning action, apply them to the top organisational unit (not only to some OUs or groups), and set their state to Active.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.18.1v1'],
    cis: ['4.2.3.1'],
    docs: ['https://support.google.com/a/answer/9646351'],
  },
  reads: ['policies'],
  evaluate({ policies }, ctx) {
    const rules = listSetting(policies, 'rule.dlp');
    // A rule without a state is not counted as active: a missing field is not evidence of protection.
    const active = rules.filter(({ policy }) => String(policy.value.state ?? '').toUpperCase() === 'ACTIVE');
    const triggeredBy = (policy: (typeof rules)[number]['policy'], prefix: string) =>
      Array.isArray(policy.value.triggers) && (policy.value.triggers as unknown[]).some((t) => String(t).startsWith(prefix));
    const uncovered: Evidence[] = [];
    for (const service of SERVICES) {
      const covering = active.filter(({ policy }) => triggeredBy(policy, service.trigger));
      // A rule scoped to one OU or group leaves the rest of the tenant uncovered; only a top-OU rule covers everyone.
      if (covering.some(({ target }) => target === '/')) continue;
      uncovered.push({
        kind: 'policy',
        name: `${service.name} DLP`,
        detail: covering.length
          ? `active ${service.name} rules apply only to ${covering.map(({ target }) => target).join(', ')}, not the whole organisation`
          : `no active DLP rule is triggered by ${service.name}`,
      });
    }
    const inactive: Evidence[] = rules
      .filter((r) => !active.includes(r))
      .map(({ policy, target }) => ({ kind: 'policy' as const, name: String(policy.value.displayName ?? policy.name), id: policy.name, detail: `${String(policy.value.state ?? 'state missing')} (${target})` }));
    const covers = (missing: Evidence[], names: string): Verdict =>
      missing.length === 0
        ? { status: 'pass', summary: `${active.length} active DLP rule${active.length === 1 ? '' : 's'} cover ${names} for the whole organisation.` }
        : { status: 'fail', summary: `No active organisation-wide DLP rule covers ${missing.map((e) => e.name.replace(/ DLP$/, '')).join(', ')}.`, evidence: [...missing, ...inactive] };
    // SCuBA 18.1 names Drive, Calendar, Chat and Gmail; CIS 4.2.3.1 asks for Drive DLP only.
    return verdictPerControl(
      { 'GWS.COMMONCONTROLS.18.1v1': covers(uncovered, 'Drive, Gmail, Chat and Calendar'), '4.2.3.1': covers(uncovered.filter((e) => e.name === 'Drive DLP'), 'Drive') },
      ctx.settings.profile,
    );
  },
});
