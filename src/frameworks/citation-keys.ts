import type { CitedAs } from './model.js';

/**
 * How checks cite each framework family. `scuba` and `cis` are slots of `references`; every other
 * family has exactly one key under `references.other`, so a framework is spelled one way only.
 */
export const CITED_AS: Record<string, CitedAs> = {
  scuba: 'scuba',
  cis: 'cis',
  nist: { other: 'NIST SP 800-53 Rev. 5' },
  sbs: { other: 'SBS' },
  'salesforce-health-check': { other: 'Salesforce Health Check' },
  'salesforce-mfa-requirement': { other: 'Salesforce MFA requirement' },
  'iso-27001': { other: 'ISO/IEC 27001:2022' },
  maester: { other: 'Maester' },
  prowler: { other: 'Prowler' },
};
