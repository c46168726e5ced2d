import { verdictOfControls } from '../../src/core/control-verdicts.js';
import { defineCheck } from '../../src/core/define-check.js';
import { SCUBA_SENSITIVE_TYPES, enforcedRules, isEnforced } from '../../src/rules/m365/dlp.js';

export default defineCheck({
  id: 'm365-data-dlp-policies',
  provider: 'm365',
  area: 'data-classification',
  severity: 'high',
  title: 'Data loss prevention policies block credit card, ITIN and SSN data',
  owner: 'Compliance Administrator',
  rationale:
    'DLP policies stop credit card numbers, national identifiers and other sensitive data from leaving through mail, SharePoint, OneDrive and Teams, and teach users as they go. Without them, a single careless share is a reportable breach.',
  remediation:
    'Microsoft Purview portal > Data loss prevention > Policies: create (or turn on) a policy with rules that detect Credit Card Number, U.S. Individual Taxpayer Identification Number (ITIN) and U.S. Social Security Number (SSN) and block access, and set the policy to "Turn it on right away" rather than simulation. To audit: Get-DlpCompliancePolicy | Select-Object Name, Mode, Enabled; Get-DlpComplianceRule | Select-Object Name, ParentPolicyName, Disabled, BlockAccess, ContentContainsSensitiveInformation.',
  references: {
    scuba: ['MS.SECURITYSUITE.3.1v1'],
    cis: ['3.2.1'],
    docs: ['https://learn.microsoft.com/purview/dlp-learn-about-dlp', 'https://learn.microsoft.com/powershell/module/exchange/get-dlpcompliancerule'],
  },
  reads: ['purviewDlpPolicies', 'purviewDlpRules'],
  evaluate({ purviewDlpPolicies: policies, purviewDlpRules: rules }) {
    const enforced = policies.filter(isEnforced);
    const notEnforced = policies.filter((p) => !isEnforced(p));
    const blocking = enforcedRules(policies, rules).filter(({ rule }) => rule.blockAccess);
    const unblocked = SCUBA_SENSITIVE_TYPES.filter((type) => !blocking.some(({ rule }) => rule.sensitiveInformationTypes.some((t) => t.toLowerCase() === type.toLowerCase())));
    const evidence = [
      ...notEnforced.map((p) => ({ kind: 'policy' as const, name: p.name, detail: p.enabled ? `mode ${p.mode} (not enforced)` : 'disabled' })),
      ...unblocked.map((type) => ({ kind: 'label' as const, name: type, detail: 'no enforced DLP rule blocks it' })),
    ];
    const cisSummary = enforced.length
      ? `${enforced.length} DLP policy(ies) are on: ${enforced.map((p) => `'${p.name}'`).join(', ')}.`
      : policies.length
        ? `No DLP policy is enforced (${policies.map((p) => `'${p.name}' ${p.enabled ? p.mode : 'disabled'}`).join(', ')}).`
        : 'No DLP policy exists.';
    const scubaSummary = unblocked.length ? `No enforced DLP rule blocks ${unblocked.join(', ')}.` : 'Enforced DLP rules block credit card numbers, ITINs and SSNs.';
    return verdictOfControls(
      {
        'MS.SECURITYSUITE.3.1v1': { status: unblocked.length ? 'fail' : 'pass', summary: scubaSummary },
        '3.2.1': { status: enforced.length ? 'pass' : 'fail', summary: cisSummary },
      },
      evidence,
    );
  },
});
