import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { Request } from "zeromq";
import { freeEndpoints } from "./_test_support.ts";
import { curveKeysFromEnv } from "./curve_keys_from_env.ts";
import { formatCurveKeys } from "./format_curve_keys.ts";
import { generateCurveKeys } from "./generate_curve_keys.ts";
import { PythagorasRole } from "./pythagoras_role.ts";
import { readCurveKeys } from "./read_curve_keys.ts";
import { runPipeline } from "./run_pipeline.ts";

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const undo of cleanup.splice(0)) undo();
});

describe("CURVE keys", () => {
  test("round-trip through a key file and the environment", () => {
    const keys = generateCurveKeys();
    for (const key of Object.values(keys))
      expect(key).toMatch(/^[0-9a-zA-Z.\-:+=^!/*?&<>()[\]{}@%$#]{40}$/);
    const dir = mkdtempSync(join(tmpdir(), "pi-queue-"));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, "curve.keys");
    writeFileSync(file, `# pi-queue keys\n${formatCurveKeys(keys)}`);
    expect(readCurveKeys(file)).toEqual(keys);
    const env: Record<string, string> = {};
    for (const line of formatCurveKeys(keys).trim().split("\n")) {
      const eq = line.indexOf("=");
      env[line.slice(0, eq)] = line.slice(eq + 1);
    }
    expect(curveKeysFromEnv(env)).toEqual(keys);
    expect(curveKeysFromEnv({})).toBeUndefined();
  });

  test("reject malformed keys and missing public keys with E_CURVE_KEYS", () => {
    const keys = generateCurveKeys();
    expect(() => curveKeysFromEnv({ PI_QUEUE_CURVE_SERVER_PUBLIC_KEY: "short" })).toThrow(
      expect.objectContaining({ code: "E_CURVE_KEYS" }),
    );
    expect(() =>
      curveKeysFromEnv({ PI_QUEUE_CURVE_SERVER_PUBLIC_KEY: keys.serverPublicKey }),
    ).toThrow(/PI_QUEUE_CURVE_CLIENT_PUBLIC_KEY missing/);
    expect(() => readCurveKeys("/nonexistent/curve.keys")).toThrow(
      expect.objectContaining({ code: "E_CURVE_KEYS" }),
    );
  });

  test("a CURVE server answers only the client key it was given", async () => {
    const keys = generateCurveKeys();
    const pythagoras = new PythagorasRole({
      endpoints: { reqrep: "tcp://127.0.0.1:*" },
      curve: keys,
    });
    cleanup.push(() => pythagoras.close());
    await pythagoras.start();
    const ask = async (options: ConstructorParameters<typeof Request>[0]) => {
      const req = new Request({ linger: 0, receiveTimeout: 500, ...options });
      cleanup.push(() => req.close());
      req.connect(pythagoras.endpoint!);
      await req.send("[3, 4]");
      try {
        return String((await req.receive())[0]);
      } catch (error) {
        return (error as { code?: string }).code;
      }
    };
    const stranger = generateCurveKeys();
    expect(
      await ask({
        curveServerKey: keys.serverPublicKey,
        curvePublicKey: keys.clientPublicKey,
        curveSecretKey: keys.clientSecretKey,
      }),
    ).toBe("25");
    expect(
      await ask({
        curveServerKey: keys.serverPublicKey,
        curvePublicKey: stranger.clientPublicKey,
        curveSecretKey: stranger.clientSecretKey,
      }),
    ).toBe("EAGAIN");
    expect(await ask({})).toBe("EAGAIN");
  });

  test("a CURVE-secured pipeline runs and counts every point", async () => {
    const result = await runPipeline({
      seconds: 1,
      endpoints: await freeEndpoints(),
      rate: "max",
      curve: generateCurveKeys(),
    });
    expect(result.drained).toBe(true);
    expect(result.points).toBeGreaterThan(500);
    expect(result.tallied).toBe(result.sent);
    expect(Math.abs(result.estimate - Math.PI)).toBeLessThan(5 * result.standardError);
  });
});
