// The hot loop of bookReportFromFile as a small WebAssembly function, generated here rather than
// shipped as a binary. Why: a command that runs for a fraction of a second spends most of it in
// JavaScript that V8 has not optimized yet (measured: 240 ms for the first pass over
// /usr/share/dict/words, 26 ms once optimized), while WebAssembly is compiled to machine code
// before its first call. It splits ASCII text, lower-cases it and places each word with the
// book's alpha, MurmurHash3 x86_32 (Austin Appleby's MurmurHash3.cpp) and MD5 (RFC 1321),
// leaving every word that is not plain ASCII to the exact JavaScript path.

/** Memory layout shared with the caller. */
export const _KERNEL_SPACE_TABLE = 0; // 128 bytes: 1 where an ASCII byte is Python whitespace
const BLOCK = 128; // 64 bytes: the MD5 block, which holds the lower-cased word
export const _KERNEL_COUNTS = 192; // 12 × i32: alpha, hash, md5 counts of server0..3
/** Where the caller copies the text. */
export const _KERNEL_TEXT = 256;

/**
 * `scan(start, end, seed)` places every word of the bytes at [start, end) and returns `end`,
 * or stops at the first word (or whitespace) that has a byte above 0x7f or is longer than 55
 * bytes, returning where that word (or whitespace run) starts so the caller can take it.
 */
export interface _BookKernel {
  readonly memory: _WasmMemory;
  readonly scan: (start: number, end: number, seed: number) => number;
}

/** The part of `WebAssembly.Memory` used here (the workspace's type libraries omit WebAssembly). */
export interface _WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { readonly exports: object };
}

const I32 = 0x7f;
// Locals after the three parameters (start 0, end 1, seed 2).
const I = 3;
const C = 4;
const WS = 5;
const N = 6;
const H = 7;
const T = 8;
const J = 9;
const K = 10;
const A = 11;
const B = 12;
const CC = 13;
const D = 14;
const X = 15; // x0..x15 at 15..30
const LOCALS = 28;

const op = {
  unreachable: 0x00,
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  return: 0x0f,
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

/** The round function of the newest register `b` and the others, newest first for a short chain. */
function md5F(i: number, b: number, c: number, d: number): number[] {
  const notD = [...get(d), ...i32(-1), op.xor];
  if (i < 16) return [...get(d), ...get(b), ...get(c), ...get(d), op.xor, op.and, op.xor];
  if (i < 32) return [...get(b), ...get(d), op.and, ...get(c), ...notD, op.and, op.or];
  if (i < 48) return [...get(b), ...get(c), ...get(d), op.xor, op.xor];
  return [...get(c), ...get(b), ...notD, op.or, op.xor];
}

function md5Body(): number[] {
  const code: number[] = [];
  for (let k = 0; k < 16; k++) code.push(...i32(0), ...load(BLOCK + 4 * k), ...set(X + k));
  code.push(...i32(0x67452301), ...set(A), ...i32(0xefcdab89), ...set(B));
  code.push(...i32(0x98badcfe), ...set(CC), ...i32(0x10325476), ...set(D));
  const registers = [A, B, CC, D];
  // The digest's last byte is the top byte of the final d, known after step 61.
  for (let i = 0; i <= 61; i++) {
    const r = (4 - (i % 4)) % 4;
    const [a, b, c, d] = [0, 1, 2, 3].map((k) => registers[(r + k) % 4]!) as [
      number,
      number,
      number,
      number,
    ];
    code.push(...get(X + md5Index(i)), ...i32(MD5_K[i]!), op.add, ...get(a), op.add);
    code.push(...md5F(i, b, c, d), op.add);
    code.push(...i32(MD5_S[(i >> 4) * 4 + (i % 4)]!), op.rotl, ...get(b), op.add, ...set(a));
  }
  code.push(...get(D), ...i32(0x10325476), op.add, ...i32(24), op.shrU, ...i32(3), op.and);
  code.push(...i32(2), op.shl, ...i32(_KERNEL_COUNTS + 32), op.add, ...set(K), ...increment);
  return code;
}

function murmurBody(): number[] {
  const C1 = 0xcc9e2d51 | 0;
  const C2 = 0x1b873593;
  const mixK = [...i32(C1), op.mul, ...i32(15), op.rotl, ...i32(C2), op.mul];
  return [
    ...get(2),
    ...set(H),
    ...get(N),
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
    ...get(N),
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
    ...get(N),
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
    ...get(0),
    ...set(I),
    op.loop,
    VOID,
    // Whitespace.
    op.block,
    VOID,
    op.loop,
    VOID,
    ...get(I),
    ...get(1),
    op.geU,
    op.if,
    VOID,
    ...get(1),
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
    ...get(1),
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
    // alpha: cuts at "g", "n" and "t" on the first byte.
    ...i32(0),
    ...load8(BLOCK),
    ...tee(C),
    ...i32(0x67),
    op.geU,
    ...get(C),
    ...i32(0x6e),
    op.geU,
    op.add,
    ...get(C),
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
    ...get(N),
    ...i32(0x80),
    ...store8(BLOCK),
    ...get(N),
    ...i32(BLOCK + 1),
    op.add,
    ...i32(0),
    ...i32(55),
    ...get(N),
    op.sub,
    ...MEMORY_FILL,
    ...i32(0),
    ...get(N),
    ...i32(3),
    op.shl,
    ...store(BLOCK + 56),
    ...i32(0),
    ...i32(0),
    ...store(BLOCK + 60),
    ...md5Body(),
    op.br,
    0,
    op.end,
    op.unreachable,
  ];
}

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

function name(text: string): number[] {
  return [text.length, ...Array.from(text, (ch) => ch.charCodeAt(0))];
}

function moduleBytes(): Uint8Array {
  const body = [1, ...uleb(LOCALS), I32, ...scanBody(), op.end];
  return new Uint8Array([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, [1, 0x60, 3, I32, I32, I32, 1, I32]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0x00, 1]),
    ...section(7, [2, ...name("scan"), 0x00, 0, ...name("memory"), 0x02, 0]),
    ...section(10, [1, ...uleb(body.length), ...body]),
  ]);
}

let kernel: _BookKernel | null | undefined;

/**
 * The kernel, instantiated on first use, or `null` where WebAssembly cannot run (such as
 * `node --jitless`); callers then take the JavaScript path, which gives the same counts.
 */
export function _bookKernel(): _BookKernel | null {
  if (kernel !== undefined) return kernel;
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  try {
    if (wasm === undefined) throw new Error("no WebAssembly");
    const instance = new wasm.Instance(new wasm.Module(moduleBytes()));
    const { memory, scan } = instance.exports as unknown as _BookKernel;
    kernel = { memory, scan };
  } catch {
    kernel = null;
  }
  return kernel;
}
