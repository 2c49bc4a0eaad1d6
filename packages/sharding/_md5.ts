import { _encodeUtf8, _utf8Scratch } from "./_utf8.ts";

// MD5 (RFC 1321, https://www.rfc-editor.org/rfc/rfc1321), written for speed on one-block inputs:
// the 64 steps are unrolled, the block is sixteen little-endian 32-bit words, and every sum is
// truncated with `| 0` so V8 keeps all of it in small integers (no Math.imul is needed).
// MD5 is one long dependency chain, so each step is ordered to keep that chain short: the
// message word, constant and old register are summed first (they are ready early) and the
// round function of the newest register is added last; F, G and H are written in equivalent
// forms that put the newest register one or two operations from the result.

const STATE = new Int32Array(4);
const WORDS = new Int32Array(16);
const ENCODER = new TextEncoder();

function compress(w: Int32Array, a0: number, b0: number, c0: number, d0: number): void {
  let a = a0;
  let b = b0;
  let c = c0;
  let d = d0;
  let t: number;
  t = (w[0]! + -680876936 + a + (d ^ (b & (c ^ d)))) | 0;
  a = (b + ((t << 7) | (t >>> 25))) | 0;
  t = (w[1]! + -389564586 + d + (c ^ (a & (b ^ c)))) | 0;
  d = (a + ((t << 12) | (t >>> 20))) | 0;
  t = (w[2]! + 606105819 + c + (b ^ (d & (a ^ b)))) | 0;
  c = (d + ((t << 17) | (t >>> 15))) | 0;
  t = (w[3]! + -1044525330 + b + (a ^ (c & (d ^ a)))) | 0;
  b = (c + ((t << 22) | (t >>> 10))) | 0;
  t = (w[4]! + -176418897 + a + (d ^ (b & (c ^ d)))) | 0;
  a = (b + ((t << 7) | (t >>> 25))) | 0;
  t = (w[5]! + 1200080426 + d + (c ^ (a & (b ^ c)))) | 0;
  d = (a + ((t << 12) | (t >>> 20))) | 0;
  t = (w[6]! + -1473231341 + c + (b ^ (d & (a ^ b)))) | 0;
  c = (d + ((t << 17) | (t >>> 15))) | 0;
  t = (w[7]! + -45705983 + b + (a ^ (c & (d ^ a)))) | 0;
  b = (c + ((t << 22) | (t >>> 10))) | 0;
  t = (w[8]! + 1770035416 + a + (d ^ (b & (c ^ d)))) | 0;
  a = (b + ((t << 7) | (t >>> 25))) | 0;
  t = (w[9]! + -1958414417 + d + (c ^ (a & (b ^ c)))) | 0;
  d = (a + ((t << 12) | (t >>> 20))) | 0;
  t = (w[10]! + -42063 + c + (b ^ (d & (a ^ b)))) | 0;
  c = (d + ((t << 17) | (t >>> 15))) | 0;
  t = (w[11]! + -1990404162 + b + (a ^ (c & (d ^ a)))) | 0;
  b = (c + ((t << 22) | (t >>> 10))) | 0;
  t = (w[12]! + 1804603682 + a + (d ^ (b & (c ^ d)))) | 0;
  a = (b + ((t << 7) | (t >>> 25))) | 0;
  t = (w[13]! + -40341101 + d + (c ^ (a & (b ^ c)))) | 0;
  d = (a + ((t << 12) | (t >>> 20))) | 0;
  t = (w[14]! + -1502002290 + c + (b ^ (d & (a ^ b)))) | 0;
  c = (d + ((t << 17) | (t >>> 15))) | 0;
  t = (w[15]! + 1236535329 + b + (a ^ (c & (d ^ a)))) | 0;
  b = (c + ((t << 22) | (t >>> 10))) | 0;
  t = (w[1]! + -165796510 + a + ((b & d) | (c & ~d))) | 0;
  a = (b + ((t << 5) | (t >>> 27))) | 0;
  t = (w[6]! + -1069501632 + d + ((a & c) | (b & ~c))) | 0;
  d = (a + ((t << 9) | (t >>> 23))) | 0;
  t = (w[11]! + 643717713 + c + ((d & b) | (a & ~b))) | 0;
  c = (d + ((t << 14) | (t >>> 18))) | 0;
  t = (w[0]! + -373897302 + b + ((c & a) | (d & ~a))) | 0;
  b = (c + ((t << 20) | (t >>> 12))) | 0;
  t = (w[5]! + -701558691 + a + ((b & d) | (c & ~d))) | 0;
  a = (b + ((t << 5) | (t >>> 27))) | 0;
  t = (w[10]! + 38016083 + d + ((a & c) | (b & ~c))) | 0;
  d = (a + ((t << 9) | (t >>> 23))) | 0;
  t = (w[15]! + -660478335 + c + ((d & b) | (a & ~b))) | 0;
  c = (d + ((t << 14) | (t >>> 18))) | 0;
  t = (w[4]! + -405537848 + b + ((c & a) | (d & ~a))) | 0;
  b = (c + ((t << 20) | (t >>> 12))) | 0;
  t = (w[9]! + 568446438 + a + ((b & d) | (c & ~d))) | 0;
  a = (b + ((t << 5) | (t >>> 27))) | 0;
  t = (w[14]! + -1019803690 + d + ((a & c) | (b & ~c))) | 0;
  d = (a + ((t << 9) | (t >>> 23))) | 0;
  t = (w[3]! + -187363961 + c + ((d & b) | (a & ~b))) | 0;
  c = (d + ((t << 14) | (t >>> 18))) | 0;
  t = (w[8]! + 1163531501 + b + ((c & a) | (d & ~a))) | 0;
  b = (c + ((t << 20) | (t >>> 12))) | 0;
  t = (w[13]! + -1444681467 + a + ((b & d) | (c & ~d))) | 0;
  a = (b + ((t << 5) | (t >>> 27))) | 0;
  t = (w[2]! + -51403784 + d + ((a & c) | (b & ~c))) | 0;
  d = (a + ((t << 9) | (t >>> 23))) | 0;
  t = (w[7]! + 1735328473 + c + ((d & b) | (a & ~b))) | 0;
  c = (d + ((t << 14) | (t >>> 18))) | 0;
  t = (w[12]! + -1926607734 + b + ((c & a) | (d & ~a))) | 0;
  b = (c + ((t << 20) | (t >>> 12))) | 0;
  t = (w[5]! + -378558 + a + (b ^ (c ^ d))) | 0;
  a = (b + ((t << 4) | (t >>> 28))) | 0;
  t = (w[8]! + -2022574463 + d + (a ^ (b ^ c))) | 0;
  d = (a + ((t << 11) | (t >>> 21))) | 0;
  t = (w[11]! + 1839030562 + c + (d ^ (a ^ b))) | 0;
  c = (d + ((t << 16) | (t >>> 16))) | 0;
  t = (w[14]! + -35309556 + b + (c ^ (d ^ a))) | 0;
  b = (c + ((t << 23) | (t >>> 9))) | 0;
  t = (w[1]! + -1530992060 + a + (b ^ (c ^ d))) | 0;
  a = (b + ((t << 4) | (t >>> 28))) | 0;
  t = (w[4]! + 1272893353 + d + (a ^ (b ^ c))) | 0;
  d = (a + ((t << 11) | (t >>> 21))) | 0;
  t = (w[7]! + -155497632 + c + (d ^ (a ^ b))) | 0;
  c = (d + ((t << 16) | (t >>> 16))) | 0;
  t = (w[10]! + -1094730640 + b + (c ^ (d ^ a))) | 0;
  b = (c + ((t << 23) | (t >>> 9))) | 0;
  t = (w[13]! + 681279174 + a + (b ^ (c ^ d))) | 0;
  a = (b + ((t << 4) | (t >>> 28))) | 0;
  t = (w[0]! + -358537222 + d + (a ^ (b ^ c))) | 0;
  d = (a + ((t << 11) | (t >>> 21))) | 0;
  t = (w[3]! + -722521979 + c + (d ^ (a ^ b))) | 0;
  c = (d + ((t << 16) | (t >>> 16))) | 0;
  t = (w[6]! + 76029189 + b + (c ^ (d ^ a))) | 0;
  b = (c + ((t << 23) | (t >>> 9))) | 0;
  t = (w[9]! + -640364487 + a + (b ^ (c ^ d))) | 0;
  a = (b + ((t << 4) | (t >>> 28))) | 0;
  t = (w[12]! + -421815835 + d + (a ^ (b ^ c))) | 0;
  d = (a + ((t << 11) | (t >>> 21))) | 0;
  t = (w[15]! + 530742520 + c + (d ^ (a ^ b))) | 0;
  c = (d + ((t << 16) | (t >>> 16))) | 0;
  t = (w[2]! + -995338651 + b + (c ^ (d ^ a))) | 0;
  b = (c + ((t << 23) | (t >>> 9))) | 0;
  t = (w[0]! + -198630844 + a + (c ^ (b | ~d))) | 0;
  a = (b + ((t << 6) | (t >>> 26))) | 0;
  t = (w[7]! + 1126891415 + d + (b ^ (a | ~c))) | 0;
  d = (a + ((t << 10) | (t >>> 22))) | 0;
  t = (w[14]! + -1416354905 + c + (a ^ (d | ~b))) | 0;
  c = (d + ((t << 15) | (t >>> 17))) | 0;
  t = (w[5]! + -57434055 + b + (d ^ (c | ~a))) | 0;
  b = (c + ((t << 21) | (t >>> 11))) | 0;
  t = (w[12]! + 1700485571 + a + (c ^ (b | ~d))) | 0;
  a = (b + ((t << 6) | (t >>> 26))) | 0;
  t = (w[3]! + -1894986606 + d + (b ^ (a | ~c))) | 0;
  d = (a + ((t << 10) | (t >>> 22))) | 0;
  t = (w[10]! + -1051523 + c + (a ^ (d | ~b))) | 0;
  c = (d + ((t << 15) | (t >>> 17))) | 0;
  t = (w[1]! + -2054922799 + b + (d ^ (c | ~a))) | 0;
  b = (c + ((t << 21) | (t >>> 11))) | 0;
  t = (w[8]! + 1873313359 + a + (c ^ (b | ~d))) | 0;
  a = (b + ((t << 6) | (t >>> 26))) | 0;
  t = (w[15]! + -30611744 + d + (b ^ (a | ~c))) | 0;
  d = (a + ((t << 10) | (t >>> 22))) | 0;
  t = (w[6]! + -1560198380 + c + (a ^ (d | ~b))) | 0;
  c = (d + ((t << 15) | (t >>> 17))) | 0;
  t = (w[13]! + 1309151649 + b + (d ^ (c | ~a))) | 0;
  b = (c + ((t << 21) | (t >>> 11))) | 0;
  t = (w[4]! + -145523070 + a + (c ^ (b | ~d))) | 0;
  a = (b + ((t << 6) | (t >>> 26))) | 0;
  t = (w[11]! + -1120210379 + d + (b ^ (a | ~c))) | 0;
  d = (a + ((t << 10) | (t >>> 22))) | 0;
  t = (w[2]! + 718787259 + c + (a ^ (d | ~b))) | 0;
  c = (d + ((t << 15) | (t >>> 17))) | 0;
  t = (w[9]! + -343485551 + b + (d ^ (c | ~a))) | 0;
  b = (c + ((t << 21) | (t >>> 11))) | 0;
  STATE[0] = (a0 + a) | 0;
  STATE[1] = (b0 + b) | 0;
  STATE[2] = (c0 + c) | 0;
  STATE[3] = (d0 + d) | 0;
}

