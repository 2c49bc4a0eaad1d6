// MD5 (RFC 1321, https://www.rfc-editor.org/rfc/rfc1321), written for speed on one-block inputs:
// the 64 steps are unrolled, the block is sixteen little-endian 32-bit words, and every sum is
// truncated with `| 0` so V8 keeps all of it in small integers (no Math.imul is needed). F and
// G use the equivalent d ^ (b & (c ^ d)) and c ^ (d & (b ^ c)), one operation fewer each.

const STATE = new Int32Array(4);
const WORDS = new Int32Array(16);
const ENCODER = new TextEncoder();

function compress(w: Int32Array, a0: number, b0: number, c0: number, d0: number): void {
  const x0 = w[0]!,
    x1 = w[1]!,
    x2 = w[2]!,
    x3 = w[3]!,
    x4 = w[4]!,
    x5 = w[5]!,
    x6 = w[6]!,
    x7 = w[7]!;
  const x8 = w[8]!,
    x9 = w[9]!,
    x10 = w[10]!,
    x11 = w[11]!,
    x12 = w[12]!,
    x13 = w[13]!,
    x14 = w[14]!,
    x15 = w[15]!;
  let a = a0;
  let b = b0;
  let c = c0;
  let d = d0;
  let t: number;
  t = (a + (d ^ (b & (c ^ d))) + x0 + -680876936) | 0;
  a = (b + ((t << 7) | (t >>> 25))) | 0;
  t = (d + (c ^ (a & (b ^ c))) + x1 + -389564586) | 0;
  d = (a + ((t << 12) | (t >>> 20))) | 0;
  t = (c + (b ^ (d & (a ^ b))) + x2 + 606105819) | 0;
  c = (d + ((t << 17) | (t >>> 15))) | 0;
  t = (b + (a ^ (c & (d ^ a))) + x3 + -1044525330) | 0;
  b = (c + ((t << 22) | (t >>> 10))) | 0;
  t = (a + (d ^ (b & (c ^ d))) + x4 + -176418897) | 0;
  a = (b + ((t << 7) | (t >>> 25))) | 0;
  t = (d + (c ^ (a & (b ^ c))) + x5 + 1200080426) | 0;
  d = (a + ((t << 12) | (t >>> 20))) | 0;
  t = (c + (b ^ (d & (a ^ b))) + x6 + -1473231341) | 0;
  c = (d + ((t << 17) | (t >>> 15))) | 0;
  t = (b + (a ^ (c & (d ^ a))) + x7 + -45705983) | 0;
  b = (c + ((t << 22) | (t >>> 10))) | 0;
  t = (a + (d ^ (b & (c ^ d))) + x8 + 1770035416) | 0;
  a = (b + ((t << 7) | (t >>> 25))) | 0;
  t = (d + (c ^ (a & (b ^ c))) + x9 + -1958414417) | 0;
  d = (a + ((t << 12) | (t >>> 20))) | 0;
  t = (c + (b ^ (d & (a ^ b))) + x10 + -42063) | 0;
  c = (d + ((t << 17) | (t >>> 15))) | 0;
  t = (b + (a ^ (c & (d ^ a))) + x11 + -1990404162) | 0;
  b = (c + ((t << 22) | (t >>> 10))) | 0;
  t = (a + (d ^ (b & (c ^ d))) + x12 + 1804603682) | 0;
  a = (b + ((t << 7) | (t >>> 25))) | 0;
  t = (d + (c ^ (a & (b ^ c))) + x13 + -40341101) | 0;
  d = (a + ((t << 12) | (t >>> 20))) | 0;
  t = (c + (b ^ (d & (a ^ b))) + x14 + -1502002290) | 0;
  c = (d + ((t << 17) | (t >>> 15))) | 0;
  t = (b + (a ^ (c & (d ^ a))) + x15 + 1236535329) | 0;
  b = (c + ((t << 22) | (t >>> 10))) | 0;
  t = (a + (c ^ (d & (b ^ c))) + x1 + -165796510) | 0;
  a = (b + ((t << 5) | (t >>> 27))) | 0;
  t = (d + (b ^ (c & (a ^ b))) + x6 + -1069501632) | 0;
  d = (a + ((t << 9) | (t >>> 23))) | 0;
  t = (c + (a ^ (b & (d ^ a))) + x11 + 643717713) | 0;
  c = (d + ((t << 14) | (t >>> 18))) | 0;
  t = (b + (d ^ (a & (c ^ d))) + x0 + -373897302) | 0;
  b = (c + ((t << 20) | (t >>> 12))) | 0;
  t = (a + (c ^ (d & (b ^ c))) + x5 + -701558691) | 0;
  a = (b + ((t << 5) | (t >>> 27))) | 0;
  t = (d + (b ^ (c & (a ^ b))) + x10 + 38016083) | 0;
  d = (a + ((t << 9) | (t >>> 23))) | 0;
  t = (c + (a ^ (b & (d ^ a))) + x15 + -660478335) | 0;
  c = (d + ((t << 14) | (t >>> 18))) | 0;
  t = (b + (d ^ (a & (c ^ d))) + x4 + -405537848) | 0;
  b = (c + ((t << 20) | (t >>> 12))) | 0;
  t = (a + (c ^ (d & (b ^ c))) + x9 + 568446438) | 0;
  a = (b + ((t << 5) | (t >>> 27))) | 0;
  t = (d + (b ^ (c & (a ^ b))) + x14 + -1019803690) | 0;
  d = (a + ((t << 9) | (t >>> 23))) | 0;
  t = (c + (a ^ (b & (d ^ a))) + x3 + -187363961) | 0;
  c = (d + ((t << 14) | (t >>> 18))) | 0;
  t = (b + (d ^ (a & (c ^ d))) + x8 + 1163531501) | 0;
  b = (c + ((t << 20) | (t >>> 12))) | 0;
  t = (a + (c ^ (d & (b ^ c))) + x13 + -1444681467) | 0;
  a = (b + ((t << 5) | (t >>> 27))) | 0;
  t = (d + (b ^ (c & (a ^ b))) + x2 + -51403784) | 0;
  d = (a + ((t << 9) | (t >>> 23))) | 0;
  t = (c + (a ^ (b & (d ^ a))) + x7 + 1735328473) | 0;
  c = (d + ((t << 14) | (t >>> 18))) | 0;
  t = (b + (d ^ (a & (c ^ d))) + x12 + -1926607734) | 0;
  b = (c + ((t << 20) | (t >>> 12))) | 0;
  t = (a + (b ^ c ^ d) + x5 + -378558) | 0;
  a = (b + ((t << 4) | (t >>> 28))) | 0;
  t = (d + (a ^ b ^ c) + x8 + -2022574463) | 0;
  d = (a + ((t << 11) | (t >>> 21))) | 0;
  t = (c + (d ^ a ^ b) + x11 + 1839030562) | 0;
  c = (d + ((t << 16) | (t >>> 16))) | 0;
  t = (b + (c ^ d ^ a) + x14 + -35309556) | 0;
  b = (c + ((t << 23) | (t >>> 9))) | 0;
  t = (a + (b ^ c ^ d) + x1 + -1530992060) | 0;
  a = (b + ((t << 4) | (t >>> 28))) | 0;
  t = (d + (a ^ b ^ c) + x4 + 1272893353) | 0;
  d = (a + ((t << 11) | (t >>> 21))) | 0;
  t = (c + (d ^ a ^ b) + x7 + -155497632) | 0;
  c = (d + ((t << 16) | (t >>> 16))) | 0;
  t = (b + (c ^ d ^ a) + x10 + -1094730640) | 0;
  b = (c + ((t << 23) | (t >>> 9))) | 0;
  t = (a + (b ^ c ^ d) + x13 + 681279174) | 0;
  a = (b + ((t << 4) | (t >>> 28))) | 0;
  t = (d + (a ^ b ^ c) + x0 + -358537222) | 0;
  d = (a + ((t << 11) | (t >>> 21))) | 0;
  t = (c + (d ^ a ^ b) + x3 + -722521979) | 0;
  c = (d + ((t << 16) | (t >>> 16))) | 0;
  t = (b + (c ^ d ^ a) + x6 + 76029189) | 0;
  b = (c + ((t << 23) | (t >>> 9))) | 0;
  t = (a + (b ^ c ^ d) + x9 + -640364487) | 0;
  a = (b + ((t << 4) | (t >>> 28))) | 0;
  t = (d + (a ^ b ^ c) + x12 + -421815835) | 0;
  d = (a + ((t << 11) | (t >>> 21))) | 0;
  t = (c + (d ^ a ^ b) + x15 + 530742520) | 0;
  c = (d + ((t << 16) | (t >>> 16))) | 0;
  t = (b + (c ^ d ^ a) + x2 + -995338651) | 0;
  b = (c + ((t << 23) | (t >>> 9))) | 0;
  t = (a + (c ^ (b | ~d)) + x0 + -198630844) | 0;
  a = (b + ((t << 6) | (t >>> 26))) | 0;
  t = (d + (b ^ (a | ~c)) + x7 + 1126891415) | 0;
  d = (a + ((t << 10) | (t >>> 22))) | 0;
  t = (c + (a ^ (d | ~b)) + x14 + -1416354905) | 0;
  c = (d + ((t << 15) | (t >>> 17))) | 0;
  t = (b + (d ^ (c | ~a)) + x5 + -57434055) | 0;
  b = (c + ((t << 21) | (t >>> 11))) | 0;
  t = (a + (c ^ (b | ~d)) + x12 + 1700485571) | 0;
  a = (b + ((t << 6) | (t >>> 26))) | 0;
  t = (d + (b ^ (a | ~c)) + x3 + -1894986606) | 0;
  d = (a + ((t << 10) | (t >>> 22))) | 0;
  t = (c + (a ^ (d | ~b)) + x10 + -1051523) | 0;
  c = (d + ((t << 15) | (t >>> 17))) | 0;
  t = (b + (d ^ (c | ~a)) + x1 + -2054922799) | 0;
  b = (c + ((t << 21) | (t >>> 11))) | 0;
  t = (a + (c ^ (b | ~d)) + x8 + 1873313359) | 0;
  a = (b + ((t << 6) | (t >>> 26))) | 0;
  t = (d + (b ^ (a | ~c)) + x15 + -30611744) | 0;
  d = (a + ((t << 10) | (t >>> 22))) | 0;
  t = (c + (a ^ (d | ~b)) + x6 + -1560198380) | 0;
  c = (d + ((t << 15) | (t >>> 17))) | 0;
  t = (b + (d ^ (c | ~a)) + x13 + 1309151649) | 0;
  b = (c + ((t << 21) | (t >>> 11))) | 0;
  t = (a + (c ^ (b | ~d)) + x4 + -145523070) | 0;
  a = (b + ((t << 6) | (t >>> 26))) | 0;
  t = (d + (b ^ (a | ~c)) + x11 + -1120210379) | 0;
  d = (a + ((t << 10) | (t >>> 22))) | 0;
  t = (c + (a ^ (d | ~b)) + x2 + 718787259) | 0;
  c = (d + ((t << 15) | (t >>> 17))) | 0;
  t = (b + (d ^ (c | ~a)) + x9 + -343485551) | 0;
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
  const b = BYTES;
  let n = 0;
  for (let i = 0; i < length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      b[n++] = c;
      continue;
    }
    if (c < 0x800) {
      if (n > 53) return false;
      b[n++] = 0xc0 | (c >> 6);
      b[n++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        if (n > 51) return false;
        c = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        i++;
        b[n++] = 0xf0 | (c >> 18);
        b[n++] = 0x80 | ((c >> 12) & 0x3f);
        b[n++] = 0x80 | ((c >> 6) & 0x3f);
        b[n++] = 0x80 | (c & 0x3f);
        continue;
      }
      c = 0xfffd;
    }
    if (n > 52) return false;
    b[n++] = 0xe0 | (c >> 12);
    b[n++] = 0x80 | ((c >> 6) & 0x3f);
    b[n++] = 0x80 | (c & 0x3f);
  }
  if (n > 55) return false;
  b[n] = 0x80;
  // Clear what earlier calls left behind: the rest of this word bytewise, then whole words.
  for (let k = n + 1; (k & 3) !== 0; k++) b[k] = 0;
  const words = BYTE_WORDS;
  for (let k = (n >> 2) + 1; k < 14; k++) words[k] = 0;
  // Bytes 56..63 hold the bit length; with n < 56 only bytes 56 and 57 can be non-zero, and
  // bytes 58..63 are never written.
  b[56] = (n << 3) & 0xff;
  b[57] = n >> 5;
  return true;
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
