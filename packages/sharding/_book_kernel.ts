// The hot loop of bookReportFromFile as a small WebAssembly module (built by
// _book_kernel_code.ts, embedded by _book_kernel_wasm.ts). Why: a command that runs for a
// fraction of a second spends most of it in JavaScript that V8 has not optimized yet (measured:
// 240 ms for the first pass over /usr/share/dict/words, 26 ms once optimized), while
// WebAssembly is compiled to machine code before its first call. It splits ASCII text,
// lower-cases it and places each word with the book's alpha, MurmurHash3 and MD5, leaving every
// word that is not plain ASCII to the exact JavaScript path, which then places its lower-cased
// bytes with the same module.
import { _BOOK_KERNEL_WASM } from "./_book_kernel_wasm.ts";

/** 128 bytes: 1 where an ASCII byte is Python whitespace. */
export const _KERNEL_SPACE_TABLE = 0;
/** 64 bytes: the MD5 block, which holds the word being placed. */
export const _KERNEL_BLOCK = 128;
/** 12 × i32: the alpha, hash and md5 counts of server0..server3. */
export const _KERNEL_COUNTS = 192;
/** i32: how many lanes of the group hold a block waiting for MD5. */
export const _KERNEL_LANES = 240;
/** 256 bytes: four MD5 blocks, one per 32-bit lane (message word k of lane l at 16k + 4l). */
export const _KERNEL_GROUP = 256;
/** Where the caller copies the text. */
export const _KERNEL_TEXT = 512;

/** The part of `WebAssembly.Memory` used here (the workspace's type libraries omit WebAssembly). */
export interface _WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

/** The module's exports. */
export interface _BookKernel {
  readonly memory: _WasmMemory;
  /**
   * Places every word of the bytes at [start, end) and returns `end`, or stops at the first
   * word (or whitespace) that has a byte above 0x7f or is longer than 55 bytes, returning where
   * that word (or whitespace run) starts so the caller can take it.
   */
  readonly scan: (start: number, end: number, seed: number) => number;
  /**
   * Places the `n` (1..55) bytes at {@linkcode _KERNEL_BLOCK}, as they are (no lower-casing).
   * The md5 count waits until four words are in the group, or {@linkcode _BookKernel.flush}.
   */
  readonly place: (n: number, seed: number) => void;
  /** Hashes the words waiting in the group and counts their md5 placements. */
  readonly flush: () => void;
}

interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { readonly exports: object };
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
    const bytes = Buffer.from(_BOOK_KERNEL_WASM, "base64");
    const instance = new wasm.Instance(new wasm.Module(bytes));
    const { memory, scan, place, flush } = instance.exports as _BookKernel;
    kernel = { memory, scan, place, flush };
  } catch {
    kernel = null;
  }
  return kernel;
}