const IV0 = 0x67452301;
const IV1 = 0xefcdab89 | 0;
const IV2 = 0x98badcfe | 0;
const IV3 = 0x10325476;

function next(w: Int32Array): void {
  compress(w, STATE[0]!, STATE[1]!, STATE[2]!, STATE[3]!);
}

// The one-block path writes UTF-8 bytes into BYTES and compresses the same memory viewed as
// 32-bit words; that view is little-endian only on little-endian hosts, so others copy.
const BYTES = new Uint8Array(64);
const BYTE_WORDS = new Int32Array(BYTES.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * UTF-8 encode `s` with MD5 padding into one block when it fits (at most 55 bytes) and leave
 * the block in WORDS-compatible form; returns false when it does not fit. Lone surrogates
 * become U+FFFD, as TextEncoder does.
 */
function encodeOneBlock(s: string): boolean {
  const length = s.length;
  if (length > 55) return false;
  let i = 0;
  if (LITTLE_ENDIAN) {
    // Short words are almost always ASCII: store them four characters to a 32-bit word.
    const w = BYTE_WORDS;
    for (; i + 4 <= length; i += 4) {
      const c0 = s.charCodeAt(i);
      const c1 = s.charCodeAt(i + 1);
      const c2 = s.charCodeAt(i + 2);
      const c3 = s.charCodeAt(i + 3);
      if ((c0 | c1 | c2 | c3) > 0x7f) break;
      w[i >> 2] = c0 | (c1 << 8) | (c2 << 16) | (c3 << 24);
    }
    if (i + 4 > length) {
      let last = 0;
      let shift = 0;
      for (let k = i; k < length; k++, shift += 8) {
        const c = s.charCodeAt(k);
        if (c > 0x7f) {
          last = -1;
          break;
        }
        last |= c << shift;
      }
      if (last >= 0) {
        w[i >> 2] = last | (0x80 << shift);
        for (let k = (i >> 2) + 1; k < 14; k++) w[k] = 0;
        w[14] = length << 3;
        w[15] = 0;
        return true;
      }
    }
  }
  // A non-ASCII character: encode the whole word through the shared UTF-8 encoder.
  const n = _encodeUtf8(s);
  if (n > 55) return false;
  BYTES.set(_utf8Scratch().subarray(0, n));
  padOneBlock(n);
  return true;
}

/** Append MD5 padding and the bit length after `n` (at most 55) message bytes in BYTES. */
function padOneBlock(n: number): void {
  const b = BYTES;
  b[n] = 0x80;
  // Clear what earlier calls left behind: the rest of this word bytewise, then whole words.
  for (let k = n + 1; (k & 3) !== 0; k++) b[k] = 0;
  const words = BYTE_WORDS;
  for (let k = (n >> 2) + 1; k < 14; k++) words[k] = 0;
  // Bytes 56..63 hold the bit length as a little-endian 64-bit number.
  if (LITTLE_ENDIAN) {
    words[14] = n << 3;
    words[15] = 0;
  } else {
    b[56] = (n << 3) & 0xff;
    b[57] = n >> 5;
    for (let k = 58; k < 64; k++) b[k] = 0;
  }
}

function compressOneBlock(): void {
  if (LITTLE_ENDIAN) {
    compress(BYTE_WORDS, IV0, IV1, IV2, IV3);
    return;
  }
  const b = BYTES;
  for (let k = 0; k < 16; k++) {
    const p = k * 4;
    WORDS[k] = b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24);
  }
  compress(WORDS, IV0, IV1, IV2, IV3);
}

