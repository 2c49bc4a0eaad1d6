// Generates the WebAssembly of _book_kernel_wasm.ts (run testdata/gen_book_kernel.ts after a
// change; _book_kernel_test.ts fails until the two agree). Hand-assembled, to need no toolchain:
// the binary format is the WebAssembly 2.0 specification's, and MD5 follows RFC 1321 and
// MurmurHash3_x86_32 Austin Appleby's MurmurHash3.cpp.
import {
  _KERNEL_BLOCK,
  _KERNEL_COUNTS,
  _KERNEL_GROUP,
  _KERNEL_LANES,
  _KERNEL_SPACE_TABLE,
} from "./_book_kernel.ts";

const BLOCK = _KERNEL_BLOCK;
const I32 = 0x7f;

// scan(start, end, seed) -> stop: its parameters, then its locals.
const START = 0;
const END = 1;
const SCAN_SEED = 2;
const I = 3;
const C = 4;
const WS = 5;
const N = 6;
const SCAN_LOCALS = 4;

// place(n, seed): its parameters, then its locals.
const PN = 0;
const SEED = 1;
const H = 2;
const T = 3;
const J = 4;
const K = 5;
const PLACE_LOCALS = 4;

const op = {
  unreachable: 0x00,
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  return: 0x0f,
  call: 0x10,
  get: 0x20,
  set: 0x21,
  tee: 0x22,
  load: 0x28,
  load8: 0x2d,
  store: 0x36,
  store8: 0x3a,
  const: 0x41,
  eqz: 0x45,
  ltU: 0x49,
  geU: 0x4f,
  add: 0x6a,
  sub: 0x6b,
  mul: 0x6c,
  and: 0x71,
  or: 0x72,
  xor: 0x73,
  shl: 0x74,
  shrU: 0x76,
  rotl: 0x77,
} as const;
const VOID = 0x40;

function uleb(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
}

