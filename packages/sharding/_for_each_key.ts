import type { KeySource } from "./key_source.ts";

interface Batched {
  batches(): AsyncIterable<string[]>;
}

/** Call `visit` on every key, using a stream's batches when it has them. */
export async function _forEachKey(keys: KeySource, visit: (key: string) => void): Promise<void> {
  if (typeof (keys as Partial<Batched>).batches === "function") {
    for await (const batch of (keys as unknown as Batched).batches()) {
      for (const key of batch) visit(key);
    }
    return;
  }
  if (Symbol.iterator in keys) {
    for (const key of keys) visit(key);
    return;
  }
  for await (const key of keys) visit(key);
}
