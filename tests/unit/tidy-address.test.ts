import { describe, expect, it } from "vitest";
import { tidyAddress } from "../../lib/http/tidy-address";

describe("tidyAddress", () => {
  const params = (qs: string) => new URLSearchParams(qs);

  it("sends a form's submission with empty fields to the tidy address", () => {
    expect(tidyAddress("/statistics", params("q=&country=RO&kind="), "?country=RO")).toBe("/statistics?country=RO");
    expect(tidyAddress("/embed", params("q=&limit=5"), "")).toBe("/embed");
  });

  it("leaves a request alone that is already at it, with or without a query", () => {
    expect(tidyAddress("/statistics", params("country=RO&level=primary"), "?country=RO&level=primary")).toBeNull();
    expect(tidyAddress("/embed", params(""), "")).toBeNull();
    expect(tidyAddress("/embed", params("heading=Our+picks"), "?heading=Our+picks")).toBeNull();
  });
});
