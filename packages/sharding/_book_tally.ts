import {
  type _BookKernel,
  _bookKernel,
  _KERNEL_BLOCK,
  _KERNEL_COUNTS,
  _KERNEL_SPACE_TABLE,
  _KERNEL_TEXT,
} from "./_book_kernel.ts";
import { _MD5_BLOCK, _md5BlockLastByte, _md5BytesLastByte } from "./_md5.ts";
import { _murmur3Bytes } from "./_murmur3_bytes.ts";
import { _isPythonWhitespace } from "./_python_whitespace.ts";
import { _encodeUtf8, _utf8Scratch } from "./_utf8.ts";
import type { BookReport } from "./book_report.ts";
import { pythonLower } from "./python_lower.ts";

// A word's lower-cased UTF-8 bytes are written once, into the MD5 block itself when they fit
// (55 bytes), and alpha, MurmurHash3 and MD5 all read them there: no string per word.
const BLOCK = _MD5_BLOCK;
const MAX_ONE_BLOCK = 55;
let long = new Uint8Array(256);

function longScratch(length: number): Uint8Array {
  if (length > long.length) long = new Uint8Array(length * 2);
  return long;
}

/**
 * Counts the book's alpha, hash and md5 placements of lower-cased words, one pass per word.
 * Exact: the same answers as `alphaShard`, `hashShard` and `md5Shard` of `pythonLower(word)`.
 */
export class _BookTally {
  /** alpha counts at 0..3, hash at 4..7, md5 at 8..11. */
  readonly counts: Int32Array = new Int32Array(12);
  total = 0;
  /** The MurmurHash3 seed of the hash section, as a signed 32-bit integer. */
  readonly seed: number;

  constructor(seed: number) {
    if (!Number.isInteger(seed)) {
      throw new RangeError(`murmur3() seed must be an integer, got ${seed}`);
    }
    this.seed = seed | 0;
  }

  /** Adds `pythonLower(word)`. */
  addString(word: string): void {
    const length = word.length;
    if (length === 0) throw new RangeError('alphaShard() needs a non-empty word, got ""');
    if (length <= MAX_ONE_BLOCK) {
      const b = BLOCK;
      let i = 0;
      for (; i < length; i++) {
        let c = word.charCodeAt(i);
        if (c > 0x7f) break;
        // Plain ASCII lowers the same way in every Unicode version.
        if (c - 0x41 < 26 && c >= 0x41) c += 0x20;
        b[i] = c;
      }
      if (i === length) {
        this.#addBlock(length);
        return;
      }
    }
    this.#addLowered(pythonLower(word));
  }

  /** Adds the ASCII word `bytes[start..end)` (no byte above 0x7f), lower-casing it. */
  addAsciiBytes(bytes: Uint8Array, start: number, end: number): void {
    const length = end - start;
    const b = length > MAX_ONE_BLOCK ? longScratch(length) : BLOCK;
    for (let i = 0; i < length; i++) {
      let c = bytes[start + i]!;
      if (c - 0x41 < 26 && c >= 0x41) c += 0x20;
      b[i] = c;
    }
    if (length > MAX_ONE_BLOCK) this.#addBytes(b, length);
    else this.#addBlock(length);
  }

  /** Adds counts kept elsewhere, in the order of {@linkcode _BookTally.counts}. */
  addCounts(counts: ArrayLike<number>): void {
    for (let k = 0; k < 12; k++) this.counts[k]! += counts[k]!;
    this.total += counts[0]! + counts[1]! + counts[2]! + counts[3]!;
  }

  /** The counts as a {@linkcode BookReport}. */
  report(): BookReport {
    const c = this.counts;
    return {
      total: this.total,
      sections: [
        { name: "alpha", counts: [c[0]!, c[1]!, c[2]!, c[3]!] },
        { name: "hash", counts: [c[4]!, c[5]!, c[6]!, c[7]!] },
        { name: "md5", counts: [c[8]!, c[9]!, c[10]!, c[11]!] },
      ],
    };
  }

  #addLowered(lower: string): void {
    const n = _encodeUtf8(lower);
    const bytes = _utf8Scratch();
    if (n <= MAX_ONE_BLOCK) {
      BLOCK.set(bytes.subarray(0, n));
      this.#addBlock(n);
      return;
    }
    this.#addBytes(bytes, n);
  }

  /** Places the first `n` (more than 55) bytes of `bytes`. */
  #addBytes(bytes: Uint8Array, n: number): void {
    const counts = this.counts;
    counts[alphaIndex(bytes[0]!)]!++;
    counts[4 + (_murmur3Bytes(bytes, n, this.seed) & 3)]!++;
    counts[8 + (_md5BytesLastByte(bytes, n) & 3)]!++;
    this.total++;
  }

  /** Places the `n` (1..55) bytes at the start of BLOCK. */
  #addBlock(n: number): void {
    const counts = this.counts;
    counts[alphaIndex(BLOCK[0]!)]!++;
    counts[4 + (_murmur3Bytes(BLOCK, n, this.seed) & 3)]!++;
    counts[8 + (_md5BlockLastByte(n) & 3)]!++;
    this.total++;
  }
}

