import type { Serializer } from "memjs";
import { type EncodedValue, encodeValue } from "./_encode_value.ts";
import type { CacheValue } from "./cache.ts";

/** An item read back through {@linkcode flagsSerializer}: its text and its memcached flags. */
export type StoredItem = EncodedValue;

/**
 * A memjs serializer that writes memcached item flags the way python-memcache and pylibmc do,
 * so `set("sq:3", 9)` comes back as the int `9` in Python (flags 2) and strings as `str`
 * (flags 16); reading returns the text together with the flags it was stored with.
 *
 * memjs 1.3.2's `set` has no flags option; its serializer receives the request extras, whose
 * first four bytes (big-endian) are the flags.
 *
 * @example
 * ```ts
 * import { Client } from "memjs";
 * import { flagsSerializer, startMemcached } from "@ch8/cache-demo";
 *
 * const server = await startMemcached();
 * const client = Client.create(server.address, { serializer: flagsSerializer });
 * await client.set("sq:3", 9);
 * (await client.get("sq:3")).value; //=> { text: "9", flags: 2 }
 * client.close();
 * await server.close();
 * ```
 */
export const flagsSerializer: Serializer<CacheValue, StoredItem | null> = {
  serialize(_opcode, value, extras) {
    const { text, flags } = encodeValue(value);
    // append/prepend send no extras (an empty string): there are no flags to write then
    if (Buffer.isBuffer(extras) && extras.length >= 4) {
      const withFlags = Buffer.from(extras);
      withFlags.writeUInt32BE(flags, 0);
      return { value: text, extras: withFlags };
    }
    return { value: text, extras };
  },
  deserialize(_opcode, value, extras) {
    if (value === null) return { value: null, extras };
    const flags = Buffer.isBuffer(extras) && extras.length >= 4 ? extras.readUInt32BE(0) : 0;
    return { value: { text: value.toString("utf8"), flags }, extras };
  },
};
