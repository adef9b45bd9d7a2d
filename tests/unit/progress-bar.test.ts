import { describe, expect, it } from "vitest";
import { progressLine } from "../../scripts/support/progress-bar";

describe("progressLine", () => {
  it("draws a bar with the percentage and counts", () => {
    expect(progressLine(0, 2000, 10)).toBe("░░░░░░░░░░   0%  0 / 2 000");
    expect(progressLine(1000, 2000, 10)).toBe("█████░░░░░  50%  1 000 / 2 000");
    expect(progressLine(2000, 2000, 10)).toBe("██████████ 100%  2 000 / 2 000");
  });

  it("treats an empty catalogue as done and never overflows", () => {
    expect(progressLine(0, 0, 4)).toBe("████ 100%  0 / 0");
    expect(progressLine(5, 3, 4)).toBe("████ 100%  5 / 3");
  });
});
