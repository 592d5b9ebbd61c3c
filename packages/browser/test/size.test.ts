// Size budget: a minimal app that makes one image edit, bundled and minified for the browser,
// must stay at or under 6 KB (6,000 bytes) gzipped. openapi-fetch alone is about 2.7 KB; the
// official SDK is about 356 KB.
//
// KNOWN TO FAIL until @orq-sdk/core slims down further (8,254 B today, from 11,481 B): the
// budget is the real one and must not be raised. The test prints the figure and the per-module
// breakdown each run; packages/browser/README.md ("Size") says what would bring it under.
import { describe, expect, it } from "vitest";
import {
  bundleApp,
  formatReport,
  MINIMAL_EDIT_APP,
  ORQ_CLIENT_EDIT_APP,
} from "./helpers/bundle.js";

const BUDGET_GZIP_BYTES = 6_000;

describe("size budget", () => {
  it("the Orq client app (every operation), for comparison: reported, not budgeted", async () => {
    const report = formatReport(
      "Orq client app",
      await bundleApp(ORQ_CLIENT_EDIT_APP),
      await bundleApp(ORQ_CLIENT_EDIT_APP, "src"),
    );
    console.log(report);
  });

  it(`minimal image-edit app is at most ${BUDGET_GZIP_BYTES} B gzipped [fails until core slims down]`, async () => {
    const app = await bundleApp(MINIMAL_EDIT_APP);
    console.log(
      formatReport(
        "minimal edit app (OrqCore + routerImagesEditsCreate)",
        app,
        await bundleApp(MINIMAL_EDIT_APP, "src"),
      ),
    );
    console.log(`budget: ${BUDGET_GZIP_BYTES} B gzipped; measured: ${app.gzip} B`);
    expect(
      app.gzip,
      `minimal edit app: ${app.gzip} B gzipped, budget ${BUDGET_GZIP_BYTES} B`,
    ).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });
});