function digestBytes(bytes: Uint8Array): void {
  STATE[0] = IV0;
  STATE[1] = IV1;
  STATE[2] = IV2;
  STATE[3] = IV3;
  const w = WORDS;
  const length = bytes.length;
  const full = length - (length % 64);
  for (let offset = 0; offset < full; offset += 64) {
    for (let k = 0; k < 16; k++) {
      const p = offset + k * 4;
      w[k] = bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16) | (bytes[p + 3]! << 24);
    }
    next(w);
  }
  w.fill(0);
  const rest = length - full;
  for (let k = 0; k < rest; k++) w[k >> 2]! |= bytes[full + k]! << ((k & 3) << 3);
  w[rest >> 2]! |= 0x80 << ((rest & 3) << 3);
  if (rest > 55) {
    next(w);
    w.fill(0);
  }
  // The length in bits, as a 64-bit little-endian number split over the last two words.
  w[14] = (length * 8) | 0;
  w[15] = Math.floor(length / 0x20000000);
  next(w);
}

/** The 16-byte MD5 digest of `data` (strings are UTF-8 encoded first). */
export function _md5(data: Uint8Array | string): Uint8Array {
  if (typeof data === "string") {
    if (encodeOneBlock(data)) {
      compressOneBlock();
    } else {
      digestBytes(ENCODER.encode(data));
    }
  } else {
    digestBytes(data);
  }
  const out = new Uint8Array(16);
  for (let k = 0; k < 16; k++) out[k] = STATE[k >> 2]! >>> ((k & 3) << 3);
  return out;
}

