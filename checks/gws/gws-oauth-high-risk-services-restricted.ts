import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import { effectiveSetting } from '../../src/rules/gws/effective-settings.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';

const HIGH_RISK = ['GMAIL', 'DRIVE', 'CHAT'] as const;

/**
 * The Policy API lists only Restricted services. "<SVC>_ALL" restricts every scope; "<SVC>_HIGH_RISK"
 * restricts only high-risk ones (SCuBA counts that as allowing access; the cis profile accepts it).
 */
export default defineCheck({
  id: 'gws-oauth-high-risk-services-restricted',
  provider: 'gws',
  area: 'oauth-grants',
  severity: 'high',
  title: 'Gmail, Drive and Chat are Restricted services for third-party app access',
  owner: 'Super Admin',
  rationale:
    'A Restricted service can be reached only by apps an admin has trusted. Left Unrestricted, any app a user consents to can read mail, files or chats.',
  remediation:
    'Admin console > Security > Access and data control > API controls > Manage Google services: select Gmail, Drive and Docs, and Google Chat, choose Change access > Restricted (all scopes, not only high-risk ones), then trust the apps that need them.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.10.1v1', 'GWS.COMMONCONTROLS.10.2v1'],
    cis: ['4.2.1.1'],
    docs: ['https://support.google.com/a/answer/7281227'],
  },
  reads: ['policies'],
  evaluate({ policies }, ctx) {
    const acceptHighRiskOnly = ctx.settings.profile === 'cis';
    const evidence: Evidence[] = [];
    const targets = effectiveSetting(policies, SETTINGS.googleServices);
    for (const target of targets) {
      const services = Array.isArray(target.value.services) ? (target.value.services as { scopesGroup?: unknown }[]) : [];
      const groups = new Set(services.map((s) => String(s.scopesGroup ?? '')));
      for (const service of HIGH_RISK) {
        const restricted = groups.has(`${service}_ALL`) || (acceptHighRiskOnly && groups.has(`${service}_HIGH_RISK`));
        if (restricted) continue;
        evidence.push({
          kind: target.kind,
          name: `${target.kind === 'group' ? `group ${target.name}` : target.name}: ${service}`,
          id: target.kind === 'group' ? `groups/${target.id}` : `orgUnits/${target.id}`,
          detail: groups.has(`${service}_HIGH_RISK`) ? `${service} restricts only high-risk scopes` : `${service} is not a Restricted service`,
        });
      }
    }
    if (evidence.length === 0) return { status: 'pass', summary: `Gmail, Drive and Chat are Restricted in all ${targets.length} OUs and group overrides.` };
    return { status: 'fail', summary: `${evidence.length} service/OU combinations leave a high-risk Google service open to any consented app.`, evidence };
  },
});
