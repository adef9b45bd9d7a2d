import { describe, expect, it } from "vitest";
import { inFlight } from "../../lib/search/in-flight";

describe("computations in flight", () => {
  it("shares one computation among callers asking while it runs, and computes anew after it ends", async () => {
    const once = inFlight<number>();
    let runs = 0;
    let finish: (value: number) => void = () => {};
    const compute = () => {
      runs += 1;
      return new Promise<number>((resolve) => (finish = resolve));
    };
    const first = once("a", compute);
    const second = once("a", compute);
    expect(runs).toBe(1);
    finish(42);
    expect(await Promise.all([first, second])).toEqual([42, 42]);
    const third = once("a", compute);
    expect(runs).toBe(2);
    finish(43);
    expect(await third).toBe(43);
  });

  it("keeps different keys apart and forgets a failure", async () => {
    const once = inFlight<string>();
    await expect(once("x", () => Promise.reject(new Error("database gone")))).rejects.toThrow("database gone");
    expect(await once("x", async () => "x again")).toBe("x again");
    expect(await Promise.all([once("y", async () => "y"), once("z", async () => "z")])).toEqual(["y", "z"]);
  });
});
