import { defineCheck } from '../../src/core/define-check.js';
import { requireSettings } from '../../src/rules/salesforce/settings.js';

export default defineCheck({
  id: 'sf-session-admin-login-as-disabled',
  provider: 'salesforce',
  area: 'conditional-access',
  severity: 'medium',
  title: 'Administrators cannot log in as any user without the user granting access, and must log in again afterwards',
  owner: 'Salesforce System Administrator',
  rationale:
    '"Administrators Can Log In as Any User" lets an admin (or an attacker with an admin session) act as anyone without their consent; "Force relogin after Login-As-User" closes the impersonated session when the admin returns.',
  remediation:
    'Setup > Login Access Policies: clear "Administrators Can Log In as Any User". Setup > Session Settings: select "Force relogin after Login-As-User".',
  references: {
    other: { 'Salesforce Health Check': ['Administrators Can Log In as Any User', 'Force relogin after Login-As-User'] },
    docs: ['https://help.salesforce.com/s/articleView?id=sf.security_login_access_policies.htm'],
  },
  reads: ['securitySettings'],
  evaluate({ securitySettings }) {
    return requireSettings(
      [
        { label: 'Administrators Can Log In as Any User', value: securitySettings.enableAdminLoginAsAnyUser, want: false, control: 'Administrators Can Log In as Any User' },
        { label: 'Force relogin after Login-As-User', value: securitySettings.sessionSettings.forceRelogin, want: true, control: 'Force relogin after Login-As-User' },
      ],
      'Log-in-as needs the user\'s grant and ends with a forced relogin.',
    );
  },
});
