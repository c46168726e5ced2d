/**
 * Replaces many literal strings in one pass. An MSP run knows thousands of secrets (each tenant's
 * credentials and tokens, in several encodings), so one `includes` per secret per string would cost
 * secrets × text; here a rolling hash of the first `prefixLength` characters finds the candidates at
 * each position, and the cost stays linear in the text whatever the number of secrets.
 */
export class LiteralMatcher {
  private readonly byPrefix = new Map<number, string[]>();
  /**
   * Which prefix hashes (folded to 16 bits) start some literal: nearly every position of a text fails this
   * one array read, where a Map lookup at every position was most of the redactor's time.
   */
  private readonly maybe = new Uint8Array(1 << 16);
  private readonly literals = new Set<string>();
  private readonly topPower: number;

  /** `prefixLength` is the shortest literal accepted: shorter ones are ignored. */
  constructor(private readonly prefixLength: number) {
    let power = 1;
    for (let i = 1; i < prefixLength; i++) power = Math.imul(power, BASE);
    this.topPower = power;
  }

  get size(): number {
    return this.literals.size;
  }

  add(literal: string): void {
    if (literal.length < this.prefixLength || this.literals.has(literal)) return;
    this.literals.add(literal);
    const key = this.hashAt(literal, 0);
    this.maybe[fold(key)] = 1;
    // Longest first, so of two literals sharing a start the one that contains the other wins.
    const bucket = [...(this.byPrefix.get(key) ?? []), literal].sort((a, b) => b.length - a.length);
    this.byPrefix.set(key, bucket);
  }

  replaceAll(text: string, marker: string): string {
    const n = this.prefixLength;
    if (this.literals.size === 0 || text.length < n) return text;
    let out = '';
    let copied = 0;
    let i = 0;
    let hash = this.hashAt(text, 0);
    while (i + n <= text.length) {
      const hit = this.maybe[fold(hash)] === 1 ? this.byPrefix.get(hash)?.find((literal) => text.startsWith(literal, i)) : undefined;
      if (hit) {
        out += text.slice(copied, i) + marker;
        i += hit.length;
        copied = i;
        if (i + n <= text.length) hash = this.hashAt(text, i);
        continue;
      }
      if (i + n < text.length) hash = (Math.imul(hash - Math.imul(text.charCodeAt(i), this.topPower), BASE) + text.charCodeAt(i + n)) | 0;
      i++;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }

  private hashAt(text: string, start: number): number {
    let hash = 0;
    for (let j = 0; j < this.prefixLength; j++) hash = (Math.imul(hash, BASE) + text.charCodeAt(start + j)) | 0;
    return hash;
  }
}

const BASE = 0x01000193;

const fold = (hash: number) => (hash ^ (hash >>> 16)) & 0xffff;
