import check from '../../../checks/m365/m365-auth-email-otp-disabled.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when email OTP is disabled', expect: 'pass' },
  {
    name: 'passes when the email method is absent from the policy',
    patch: (t) => {
      t.authenticationMethodsPolicy.methods = t.authenticationMethodsPolicy.methods.filter((m) => m.id !== 'Email');
    },
    expect: 'pass',
  },
  {
    name: 'fails when email OTP is enabled, and says guests are affected',
    patch: (t) => {
      const email = t.authenticationMethodsPolicy.methods.find((m) => m.id === 'Email')!;
      email.state = 'enabled';
      email.includeTargets = [{ targetType: 'group', id: 'all_users' }];
    },
    expect: 'fail',
    evidence: ['Email authentication method'],
    summary: /guest/,
  },
  { name: 'is not assessed when the policy cannot be read', unreadable: { authenticationMethodsPolicy: true }, expect: 'not_assessed', summary: /Policy.Read.All/ },
]);
