import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence, Verdict } from '../../src/core/model.js';
import { effectiveSetting } from '../../src/rules/gws/effective-settings.js';
import { SETTINGS } from '../../src/rules/gws/settings-catalog.js';
import { verdictPerControl } from '../../src/rules/gws/setting-verdict.js';

/**
 * Every Google service the Admin console lists under "Manage Google Services", with the scopesGroup values
 * that mark it Restricted. The list and values are ScubaGoggles' (Commoncontrols.rego ServiceToScopeMapping,
 * 416a18a): Google's reference page names the field (scopes_group) without listing its values. Chat appears
 * as "CHAT" in ScubaGoggles' sample reports and as "CHAT_ALL" in some of its unit tests; both are accepted.
 * "<SVC>_HIGH_RISK" restricts only high-risk scopes: it restricts the service for 10.1 but lets users consent
 * to the other scopes, which 10.2 forbids; the cis profile accepts it.
 */
const SERVICES: readonly { key: string; label: string; full: readonly string[]; highRisk?: string }[] = [
  { key: 'GMAIL', label: 'Gmail', full: ['GMAIL_ALL'], highRisk: 'GMAIL_HIGH_RISK' },
  { key: 'DRIVE', label: 'Drive and Docs', full: ['DRIVE_ALL'], highRisk: 'DRIVE_HIGH_RISK' },
  { key: 'CHAT', label: 'Google Chat', full: ['CHAT', 'CHAT_ALL'], highRisk: 'CHAT_HIGH_RISK' },
  { key: 'CALENDAR', label: 'Calendar', full: ['CALENDAR_ALL'] },
  { key: 'CONTACTS', label: 'Contacts', full: ['CONTACTS_ALL'] },
  { key: 'GSUITE_ADMIN', label: 'Google Workspace Admin', full: ['GSUITE_ADMIN_ALL'] },
  { key: 'VAULT', label: 'Vault', full: ['VAULT_ALL'] },
  { key: 'CLOUD_PLATFORM', label: 'Cloud Platform', full: ['CLOUD_PLATFORM'] },
  { key: 'CLOUD_BILLING', label: 'Cloud Billing', full: ['CLOUD_BILLING'] },
  { key: 'CLOUD_ML', label: 'Cloud Machine Learning', full: ['CLOUD_ML'] },
  { key: 'APPS_SCRIPT_API', label: 'Apps Script API', full: ['APPS_SCRIPT_API'] },
  { key: 'APPS_SCRIPT_RUNTIME', label: 'Apps Script Runtime', full: ['APPS_SCRIPT_RUNTIME'] },
  { key: 'CLASSROOM', label: 'Classroom', full: ['CLASSROOM_ALL'], highRisk: 'CLASSROOM_HIGH_RISK' },
  { key: 'TASKS', label: 'Tasks', full: ['TASKS'] },
  { key: 'GROUPS', label: 'Groups', full: ['GROUPS'] },
  { key: 'SIGN_IN', label: 'Google Sign-in', full: ['SIGN_IN'] },
  { key: 'MEET', label: 'Meet', full: ['MEET'] },
  { key: 'CLOUD_SEARCH', label: 'Cloud Search', full: ['CLOUD_SEARCH'] },
];

/** CIS 4.2.1.1 names Gmail, Drive and Chat in its remediation and accepts high-risk-only restriction. */
const CIS_SERVICES = new Set(['GMAIL', 'DRIVE', 'CHAT']);

export default defineCheck({
  id: 'gws-oauth-high-risk-services-restricted',
  provider: 'gws',
  area: 'oauth-grants',
  severity: 'high',
  title: 'Every Google service is Restricted for third-party app access, with no consent to low-risk scopes (cis: Gmail, Drive and Chat)',
  owner: 'Super Admin',
  rationale:
    'A Restricted service can be reached only by apps an admin has trusted. Left Unrestricted, any app a user consents to can read mail, files, chats, calendars or contacts. SCuBA asks for all services (10.1) and no user consent to the scopes not classified high-risk (10.2); the cis profile checks Gmail, Drive and Chat and accepts high-risk-only restriction.',
  remediation:
    'Admin console > Security > Access and data control > API controls > Manage Google services: select every service, choose Change access > Restricted, untick "For apps that are not trusted, allow users to give access to OAuth scopes that aren\'t classified as high-risk", then trust the apps that need them.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.10.1v1', 'GWS.COMMONCONTROLS.10.2v1'],
    cis: ['4.2.1.1'],
    docs: ['https://support.google.com/a/answer/7281227', 'https://cloud.google.com/identity/docs/concepts/supported-policy-api-settings'],
  },
  reads: ['policies'],
  evaluate({ policies }, ctx) {
    const targets = effectiveSetting(policies, SETTINGS.googleServices);
    const open: Evidence[] = [];
    const lowRiskConsent: Evidence[] = [];
    const cisOpen: Evidence[] = [];
    for (const target of targets) {
      const services = Array.isArray(target.value.services) ? (target.value.services as { scopesGroup?: unknown }[]) : [];
      const groups = new Set(services.map((s) => String(s.scopesGroup ?? '')));
      const where = { kind: target.kind, id: target.kind === 'group' ? `groups/${target.id}` : `orgUnits/${target.id}` } as const;
      const label = target.kind === 'group' ? `group ${target.name}` : target.name;
      for (const service of SERVICES) {
        const full = service.full.some((g) => groups.has(g));
        const highRiskOnly = !full && service.highRisk !== undefined && groups.has(service.highRisk);
        if (full) continue;
        const item = (detail: string): Evidence => ({ ...where, name: `${label}: ${service.key}`, detail });
        if (highRiskOnly) lowRiskConsent.push(item(`${service.label} restricts only high-risk scopes: users may consent to the rest`));
        else {
          open.push(item(`${service.label} is not a Restricted service`));
          if (CIS_SERVICES.has(service.key)) cisOpen.push(item(`${service.label} is not a Restricted service`));
        }
      }
    }
    const scope = `in all ${targets.length} OUs and group overrides`;
    const verdict = (evidence: Evidence[], pass: string, fail: string): Verdict =>
      evidence.length === 0 ? { status: 'pass', summary: `${pass} ${scope}.` } : { status: 'fail', summary: `${evidence.length} service/OU combinations ${fail}.`, evidence };
    return verdictPerControl(
      {
        'GWS.COMMONCONTROLS.10.1v1': verdict(open, `All ${SERVICES.length} Google services are Restricted`, 'leave a Google service open to any consented app'),
        'GWS.COMMONCONTROLS.10.2v1': verdict(lowRiskConsent, 'No Google service lets users consent to scopes not classified high-risk', 'let users consent to scopes not classified high-risk'),
        '4.2.1.1': verdict(cisOpen, 'Gmail, Drive and Chat are Restricted', 'leave Gmail, Drive or Chat open to any consented app'),
      },
      ctx.settings.profile,
    );
  },
});
