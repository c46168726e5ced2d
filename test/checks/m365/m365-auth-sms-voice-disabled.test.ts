import check from '../../../checks/m365/m365-auth-sms-voice-disabled.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant } from './compliant-tenant.js';

const enable = (id: string) => (t: ReturnType<typeof compliantTenant>) => {
  const method = t.authenticationMethodsPolicy.methods.find((m) => m.id === id);
  if (method) method.state = 'enabled';
};

checkTable(check, 'm365', compliantTenant, [
  { name: 'passes when SMS and voice are disabled', expect: 'pass' },
  {
    name: 'passes when the methods are absent from the policy',
    patch: (t) => {
      t.authenticationMethodsPolicy.methods = t.authenticationMethodsPolicy.methods.filter((m) => m.id !== 'Sms' && m.id !== 'Voice');
    },
    expect: 'pass',
  },
  { name: 'fails when SMS is enabled', patch: enable('Sms'), expect: 'fail', evidence: ['Sms authentication method'] },
  { name: 'fails when voice is enabled', patch: enable('Voice'), expect: 'fail', evidence: ['Voice authentication method'], notEvidence: ['Sms authentication method'] },
  { name: 'is not assessed when the policy cannot be read', unreadable: { authenticationMethodsPolicy: true }, expect: 'not_assessed', summary: /Policy.Read.All/ },
]);