function sleb(value: number): number[] {
  const out: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

const get = (local: number) => [op.get, local];
const set = (local: number) => [op.set, local];
const tee = (local: number) => [op.tee, local];
const i32 = (value: number) => [op.const, ...sleb(value)];
const mem = (code: number, align: number, offset: number) => [code, align, ...uleb(offset)];
const load = (offset: number) => mem(op.load, 2, offset);
const load8 = (offset: number) => mem(op.load8, 0, offset);
const store = (offset: number) => mem(op.store, 2, offset);
const store8 = (offset: number) => mem(op.store8, 0, offset);
const MEMORY_FILL = [0xfc, 0x0b, 0x00];

/** counts[index]++ for the i32 at address `index` (on the stack as the local K). */
const increment = [...get(K), ...get(K), ...load(0), ...i32(1), op.add, ...store(0)];

// MD5's per-step constants, shifts and message-word order (RFC 1321, section 3.4).
const MD5_K = Array.from(
  { length: 64 },
  (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0,
);
const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
function md5Index(i: number): number {
  if (i < 16) return i;
  if (i < 32) return (5 * i + 1) % 16;
  if (i < 48) return (3 * i + 5) % 16;
  return (7 * i) % 16;
}

const V128 = 0x7b;
const simd = (code: number, ...rest: number[]) => [0xfd, ...uleb(code), ...rest];
const v = {
  load: (offset: number) => simd(0x00, 4, ...uleb(offset)),
  splat: simd(0x11),
  not: simd(0x4d),
  and: simd(0x4e),
  andNot: simd(0x4f),
  or: simd(0x50),
  xor: simd(0x51),
  shl: simd(0xab),
  shrU: simd(0xad),
  add: simd(0xae),
};

// flush(): its locals (no parameters), two i32 then five v128.
const L = 0;
const ADDR = 1;
const VA = 2;
const VB = 3;
const VC = 4;
const VD = 5;
const VT = 6;

/**
 * The round function of the newest register `b` and the others, in forms that put `b` one or
 * two operations from the result: F = d ^ (b & (c ^ d)), G = (b & d) | (c & ~d),
 * H = b ^ (c ^ d), I = c ^ (b | ~d).
 */
function md5F(i: number, b: number, c: number, d: number): number[] {
  if (i < 16) return [...get(d), ...get(b), ...get(c), ...get(d), ...v.xor, ...v.and, ...v.xor];
  if (i < 32) return [...get(b), ...get(d), ...v.and, ...get(c), ...get(d), ...v.andNot, ...v.or];
  if (i < 48) return [...get(b), ...get(c), ...get(d), ...v.xor, ...v.xor];
  return [...get(c), ...get(b), ...get(d), ...v.not, ...v.or, ...v.xor];
}

/**
 * MD5 of the group's four blocks at once, one per 32-bit lane: MD5 is one long chain of
 * dependent steps, so one block leaves most of the processor idle, and four in a vector cost
 * about as much as one. Then counts the md5 section for the lanes in use.
 */
function flushBody(): number[] {
  const code: number[] = [...i32(0), ...load(_KERNEL_LANES), ...tee(L), op.eqz, op.if, VOID];
  code.push(op.return, op.end);
  code.push(...i32(0x67452301), ...v.splat, ...set(VA), ...i32(0xefcdab89), ...v.splat, ...set(VB));
  code.push(...i32(0x98badcfe), ...v.splat, ...set(VC), ...i32(0x10325476), ...v.splat, ...set(VD));
  const registers = [VA, VB, VC, VD];
  // The digest's last byte is the top byte of the final d, known after step 61.
  for (let i = 0; i <= 61; i++) {
    const r = (4 - (i % 4)) % 4;
    const [a, b, c, d] = [0, 1, 2, 3].map((k) => registers[(r + k) % 4]!) as [
      number,
      number,
      number,
      number,
    ];
    const s = MD5_S[(i >> 4) * 4 + (i % 4)]!;
    // Message word, constant and the old register first: they are ready long before the newest.
    code.push(...i32(0), ...v.load(_KERNEL_GROUP + 16 * md5Index(i)), ...i32(MD5_K[i]!));
    code.push(...v.splat, ...v.add, ...get(a), ...v.add, ...md5F(i, b, c, d), ...v.add);
    code.push(...tee(VT), ...i32(s), ...v.shl, ...get(VT), ...i32(32 - s), ...v.shrU, ...v.or);
    code.push(...get(b), ...v.add, ...set(a));
  }
  // md5 counts, for the lanes in use; then the group is empty again.
  code.push(...get(VD), ...i32(0x10325476), ...v.splat, ...v.add, ...set(VT), op.block, VOID);
  for (let lane = 0; lane < 4; lane++) {
    code.push(...i32(lane), ...get(L), op.geU, op.brIf, 0);
    code.push(...get(VT), ...simd(0x1b, lane), ...i32(24), op.shrU, ...i32(3), op.and);
    code.push(...i32(2), op.shl, ...i32(_KERNEL_COUNTS + 32), op.add, ...set(ADDR));
    code.push(...get(ADDR), ...get(ADDR), ...load(0), ...i32(1), op.add, ...store(0));
  }
  code.push(op.end, ...i32(0), ...i32(0), ...store(_KERNEL_LANES));
  return code;
}

function murmurBody(): number[] {
  const C1 = 0xcc9e2d51 | 0;
  const C2 = 0x1b873593;
  const mixK = [...i32(C1), op.mul, ...i32(15), op.rotl, ...i32(C2), op.mul];
  return [
    ...get(SEED),
    ...set(H),
    ...get(PN),
    ...i32(-4),
    op.and,
    ...set(T),
    ...i32(0),
    ...set(J),
    op.block,
    VOID,
    op.loop,
    VOID,
    ...get(J),
    ...get(T),
    op.geU,
    op.brIf,
    1,
    ...get(J),
    ...load(BLOCK),
    ...mixK,
    ...get(H),
    op.xor,
    ...i32(13),
    op.rotl,
    ...i32(5),
    op.mul,
    ...i32(0xe6546b64 | 0),
    op.add,
    ...set(H),
    ...get(J),
    ...i32(4),
    op.add,
    ...set(J),
    op.br,
    0,
    op.end,
    op.end,
    // The tail, masked: the block holds older words' bytes past this one.
    ...get(PN),
    ...i32(3),
    op.and,
    ...tee(K),
    op.if,
    VOID,
    ...get(T),
    ...load(BLOCK),
    ...i32(1),
    ...get(K),
    ...i32(3),
    op.shl,
    op.shl,
    ...i32(1),
    op.sub,
    op.and,
    ...mixK,
    ...get(H),
    op.xor,
    ...set(H),
    op.end,
    ...get(H),
    ...get(PN),
    op.xor,
    ...tee(H),
    ...get(H),
    ...i32(16),
    op.shrU,
    op.xor,
    ...i32(0x85ebca6b | 0),
    op.mul,
    ...tee(H),
    ...get(H),
    ...i32(13),
    op.shrU,
    op.xor,
    ...i32(0xc2b2ae35 | 0),
    op.mul,
    ...tee(H),
    ...get(H),
    ...i32(16),
    op.shrU,
    op.xor,
    ...i32(3),
    op.and,
    ...i32(2),
    op.shl,
    ...i32(_KERNEL_COUNTS + 16),
    op.add,
    ...set(K),
    ...increment,
  ];
}

function scanBody(): number[] {
  const isSpace = [...get(C), ...load8(_KERNEL_SPACE_TABLE)];
  const returnIfHigh = (at: number) => [
    ...i32(0x80),
    op.geU,
    op.if,
    VOID,
    ...get(at),
    op.return,
    op.end,
  ];
  return [
    ...get(START),
    ...set(I),
    op.loop,
    VOID,
    // Whitespace.
    op.block,
    VOID,
    op.loop,
    VOID,
    ...get(I),
    ...get(END),
    op.geU,
    op.if,
    VOID,
    ...get(END),
    op.return,
    op.end,
    ...get(I),
    ...load8(0),
    ...tee(C),
    ...returnIfHigh(I),
    ...isSpace,
    op.eqz,
    op.brIf,
    1,
    ...get(I),
    ...i32(1),
    op.add,
    ...set(I),
    op.br,
    0,
    op.end,
    op.end,
    // A word: copied lower-cased into the block.
    ...get(I),
    ...set(WS),
    op.block,
    VOID,
    op.loop,
    VOID,
    ...get(I),
    ...get(END),
    op.geU,
    op.brIf,
    1,
    ...get(I),
    ...load8(0),
    ...tee(C),
    ...returnIfHigh(WS),
    ...isSpace,
    op.brIf,
    1,
    ...get(I),
    ...get(WS),
    op.sub,
    ...tee(N),
    ...i32(55),
    op.geU,
    op.if,
    VOID,
    ...get(WS),
    op.return,
    op.end,
    ...get(N),
    ...get(C),
    ...get(C),
    ...i32(0x41),
    op.sub,
    ...i32(26),
    op.ltU,
    ...i32(5),
    op.shl,
    op.add,
    ...store8(BLOCK),
    ...get(I),
    ...i32(1),
    op.add,
    ...set(I),
    op.br,
    0,
    op.end,
    op.end,
    ...get(I),
    ...get(WS),
    op.sub,
    ...set(N),
    ...get(N),
    ...get(SCAN_SEED),
    op.call,
    1,
    op.br,
    0,
    op.end,
    op.unreachable,
  ];
}

function placeBody(): number[] {
  return [
    // alpha: cuts at "g", "n" and "t" on the first byte (every byte of a non-ASCII character is
    // above "t").
    ...i32(0),
    ...load8(BLOCK),
    ...tee(K),
    ...i32(0x67),
    op.geU,
    ...get(K),
    ...i32(0x6e),
    op.geU,
    op.add,
    ...get(K),
    ...i32(0x74),
    op.geU,
    op.add,
    ...i32(2),
    op.shl,
    ...i32(_KERNEL_COUNTS),
    op.add,
    ...set(K),
    ...increment,
    ...murmurBody(),
    // MD5 padding: 0x80, zeros, the length in bits (the block's last word stays zero).
    ...get(PN),
    ...i32(0x80),
    ...store8(BLOCK),
    ...get(PN),
    ...i32(BLOCK + 1),
    op.add,
    ...i32(0),
    ...i32(55),
    ...get(PN),
    op.sub,
    ...MEMORY_FILL,
    ...i32(0),
    ...get(PN),
    ...i32(3),
    op.shl,
    ...store(BLOCK + 56),
    ...i32(0),
    ...i32(0),
    ...store(BLOCK + 60),
    // Into the next lane of the group; a full group is hashed at once.
    ...i32(0),
    ...load(_KERNEL_LANES),
    ...i32(2),
    op.shl,
    ...set(K),
    ...Array.from({ length: 16 }, (_, k) => [
      ...get(K),
      ...i32(0),
      ...load(BLOCK + 4 * k),
      ...store(_KERNEL_GROUP + 16 * k),
    ]).flat(),
    ...i32(0),
    ...get(K),
    ...i32(4),
    op.add,
    ...i32(2),
    op.shrU,
    ...store(_KERNEL_LANES),
    ...get(K),
    ...i32(12),
    op.geU,
    op.if,
    VOID,
    op.call,
    2,
    op.end,
  ];
}

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

function name(text: string): number[] {
  return [text.length, ...Array.from(text, (ch) => ch.charCodeAt(0))];
}

/** The kernel's WebAssembly module: exports `scan`, `place`, `flush` and `memory` (see _book_kernel.ts). */
export function _bookKernelCode(): Uint8Array {
  const scan = [1, SCAN_LOCALS, I32, ...scanBody(), op.end];
  const place = [1, PLACE_LOCALS, I32, ...placeBody(), op.end];
  const flush = [2, 2, I32, 5, V128, ...flushBody(), op.end];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [3, 0x60, 3, I32, I32, I32, 1, I32, 0x60, 2, I32, I32, 0, 0x60, 0, 0]),
    ...section(3, [3, 0, 1, 2]),
    ...section(5, [1, 0x00, 1]),
    ...section(7, [
      4,
      ...name("flush"),
      0x00,
      2,
      ...name("scan"),
      0x00,
      0,
      ...name("place"),
      0x00,
      1,
      ...name("memory"),
      0x02,
      0,
    ]),
    ...section(10, [
      3,
      ...uleb(scan.length),
      ...scan,
      ...uleb(place.length),
      ...place,
      ...uleb(flush.length),
      ...flush,
    ]),
  ]);
}
