import { TransportError } from './transport-error.js';

export interface PagedRead<P> {
  endpoint: string;
  maxPages: number;
  /** Reads the first page (cursor undefined) or the page a cursor names. */
  page(cursor: string | undefined): Promise<P>;
  /** The cursor of the next page, or undefined at the end. */
  next(page: P): string | undefined;
  /**
   * Return what was read when maxPages is reached, flagged truncated, for a list the snapshot
   * documents as bounded (a log read back only so far); every other list fails instead.
   */
  keepPartial?: boolean;
}

/**
 * Reads a list to its end with the provider's cursor. A cursor seen before (a page loop) or a list
 * longer than maxPages is an error: checks never judge part of a list as the whole.
 */
export async function readAllPages<P>(read: PagedRead<P>): Promise<{ pages: P[]; truncated: boolean }> {
  const pages: P[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (;;) {
    if (pages.length >= read.maxPages) {
      if (read.keepPartial) return { pages, truncated: true };
      throw new TransportError('too_many_pages', `${read.endpoint} was not read to its end: stopped after ${read.maxPages} pages`, read.endpoint);
    }
    const page = await read.page(cursor);
    pages.push(page);
    cursor = read.next(page);
    if (cursor === undefined) return { pages, truncated: false };
    if (seen.has(cursor)) {
      throw new TransportError('page_loop', `${read.endpoint} was not read to its end: the API pointed back at a page it had already given`, read.endpoint);
    }
    seen.add(cursor);
  }
}
