import { openAtomicFile } from './atomic-file-stream.js';

/**
 * Writes a file from chunks as they come, whole or not at all (a temp file beside it, then a rename),
 * so a file larger than memory can be written; a full write buffer is waited out, not grown.
 */
export async function writeChunksAtomic(path: string, chunks: AsyncIterable<string> | Iterable<string>): Promise<void> {
  const file = await openAtomicFile(path);
  try {
    for await (const chunk of chunks) await file.write(chunk);
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}
