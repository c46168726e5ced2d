import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import { assignmentsTo, roleNameOf, TIER0_ROLES } from '../../src/rules/m365/privileged-roles.js';

export default defineCheck({
  id: 'm365-priv-sp-tier0-no-secret',
  provider: 'm365',
  area: 'privileged-access',
  severity: 'critical',
  title: 'No service principal holding a tier-0 role authenticates with a client secret',
  owner: 'Cloud Application Administrator',
  rationale:
    'A client secret is a password that lives in config files, pipelines and scripts, with no MFA in front of it. A secret for an application that holds a control-plane role (Global Administrator, Privileged Role Administrator, Application Administrator …) is a tenant takeover waiting to leak.',
  remediation:
    'For each listed application: switch it to a certificate (or a managed identity / workload identity federation), delete its client secrets under App registrations > Certificates & secrets, and consider whether it needs the role at all.',
  references: {
    other: { Maester: ['MT.1027'], Prowler: ['entra_service_principal_no_secrets_for_permanent_tier0_roles'] },
    docs: ['https://learn.microsoft.com/entra/identity-platform/security-best-practices-for-app-registration'],
  },
  reads: ['roleAssignments', 'servicePrincipals', 'applications'],
  evaluate({ roleAssignments, servicePrincipals, applications }) {
    const held = assignmentsTo(roleAssignments, TIER0_ROLES).filter((a) => a.principal?.type === 'servicePrincipal');
    const byId = new Map(servicePrincipals.map((sp) => [sp.id, sp]));
    const appsByAppId = new Map(applications.map((app) => [app.appId, app]));
    const rolesBySp = new Map<string, string[]>();
    for (const a of held) rolesBySp.set(a.principalId, [...(rolesBySp.get(a.principalId) ?? []), roleNameOf(a)]);

    const evidence: Evidence[] = [];
    const unmatched: Evidence[] = [];
    for (const [spId, roles] of rolesBySp) {
      const sp = byId.get(spId);
      const appId = sp?.appId ?? held.find((a) => a.principalId === spId)?.principal?.appId;
      const app = appId ? appsByAppId.get(appId) : undefined;
      const secrets = (sp?.passwordCredentialCount ?? 0) + (app?.passwordCredentials.length ?? 0);
      const name = sp?.displayName ?? app?.displayName ?? held.find((a) => a.principalId === spId)?.principal?.displayName ?? spId;
      if (!sp && !app) {
        unmatched.push({ kind: 'app', name, id: spId, detail: `holds ${roles.join(', ')}; not found among service principals or app registrations, credentials not assessed` });
      } else if (secrets > 0) {
        const where = [sp?.passwordCredentialCount ? `${sp.passwordCredentialCount} on the service principal` : '', app?.passwordCredentials.length ? `${app.passwordCredentials.length} on the app registration` : ''].filter(Boolean).join(', ');
        evidence.push({ kind: 'app', name, id: spId, detail: `client secret(s) (${where}) while holding ${roles.join(', ')}` });
      }
    }
    const note = unmatched.length ? ` ${unmatched.length} could not be matched to a service principal and were not assessed.` : '';
    if (evidence.length === 0) {
      return {
        status: 'pass',
        summary: (rolesBySp.size ? `${rolesBySp.size} service principal(s) hold tier-0 roles, none with a client secret.` : 'No service principal holds a tier-0 role.') + note,
        evidence: unmatched,
      };
    }
    return { status: 'fail', summary: `${evidence.length} service principal(s) holding tier-0 roles authenticate with client secrets.${note}`, evidence: [...evidence, ...unmatched] };
  },
});
