/** Microsoft cloud instances a tenant can live in, with their Graph and sign-in endpoints. */
export const M365_CLOUDS = {
  global: { graph: 'https://graph.microsoft.com', authority: 'https://login.microsoftonline.com' },
  usgov: { graph: 'https://graph.microsoft.us', authority: 'https://login.microsoftonline.us' },
  usgovdod: { graph: 'https://dod-graph.microsoft.us', authority: 'https://login.microsoftonline.us' },
  china: { graph: 'https://microsoftgraph.chinacloudapi.cn', authority: 'https://login.chinacloudapi.cn' },
} as const satisfies Record<string, { graph: string; authority: string }>;

export type M365Cloud = keyof typeof M365_CLOUDS;

export const M365_CLOUD_NAMES = Object.keys(M365_CLOUDS) as [M365Cloud, ...M365Cloud[]];
