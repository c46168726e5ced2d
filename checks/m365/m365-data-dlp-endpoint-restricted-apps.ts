import { defineCheck } from '../../src/core/define-check.js';
import { piiPolicies } from '../../src/rules/m365/dlp.js';
import type { PurviewDlpRule } from '../../src/snapshot/m365.js';

/** The Endpoint DLP settings for "access by restricted apps" and "copy to unallowed Bluetooth apps". */
const REQUIRED = [
  ['UnallowedApps', 'restricted apps'],
  ['UnallowedBluetoothTransferApps', 'unwanted Bluetooth apps'],
] as const;

const action = (rule: PurviewDlpRule, setting: string) => rule.endpointRestrictions.find((r) => r.setting.toLowerCase() === setting.toLowerCase())?.value ?? 'not set';
const unblocked = (rule: PurviewDlpRule) => REQUIRED.filter(([setting]) => action(rule, setting).toLowerCase() !== 'block');

export default defineCheck({
  id: 'm365-data-dlp-endpoint-restricted-apps',
  provider: 'm365',
  area: 'data-classification',
  severity: 'medium',
  title: 'The DLP policy for sensitive data blocks restricted apps and unwanted Bluetooth apps on devices',
  owner: 'Compliance Administrator',
  rationale:
    'Endpoint DLP can stop an unapproved program from opening a file that holds sensitive data, and stop it being sent over Bluetooth by an app the organisation has not allowed; without those actions a synced file leaves the device that way.',
  remediation:
    'Onboard devices to Microsoft Purview, list the restricted apps and the unallowed Bluetooth apps under Data loss prevention > Endpoint DLP settings, then in the DLP policy that protects credit card numbers, ITINs and SSNs (Devices location on) edit the rule: "Audit or restrict activities on devices" > "Access by restricted apps" and "Copy or move using unallowed Bluetooth app": Block. Or: Set-DlpComplianceRule -EndpointDlpRestrictions @(@{Setting="UnallowedApps"; Value="Block"}, @{Setting="UnallowedBluetoothTransferApps"; Value="Block"}). Endpoint DLP needs an E5 or G5 licence.',
  references: {
    scuba: ['MS.SECURITYSUITE.3.5v1'],
    docs: ['https://learn.microsoft.com/purview/endpoint-dlp-using', 'https://learn.microsoft.com/powershell/module/exchange/new-dlpcompliancerule'],
  },
  reads: ['purviewDlpPolicies', 'purviewDlpRules'],
  evaluate({ purviewDlpPolicies, purviewDlpRules }) {
    const onDevices = piiPolicies(purviewDlpPolicies, purviewDlpRules).filter((p) => p.policy.locations.devices.length > 0);
    if (onDevices.length === 0) {
      return { status: 'fail', summary: 'No enforced DLP policy for credit card numbers, ITINs or SSNs covers devices, so nothing restricts apps or Bluetooth on endpoints.', evidence: [{ kind: 'policy', name: 'DLP policies', detail: 'none for the SCuBA sensitive types with the Devices location' }] };
    }
    const rules = onDevices.flatMap((p) => p.rules.map((rule) => ({ rule, policy: p.policy })));
    const blocking = rules.find(({ rule }) => unblocked(rule).length === 0);
    if (blocking) return { status: 'pass', summary: `DLP rule '${blocking.rule.name}' (policy '${blocking.policy.name}') blocks restricted apps and unwanted Bluetooth apps on devices.` };
    return {
      status: 'fail',
      summary: `No DLP rule for sensitive data on devices blocks both restricted apps and unwanted Bluetooth apps: ${rules.map(({ rule, policy }) => `rule '${rule.name}' (policy '${policy.name}') does not block ${unblocked(rule).map(([, label]) => label).join(' or ')}`).join('; ')}.`,
      evidence: rules.map(({ rule, policy }) => ({ kind: 'policy', name: rule.name, detail: `policy '${policy.name}': ${unblocked(rule).map(([setting]) => `${setting} ${action(rule, setting)}`).join(', ')}` })),
    };
  },
});
