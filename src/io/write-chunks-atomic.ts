import { openAtomicFile } from './atomic-file-stream.js';

/**
 * A file written a chunk at a time, each chunk passed through `transform` (the run's redactor) as it goes,
 * whole or not at all. The chunks must be cut where the transform cannot miss anything across a boundary.
 */
export async function writeChunksAtomic(path: string, chunks: Iterable<string>, transform: (chunk: string) => string): Promise<void> {
  const file = await openAtomicFile(path);
  try {
    for (const chunk of chunks) await file.write(transform(chunk));
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}
