import { z } from 'zod';

/** The demo and the tests serve API doubles over plain http on these hosts; nothing else may skip TLS. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * An endpoint override (a base URL credentials are sent to). No message repeats the value: it may
 * carry a password in its user-info.
 */
export const endpointUrl = z.string().superRefine((value, ctx) => {
  const issue = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message });
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return issue('must be a URL such as https://api.example.com');
  }
  if (url.username || url.password) return issue('must not carry a user name or password (user:password@host); the value given is not shown');
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return;
  return issue('must be an https:// URL (plain http:// only for a loopback host: localhost, 127.0.0.0/8 or ::1)');
});
