import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';

/** Texts kept in order and read back once, in order: in memory, or in a file (SpilledTexts). */
export interface TextStore {
  push(text: string): void;
  readonly length: number;
  texts(): Iterable<string>;
}

export function textsInMemory(): TextStore {
  const kept: string[] = [];
  return { push: (text) => void kept.push(text), get length() { return kept.length; }, texts: () => kept };
}

/**
 * Texts appended to a file of their own and read back in order, so a report's per-tenant parts for a
 * thousand tenants are not held until the page is written. Synchronous: each part is small, and the page
 * is written from a synchronous generator. `close()` removes the file.
 */
export class SpilledTexts implements TextStore {
  private readonly fd: number;
  private readonly byteLengths: number[] = [];
  private size = 0;

  constructor(private readonly path: string) {
    this.fd = openSync(path, 'wx+', 0o600);
  }

  push(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    writeSync(this.fd, bytes, 0, bytes.length, this.size);
    this.size += bytes.length;
    this.byteLengths.push(bytes.length);
  }

  get length(): number {
    return this.byteLengths.length;
  }

  *texts(): Generator<string> {
    let at = 0;
    for (const length of this.byteLengths) {
      const bytes = Buffer.allocUnsafe(length);
      let read = 0;
      while (read < length) read += readSync(this.fd, bytes, read, length - read, at + read);
      at += length;
      yield bytes.toString('utf8');
    }
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.path, { force: true });
  }
}
