/** The default alert policies SCuBA MS.SECURITYSUITE.4.1v1 requires, by the names Purview gives them. */
export const SCUBA_ALERTS = [
  'Suspicious email sending patterns detected',
  'Suspicious Connector Activity',
  'Suspicious Email Forwarding Activity',
  'Messages have been delayed',
  'Tenant restricted from sending unprovisioned email',
  'Tenant restricted from sending email',
  'A potentially malicious URL click was detected',
];