// alphaShard on the first UTF-8 byte: every byte of a non-ASCII code point is ≥ 0x80, past "t".
function alphaIndex(first: number): number {
  if (first < 0x67) return 0;
  if (first < 0x6e) return 1;
  if (first < 0x74) return 2;
  return 3;
}

// Python's whitespace among ASCII bytes; the others are all two- or three-byte UTF-8 sequences.
const ASCII_SPACE = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_SPACE[c] = _isPythonWhitespace(c) ? 1 : 0;

const DECODER = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * The byte length of the Python whitespace character starting at `bytes[i]` (a byte ≥ 0x80 of
 * valid UTF-8), or 0 if it is not whitespace. All such characters are below U+3001, so four-byte
 * sequences never are.
 */
function spaceWidth(bytes: Uint8Array, i: number): number {
  const c = bytes[i]!;
  if (c >= 0xc2 && c <= 0xdf) {
    return _isPythonWhitespace(((c & 0x1f) << 6) | (bytes[i + 1]! & 0x3f)) ? 2 : 0;
  }
  if (c >= 0xe0 && c <= 0xef) {
    const code = ((c & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
    return _isPythonWhitespace(code) ? 3 : 0;
  }
  return 0;
}

/**
 * Adds every word of valid UTF-8 `bytes`, split as Python's `str.split()` splits the decoded
 * text. ASCII words are lower-cased and placed straight from the bytes (by the WebAssembly
 * kernel where it runs); only words with other characters are decoded into strings, for
 * `pythonLower`.
 */
export function _addUtf8Words(
  tally: _BookTally,
  bytes: Uint8Array,
  kernel: _BookKernel | null = _bookKernel(),
): void {
  const length = bytes.length;
  if (kernel === null || !roomFor(kernel, length)) {
    const other = (word: string) => tally.addString(word);
    for (let i = 0; i < length; ) i = addNextWord(tally, bytes, i, other);
    return;
  }
  const { memory, scan } = kernel;
  const heap = new Uint8Array(memory.buffer);
  heap.set(ASCII_SPACE, _KERNEL_SPACE_TABLE);
  heap.fill(0, _KERNEL_COUNTS, _KERNEL_COUNTS + 52); // the counts and the group's lane count
  heap.set(bytes, _KERNEL_TEXT);
  const other = (word: string) => {
    const n = _encodeUtf8(pythonLower(word));
    if (n > MAX_ONE_BLOCK) {
      tally.addString(word);
      return;
    }
    heap.set(_utf8Scratch().subarray(0, n), _KERNEL_BLOCK);
    kernel.place(n, tally.seed);
  };
  for (let i = 0; i < length; ) {
    i = scan(_KERNEL_TEXT + i, _KERNEL_TEXT + length, tally.seed) - _KERNEL_TEXT;
    if (i < length) i = addNextWord(tally, bytes, i, other);
  }
  kernel.flush();
  tally.addCounts(new Int32Array(memory.buffer, _KERNEL_COUNTS, 12));
}

/** Grows the kernel's memory to hold `length` bytes of text, if it can (at most 4 GiB). */
function roomFor(kernel: _BookKernel, length: number): boolean {
  const pages =
    Math.ceil((_KERNEL_TEXT + length) / 65536) - kernel.memory.buffer.byteLength / 65536;
  if (pages <= 0) return true;
  try {
    kernel.memory.grow(pages);
    return true;
  } catch {
    return false;
  }
}

/**
 * Skips the whitespace at `at`, adds the word after it if any (an ASCII word to the tally, any
 * other to `other`), and returns where that word ends.
 */
function addNextWord(
  tally: _BookTally,
  bytes: Uint8Array,
  at: number,
  other: (word: string) => void,
): number {
  const length = bytes.length;
  let i = at;
  while (i < length) {
    const c = bytes[i]!;
    const width = c < 0x80 ? ASCII_SPACE[c]! : spaceWidth(bytes, i);
    if (width === 0) break;
    i += width;
  }
  if (i === length) return i;
  const start = i;
  let ascii = true;
  while (i < length) {
    const d = bytes[i]!;
    if (d < 0x80) {
      if (ASCII_SPACE[d] === 1) break;
    } else {
      if (spaceWidth(bytes, i) > 0) break;
      ascii = false;
    }
    i++;
  }
  if (ascii) tally.addAsciiBytes(bytes, start, i);
  else other(DECODER.decode(bytes.subarray(start, i)));
  return i;
}
