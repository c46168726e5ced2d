import { createHash } from 'node:crypto';

const sha256 = (body: string): string => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

/**
 * The page's policy: nothing may load, and only our own inline style and script (by hash) may apply or run.
 * A tenant string that somehow became markup could neither run script, load an image, submit a form nor
 * beacon out. The bodies must be exactly the text between the tags, as the page carries it.
 */
export function contentSecurityPolicy(styleBody: string, scriptBody: string): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(styleBody)}`,
    `script-src ${sha256(scriptBody)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
