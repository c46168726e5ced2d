import { defineCheck } from '../../src/core/define-check.js';
import type { Evidence } from '../../src/core/model.js';
import { durationHours, HIGHLY_PRIVILEGED_ROLES, policyFor } from '../../src/rules/m365/privileged-roles.js';

const MAX_HOURS = 8;

export default defineCheck({
  id: 'm365-priv-activation-requires-mfa-and-short-duration',
  provider: 'm365',
  area: 'privileged-access',
  severity: 'medium',
  title: `Activating a highly privileged role requires MFA and lasts at most ${MAX_HOURS} hours`,
  owner: 'Privileged Role Administrator',
  rationale:
    'Eligibility only protects a role if activating it asks for more than the session already has: MFA (or a Conditional Access authentication context) at activation stops a stolen session from escalating, and a short activation window limits how long an activated role stays usable. Microsoft\'s default is 8 hours; PIM allows up to 24.',
  remediation:
    `Entra admin center > Identity governance > Privileged Identity Management > Microsoft Entra roles > Settings > (each role listed) > Edit > Activation: set "Activation maximum duration" to ${MAX_HOURS} hours or less, and choose "On activation, require: Azure MFA" (or a Microsoft Entra Conditional Access authentication context).`,
  references: {
    other: { 'NIST SP 800-53 Rev. 5': ['IA-2(1)', 'AC-2(6)'] },
    docs: ['https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-how-to-change-default-settings'],
  },
  reads: ['roleManagementPolicies'],
  evaluate({ roleManagementPolicies }) {
    const weak: Evidence[] = [];
    const unknown: Evidence[] = [];
    for (const role of HIGHLY_PRIVILEGED_ROLES) {
      const policy = policyFor(roleManagementPolicies, role);
      const evidence = (detail: string): Evidence => ({ kind: 'role', name: role.name, id: role.templateId, detail });
      if (!policy) {
        unknown.push(evidence('no PIM settings returned for this role'));
        continue;
      }
      const { enabledRules, authenticationContext, maximumDuration } = policy.activation;
      if (enabledRules === null && authenticationContext === null) unknown.push(evidence('no activation requirement rules returned'));
      else if (!(enabledRules ?? []).includes('MultiFactorAuthentication') && !authenticationContext?.isEnabled) weak.push(evidence('activation does not require MFA or an authentication context'));
      const hours = maximumDuration === null ? null : durationHours(maximumDuration);
      if (hours === null) unknown.push(evidence(maximumDuration === null ? 'no activation duration rule returned' : `activation duration "${maximumDuration}" not understood`));
      else if (hours > MAX_HOURS) weak.push(evidence(`activation lasts up to ${hours} hours (${maximumDuration}); at most ${MAX_HOURS} expected`));
    }
    if (weak.length) {
      const roles = new Set(weak.map((e) => e.name));
      return { status: 'fail', summary: `${roles.size} highly privileged role${roles.size === 1 ? '' : 's'} can be activated without MFA or for more than ${MAX_HOURS} hours.`, evidence: [...weak, ...unknown] };
    }
    if (unknown.length) {
      return { status: 'not_assessed', summary: 'Some highly privileged roles\' activation settings were not in the answer; check them in PIM.', evidence: unknown };
    }
    return { status: 'pass', summary: `Activating any highly privileged role requires MFA and lasts at most ${MAX_HOURS} hours.` };
  },
});
