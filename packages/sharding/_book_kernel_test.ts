import { describe, expect, it } from "vitest";
import { _bookKernel, _KERNEL_BLOCK, _KERNEL_COUNTS } from "./_book_kernel.ts";
import { _bookKernelCode } from "./_book_kernel_code.ts";
import { _BOOK_KERNEL_WASM } from "./_book_kernel_wasm.ts";
import { alphaShard } from "./alpha_shard.ts";
import { hashShard } from "./hash_shard.ts";
import { md5Shard } from "./md5_shard.ts";

describe("_bookKernel()", () => {
  it("embeds the module _book_kernel_code.ts generates (else run testdata/gen_book_kernel.ts)", () => {
    expect(Buffer.from(_bookKernelCode()).toString("base64")).toBe(_BOOK_KERNEL_WASM);
  });

  it("places the bytes it is given as the shard functions place the word", () => {
    const kernel = _bookKernel();
    if (kernel === null) throw new Error("WebAssembly is unavailable in this Node.js");
    const encoder = new TextEncoder();
    for (const word of ["a", "zz", "épée", "ñ", "straße", "😀x", "g".repeat(55), "n", "t", "m"]) {
      for (const seed of [0, 7, -1]) {
        const heap = new Uint8Array(kernel.memory.buffer);
        heap.fill(0xff, _KERNEL_BLOCK, _KERNEL_BLOCK + 64); // leftovers must not matter
        heap.fill(0, _KERNEL_COUNTS, _KERNEL_COUNTS + 52);
        const bytes = encoder.encode(word);
        heap.set(bytes, _KERNEL_BLOCK);
        kernel.place(bytes.length, seed);
        kernel.flush();
        const counts = [...new Int32Array(kernel.memory.buffer, _KERNEL_COUNTS, 12)];
        const want = new Array<number>(12).fill(0);
        want[Number(alphaShard(word).slice(-1))] = 1;
        want[4 + Number(hashShard(word, seed >>> 0).slice(-1))] = 1;
        want[8 + Number(md5Shard(word).slice(-1))] = 1;
        expect(counts, `${word} seed ${seed}`).toEqual(want);
      }
    }
  });
});
