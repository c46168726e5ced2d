import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const sp = z.object({
  id: z.string(),
  appId: z.string(),
  displayName: z.string().nullish(),
  appOwnerOrganizationId: z.string().nullish(),
  servicePrincipalType: z.string().nullish(),
  accountEnabled: z.boolean().nullish(),
  publisherName: z.string().nullish(),
  verifiedPublisher: z.object({ displayName: z.string().nullish(), verifiedPublisherId: z.string().nullish() }).nullish(),
  passwordCredentials: z.array(z.unknown()).nullish(),
  keyCredentials: z.array(z.unknown()).nullish(),
});

const FIELDS = 'id,appId,displayName,appOwnerOrganizationId,servicePrincipalType,accountEnabled,publisherName,verifiedPublisher,passwordCredentials,keyCredentials';

export default defineCollector({
  section: 'servicePrincipals',
  spec: { endpoints: ['GET /v1.0/servicePrincipals'], permissions: ['Application.Read.All'] },
  async collect({ graph }) {
    return parseAnswer(z.array(sp), await graph.list(`/servicePrincipals?$select=${FIELDS}&$top=999`), 'servicePrincipals').map((s) => ({
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
    }));
  },
});
