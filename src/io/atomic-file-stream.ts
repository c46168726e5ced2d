import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';

/**
 * A file written chunk by chunk that appears whole or not at all: a temp file beside it, renamed on
 * commit. Several can be fed from one pass over the inputs; a full write buffer is waited out, not grown.
 */
export interface AtomicFileStream {
  readonly path: string;
  write(chunk: string | Uint8Array): Promise<void>;
  commit(): Promise<void>;
  /** Removes the temp file; the target is left as it was. */
  abort(): Promise<void>;
}

/**
 * Written text this stream takes before a write waits for the disk. At the default 16 KB every tenant's
 * part of results.json (~230 KB) waited out its own write, and the pass making the next one sat idle.
 */
const WRITE_BUFFER_BYTES = 1 << 20;

export async function openAtomicFile(path: string): Promise<AtomicFileStream> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const stream: WriteStream = createWriteStream(temp, { encoding: 'utf8', mode: 0o644, highWaterMark: WRITE_BUFFER_BYTES });
  const failed = once(stream, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  return {
    path,
    async write(chunk) {
      if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
    },
    async commit() {
      stream.end();
      await Promise.race([once(stream, 'finish'), failed]);
      await rename(temp, path);
    },
    async abort() {
      // The temp file may still be opening (nothing has waited on the disk yet): removed before the open ends,
      // it would be created after all and left behind. Destroying waits for the open and closes it.
      if (!stream.closed) {
        const closed = once(stream, 'close').catch(() => undefined);
        stream.destroy();
        await closed;
      }
      await rm(temp, { force: true });
    },
  };
}
