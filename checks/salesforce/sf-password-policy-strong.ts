import { defineCheck } from '../../src/core/define-check.js';
import type { ControlVerdict, Evidence } from '../../src/core/model.js';

const EXPIRY_DAYS: Record<string, number> = { ThirtyDays: 30, SixtyDays: 60, NinetyDays: 90, SixMonths: 180, OneYear: 365, Never: Number.POSITIVE_INFINITY };
const WEAK_COMPLEXITY = new Set(['NoRestriction']);
/** ProfilePasswordPolicy is readable only through the Metadata API, which needs a write-capable permission, so it is not collected. */
const PROFILE_OVERRIDES_NOT_READ =
  'Profile-level password policies, which override it for their users, were not read (only the write-capable Metadata API exposes them): review Setup > Profiles > Password Policies for weaker overrides.';

export default defineCheck({
  id: 'sf-password-policy-strong',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'medium',
  title: 'The org password policy meets the Health Check baseline',
  owner: 'Salesforce System Administrator',
  rationale: 'Short, simple, never-expiring or endlessly retryable passwords make guessing and credential stuffing practical for users who still sign in with Salesforce credentials.',
  remediation:
    'Setup > Password Policies: minimum length at least 8 (12 is better), a complexity requirement, expiry of 90 days or less, history of at least 3 passwords, and at most 10 invalid attempts before lockout. Then open each profile\'s Password Policies: a profile-level policy overrides the org policy for that profile\'s users and must be no weaker.',
  references: {
    other: {
      'Salesforce Health Check': ['Minimum password length', 'Password complexity requirement', 'User passwords expire in', 'Enforce password history', 'Maximum invalid login attempts'],
    },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.admin_password.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    const p = securitySettings.passwordPolicies;
    const issues: Evidence[] = [];
    const controls: Record<string, ControlVerdict> = {};
    const judge = (control: string, weak: boolean, value: string, want: string) => {
      if (weak) issues.push({ kind: 'setting', name: control, detail: `${value}; ${want}` });
      controls[control] = { status: weak ? 'fail' : 'pass', summary: `${control}: ${value}${weak ? ` (${want})` : ''}.` };
    };
    judge('Minimum password length', (p.minimumPasswordLength ?? 0) < 8, `${p.minimumPasswordLength ?? 'not set'}`, 'at least 8');
    judge('Password complexity requirement', !p.complexity || WEAK_COMPLEXITY.has(p.complexity), p.complexity ?? 'not set', 'require at least letters and numbers');
    judge('User passwords expire in', (EXPIRY_DAYS[p.expiration ?? 'Never'] ?? Number.POSITIVE_INFINITY) > 90, p.expiration ?? 'not set', '90 days or less');
    judge('Enforce password history', (p.historyRestriction ?? 0) < 3, `${p.historyRestriction ?? 'not set'}`, 'at least 3');
    judge('Maximum invalid login attempts', !p.maxLoginAttempts || p.maxLoginAttempts === 'NoLimit', p.maxLoginAttempts ?? 'not set', 'at most 10');
    if (issues.length === 0) return { status: 'pass', summary: `The org-wide password policy meets the baseline. ${PROFILE_OVERRIDES_NOT_READ}`, controls };
    return { status: 'fail', summary: `${issues.length} password policy setting${issues.length === 1 ? ' is' : 's are'} below the baseline.`, evidence: issues, controls };
  },
});
