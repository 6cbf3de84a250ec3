import { describe, expect, it } from "vitest";
import { BUDGETS, measureWidget } from "../../scripts/widgetWeight.mjs";

describe("the messenger's weight", () => {
  it("keeps the loader within 6 KB and the full messenger within 35 KB gzipped", () => {
    const sizes = measureWidget();
    expect(sizes.loader).toBeGreaterThan(1000);
    expect(sizes.loader).toBeLessThanOrEqual(BUDGETS.loader);
    expect(sizes.messenger).toBeLessThanOrEqual(BUDGETS.messenger);
  });
});
