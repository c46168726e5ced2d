import check from '../../../checks/gws/gws-share-gmail-outbound-gateway-off.js';
import { checkTable } from '../../support/check-table.js';
import { compliantTenant, removeSetting } from './compliant-tenant.js';
import { inheritanceCases } from './inheritance-cases.js';
import { overlayRoot } from './policy-patches.js';

const S = 'gmail.per_user_outbound_gateway';
const WEAK = { allowUsersToUseExternalSmtpServers: true };

checkTable(check, 'gws', compliantTenant, [
  { name: 'passes on the compliant tenant', expect: 'pass' },
  { name: "passes on the Admin console default (off) when the setting is set nowhere", patch: (t) => removeSetting(t, S), expect: 'pass' },
  { name: 'fails where per-user outbound gateways are allowed', patch: (t) => overlayRoot(t, S, WEAK), expect: 'fail', evidence: ['/'] },
  ...inheritanceCases(S, WEAK, 'gmail'),
  { name: 'is not assessed when the Policy API cannot be read', unreadable: { policies: true }, expect: 'not_assessed' },
]);
