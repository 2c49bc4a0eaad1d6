import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { Deadlines } from "./_deadlines.ts";

describe("Deadlines", () => {
  it("expires entries not done in time, once, with their token", async () => {
    const deadlines = new Deadlines(5);
    const expired: number[] = [];
    const a = deadlines.add({ onTimeout: (token) => expired.push(token) });
    const b = deadlines.add({ onTimeout: (token) => expired.push(token) });
    expect(deadlines.done(b)).toBe(true);
    await sleep(30);
    expect(expired).toEqual([a]);
    expect(deadlines.done(a)).toBe(false);
  });

  it("lets a target re-registered during a sweep ignore its stale token", async () => {
    const deadlines = new Deadlines(5);
    const seen: string[] = [];
    // second's current token changes while first expires in the same sweep
    const second = {
      token: -1,
      onTimeout(token: number) {
        seen.push(token === this.token ? "second expired" : "second stale");
      },
    };
    deadlines.add({
      onTimeout: () => {
        seen.push("first expired");
        second.token = deadlines.add(second);
      },
    });
    second.token = deadlines.add(second);
    await sleep(8);
    await sleep(30);
    expect(seen).toEqual(["first expired", "second stale", "second expired"]);
  });

  it("expireAll() expires everything pending at once", () => {
    const deadlines = new Deadlines(10_000);
    let count = 0;
    deadlines.add({ onTimeout: () => count++ });
    deadlines.add({ onTimeout: () => count++ });
    deadlines.expireAll();
    expect(count).toBe(2);
  });
});
