import { z } from 'zod';
import { odata, parseAnswer } from './collector.js';
import { toUser, USER_FIELDS, userAnswer } from './directory-principal.js';
import type { GraphReader } from './graph-reader.js';
import type { DirectoryPrincipal } from '../../snapshot/m365.js';

/**
 * Values one `in` clause may hold: Graph's query-parameter limits allow 15 expressions in a filter
 * clause by default (https://learn.microsoft.com/graph/known-issues, "Some limitations apply to query parameters").
 */
export const IN_FILTER_MAX = 15;

/** A directory object id; anything else cannot be a user, and inside a filter one bad value fails the other fourteen. */
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isObjectId = (id: string): boolean => OBJECT_ID.test(id);

/** The path of one look-up: users whose id is one of `ids`, with the fields privileged-access checks read. */
export function usersByIdPath(ids: readonly string[]): string {
  return `/users?$filter=${odata(`id in (${ids.map((id) => `'${id}'`).join(',')})`)}&$select=${USER_FIELDS}`;
}

/**
 * Reads users by id, 15 to a GET (`/users?$filter=id in (...)`, which takes `$select`, unlike
 * `directoryObjects/getByIds`, and needs only User.Read.All); the GETs of one call ride together in
 * `$batch` requests. An id that names no user (a group, a service principal, an object deleted or in
 * another tenant) is simply not in the answer, so it is missing from the map: the caller decides.
 */
export async function readUsersById(graph: GraphReader, ids: readonly string[]): Promise<Map<string, DirectoryPrincipal>> {
  // Sorted, so the same holders make the same requests whatever order the assignments came in.
  const wanted = [...new Set(ids)].filter(isObjectId).sort();
  const chunks: string[][] = [];
  for (let i = 0; i < wanted.length; i += IN_FILTER_MAX) chunks.push(wanted.slice(i, i + IN_FILTER_MAX));
  const pages = await Promise.all(chunks.map(async (chunk) => parseAnswer(z.array(userAnswer), await graph.list(usersByIdPath(chunk)), 'users?$filter=id in (...)')));
  // Object ids are GUIDs, compared without regard to case; the map keeps the caller's spelling.
  const asked = new Map(wanted.map((id) => [id.toLowerCase(), id]));
  const users = new Map<string, DirectoryPrincipal>();
  for (const user of pages.flat()) {
    const id = asked.get(user.id.toLowerCase());
    if (id) users.set(id, { ...toUser(user), id });
  }
  return users;
}
