import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPython } from "./_test_python.ts";
import { computeSquare } from "./compute_square.ts";
import { MemjsCache } from "./memjs_cache.ts";
import { type MemcachedProcess, startMemcached } from "./start_memcached.ts";

// Reads keys with python-memcache and pylibmc and prints what each returns, with its type.
const READ = `
import json, sys, memcache, pylibmc
server, keys = sys.argv[1], sys.argv[2].split(',')
pm = memcache.Client([server])
pl = pylibmc.Client([server])
# ints go over as decimal text so JSON keeps every digit
def show(v):
    return [type(v).__name__, str(v) if isinstance(v, int) else v.decode() if isinstance(v, bytes) else v]
print(json.dumps({'memcache': [show(pm.get(k)) for k in keys], 'pylibmc': [show(pl.get(k)) for k in keys]}))
`;

// Writes values the way the book's squares.py does (ints), plus text and a big int.
const WRITE = `
import sys, memcache, pylibmc
server, prefix = sys.argv[1], sys.argv[2]
client = memcache.Client([server]) if prefix == 'pm' else pylibmc.Client([server])
client.set(prefix + ':sq:12', 144)
client.set(prefix + ':text', 'héllo')
client.set(prefix + ':big', 2 ** 70)
client.set(prefix + ':bytes', b'raw')
client.set(prefix + ':pickled', [1, 2])
`;

describe("Python interop (python-memcache and pylibmc)", () => {
  let server: MemcachedProcess;
  let cache: MemjsCache;
  beforeAll(async () => {
    server = await startMemcached();
    cache = new MemjsCache(server.address);
  });
  afterAll(async () => {
    await cache?.close();
    await server?.close();
  });

  it("Python reads what computeSquare() and set() stored as the same types", async () => {
    await computeSquare(cache, 12, { delayMs: 0 });
    await cache.set("js:text", "héllo");
    await cache.set("js:big", 2n ** 70n);
    const out = JSON.parse(await runPython(READ, [server.address, "sq:12,js:text,js:big"]));
    const expected = [
      ["int", "144"],
      ["str", "héllo"],
      ["int", "1180591620717411303424"],
    ];
    expect(out).toEqual({ memcache: expected, pylibmc: expected });
  });

  for (const [prefix, name] of [
    ["pm", "python-memcache"],
    ["pl", "pylibmc"],
  ] as const) {
    it(`reads what ${name} stored, and computeSquare() hits Python's square`, async () => {
      await runPython(WRITE, [server.address, prefix]);
      expect(await cache.get(`${prefix}:sq:12`)).toBe("144");
      expect(await cache.get(`${prefix}:text`)).toBe("héllo");
      expect(await cache.get(`${prefix}:big`)).toBe("1180591620717411303424");
      expect(await cache.get(`${prefix}:bytes`)).toBe("raw");
      await expect(cache.get(`${prefix}:pickled`)).rejects.toMatchObject({
        code: "E_UNSUPPORTED_VALUE",
      });
    });
  }

  it("computeSquare() returns a square Python stored without recomputing it", async () => {
    await runPython(
      "import sys, memcache\nmemcache.Client([sys.argv[1]]).set('sq:4321', 4321 * 4321)",
      [server.address],
    );
    let slept = 0;
    const value = await computeSquare(cache, 4321, {
      sleep: async () => {
        slept++;
      },
    });
    expect(value).toBe(4321 * 4321);
    expect(slept).toBe(0);
  });
});
