/**
 * Replaces many literal strings in one pass. An MSP run knows thousands of secrets (each tenant's
 * credentials and tokens, in several encodings), so one `includes` per secret per string would cost
 * secrets × text; here a hash of the first `prefixLength` characters finds the candidates at a
 * position, and the cost stays linear in the text whatever the number of secrets.
 *
 * Nearly every text holds no secret, so positions are not all hashed: any literal (at least
 * `prefixLength` long) covers one of the short grams that start every `stride` characters, so only
 * those grams are looked up, and the positions before a gram that some literal contains are then
 * tried one by one, leftmost first, exactly as a scan of every position would.
 */
export class LiteralMatcher {
  private readonly byPrefix = new Map<number, string[]>();
  /**
   * Which prefix hashes (folded to 16 bits) start some literal: nearly every position of a text fails this
   * one array read, where a Map lookup at every position was most of the redactor's time.
   */
  private readonly maybe = new Uint8Array(1 << 16);
  /** Which hashes (folded) of a gram at offset 0 … stride - 1 of some literal there are. */
  private readonly grams = new Uint8Array(1 << 16);
  private readonly literals = new Set<string>();
  private readonly gramLength: number;
  private readonly stride: number;

  /** `prefixLength` is the shortest literal accepted: shorter ones are ignored. */
  constructor(private readonly prefixLength: number) {
    this.gramLength = Math.ceil(prefixLength / 2);
    this.stride = prefixLength - this.gramLength + 1;
  }

  get size(): number {
    return this.literals.size;
  }

  add(literal: string): void {
    if (literal.length < this.prefixLength || this.literals.has(literal)) return;
    this.literals.add(literal);
    const key = this.hashAt(literal, 0, this.prefixLength);
    this.maybe[fold(key)] = 1;
    for (let offset = 0; offset < this.stride; offset++) this.grams[fold(this.hashAt(literal, offset, this.gramLength))] = 1;
    // Longest first, so of two literals sharing a start the one that contains the other wins.
    const bucket = [...(this.byPrefix.get(key) ?? []), literal].sort((a, b) => b.length - a.length);
    this.byPrefix.set(key, bucket);
  }

  replaceAll(text: string, marker: string): string {
    const n = this.prefixLength;
    const { gramLength, stride } = this;
    if (this.literals.size === 0 || text.length < n) return text;
    let out = '';
    let copied = 0;
    for (let gram = 0; gram + gramLength <= text.length; ) {
      let next = gram + stride;
      if (this.grams[fold(this.hashAt(text, gram, gramLength))] === 1) {
        // A literal whose gram this is starts at most stride - 1 characters before it, and not inside the last one replaced.
        for (let i = Math.max(copied, gram - stride + 1); i <= gram && i + n <= text.length; i++) {
          const hash = this.hashAt(text, i, n);
          const hit = this.maybe[fold(hash)] === 1 ? this.byPrefix.get(hash)?.find((literal) => text.startsWith(literal, i)) : undefined;
          if (!hit) continue;
          out += text.slice(copied, i) + marker;
          copied = i + hit.length;
          next = Math.ceil(copied / stride) * stride;
          break;
        }
      }
      gram = next;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }

  private hashAt(text: string, start: number, length: number): number {
    let hash = 0;
    for (let j = 0; j < length; j++) hash = (Math.imul(hash, BASE) + text.charCodeAt(start + j)) | 0;
    return hash;
  }
}

const BASE = 0x01000193;

const fold = (hash: number) => (hash ^ (hash >>> 16)) & 0xffff;
