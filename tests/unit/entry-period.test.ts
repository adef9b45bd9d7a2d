import { describe, expect, it } from "vitest";
import { describePeriod } from "../../lib/catalogue/period";

describe("an entry's period", () => {
  it("never says 'Since' of something completed or of unknown status", () => {
    expect(describePeriod({ yearStart: 2025, status: "completed" })).toBe("Started in 2025 · Completed");
    expect(describePeriod({ yearStart: 2025 })).toBe("Started in 2025");
    expect(describePeriod({ yearStart: 2025, yearEnd: null, status: null })).toBe("Started in 2025");
  });

  it("reads every combination of start, end and status", () => {
    const cases: [Parameters<typeof describePeriod>[0], string | null][] = [
      [{ yearStart: 2019, yearEnd: 2022, status: "completed" }, "2019–2022 · Completed"],
      [{ yearStart: 2021, yearEnd: 2021, status: "completed" }, "2021 · Completed"],
      [{ yearStart: 2019, yearEnd: 2027, status: "ongoing" }, "2019–2027 · Ongoing"],
      [{ yearStart: 2019, yearEnd: 2022 }, "2019–2022"],
      [{ yearStart: 2020, status: "ongoing" }, "Since 2020 · Ongoing"],
      [{ yearStart: 2027, status: "planned" }, "Starting in 2027 · Planned"],
      [{ yearEnd: 2022, status: "completed" }, "Ended in 2022 · Completed"],
      [{ yearEnd: 2027, status: "ongoing" }, "Until 2027 · Ongoing"],
      [{ yearEnd: 2022 }, "Until 2022"],
      [{ status: "completed" }, "Completed"],
      [{ status: "ongoing" }, "Ongoing"],
      [{}, null],
      [{ yearStart: null, yearEnd: null, status: null }, null],
    ];
    for (const [facts, expected] of cases) expect(describePeriod(facts), JSON.stringify(facts)).toBe(expected);
  });
});
