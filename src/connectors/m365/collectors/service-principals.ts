import { defineCollector } from '../collector.js';
import { parseFlatRecords } from '../flat-record-guard.js';

/** Tens of thousands of rows in a large tenant: validated by a loop, not a schema (see parseFlatRecords). */
const SP = {
  id: 'string',
  appId: 'string',
  displayName: 'string',
  appOwnerOrganizationId: 'string',
  servicePrincipalType: 'string',
  accountEnabled: 'boolean',
  publisherName: 'string',
  verifiedPublisher: { displayName: 'string', verifiedPublisherId: 'string' },
  passwordCredentials: 'unknown[]',
  keyCredentials: 'unknown[]',
} as const;

const FIELDS = 'id,appId,displayName,appOwnerOrganizationId,servicePrincipalType,accountEnabled,publisherName,verifiedPublisher,passwordCredentials,keyCredentials';

export default defineCollector({
  section: 'servicePrincipals',
  spec: { endpoints: ['GET /v1.0/servicePrincipals'], permissions: ['Application.Read.All'] },
  async collect({ graph }) {
    return graph.listMapped(`/servicePrincipals?$select=${FIELDS}&$top=999`, (items, offset) => parseFlatRecords(items, SP, ['id', 'appId'], 'servicePrincipals', offset).map((s) => ({
      id: s.id,
      appId: s.appId,
      displayName: s.displayName ?? s.appId,
      appOwnerOrganizationId: s.appOwnerOrganizationId ?? null,
      servicePrincipalType: s.servicePrincipalType ?? 'Application',
      accountEnabled: s.accountEnabled ?? true,
      publisherName: s.publisherName ?? null,
      verifiedPublisher: s.verifiedPublisher?.verifiedPublisherId || s.verifiedPublisher?.displayName
        ? { displayName: s.verifiedPublisher.displayName ?? null, verifiedPublisherId: s.verifiedPublisher.verifiedPublisherId ?? null }
        : null,
      passwordCredentialCount: s.passwordCredentials?.length ?? 0,
      keyCredentialCount: s.keyCredentials?.length ?? 0,
    })));
  },
});
