import pLimit from 'p-limit';

/**
 * Tooling answers Metadata only to a query that returns at most one record ("Query this field only if the
 * query result contains no more than one record", Tooling API reference), so `Id IN (...)` cannot batch
 * them. They are independent, though: a few at once turns a chain of N round trips into about N / 4.
 */
export const ONE_RECORD_QUERIES_AT_ONCE = 4;

/** fn over every item, a few at a time, results in the items' order. */
export function forEachRecordQuery<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const limit = pLimit(ONE_RECORD_QUERIES_AT_ONCE);
  return Promise.all(items.map((item) => limit(() => fn(item))));
}
