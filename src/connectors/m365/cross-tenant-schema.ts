import { z } from 'zod';
import type { CrossTenantInboundOutbound, M365CrossTenantDefault } from '../../snapshot/m365.js';

const targets = z
  .object({ accessType: z.string(), targets: z.array(z.object({ target: z.string(), targetType: z.string() })).nullish() })
  .nullish();
export const inboundOutbound = z.object({ usersAndGroups: targets, applications: targets }).nullish();
export const inboundTrust = z
  .object({
    isMfaAccepted: z.boolean().nullish(),
    isCompliantDeviceAccepted: z.boolean().nullish(),
    isHybridAzureADJoinedDeviceAccepted: z.boolean().nullish(),
  })
  .nullish();

export function toDirection(value: z.infer<typeof inboundOutbound>): CrossTenantInboundOutbound | null {
  if (!value) return null;
  const side = (t: z.infer<typeof targets>) => (t ? { accessType: t.accessType, targets: t.targets ?? [] } : null);
  return { usersAndGroups: side(value.usersAndGroups), applications: side(value.applications) };
}

export function toTrust(value: z.infer<typeof inboundTrust>): M365CrossTenantDefault['inboundTrust'] {
  if (!value) return null;
  return {
    isMfaAccepted: value.isMfaAccepted ?? false,
    isCompliantDeviceAccepted: value.isCompliantDeviceAccepted ?? false,
    isHybridAzureADJoinedDeviceAccepted: value.isHybridAzureADJoinedDeviceAccepted ?? false,
  };
}