/**
 * Hash the UTF-8 bytes of `s` and return the digest as four little-endian 32-bit words (digest
 * bytes 0-3 are word 0, as libmemcached reads them). The array is shared: read it before the
 * next call.
 */
export function _md5Words(s: string): Int32Array {
  if (encodeOneBlock(s)) {
    compressOneBlock();
  } else {
    digestBytes(ENCODER.encode(s));
  }
  return STATE;
}

/** The last byte of the MD5 digest of the UTF-8 bytes of `s`, without allocating for short `s`. */
export function _md5LastByte(s: string): number {
  return _md5Words(s)[3]! >>> 24;
}

/**
 * The one-block buffer behind {@linkcode _md5BlockLastByte}: write up to 55 message bytes at
 * its start, then call that function.
 */
export const _MD5_BLOCK: Uint8Array = BYTES;

/**
 * The last MD5 digest byte of the first `n` (at most 55) bytes of {@linkcode _MD5_BLOCK}. Pads
 * the block in place, so the bytes after the message are overwritten.
 */
export function _md5BlockLastByte(n: number): number {
  padOneBlock(n);
  compressOneBlock();
  return STATE[3]! >>> 24;
}

/** The last MD5 digest byte of the first `length` bytes of `bytes`, of any length. */
export function _md5BytesLastByte(bytes: Uint8Array, length: number): number {
  digestBytes(bytes.subarray(0, length));
  return STATE[3]! >>> 24;
}
