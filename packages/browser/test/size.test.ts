// Size budget: a minimal app that makes one image edit, bundled and minified for the browser,
// must stay at or under 6 KB (6,000 bytes) gzipped (issue: "Browser"). openapi-fetch alone is
// about 2.7 KB; the official SDK is about 356 KB.
//
// NOT MET YET: 9,416 B today (from 11,481 B; the README's "Size" table lists every step). The
// budget is the real one and is not raised:
// - `REGRESSION_CEILING` is enforced: the bundle may only shrink from where it is, unless a
//   feature is added on purpose (then the ceiling and the README's table both say which);
// - the 6,000 B budget is an expected failure (`it.fails`): it turns red the day the bundle
//   fits, so that whoever gets it there promotes it to a plain `it` and lowers the ceiling.
// packages/browser/README.md ("Size") has the per-part breakdown and what is left to try.
import { describe, expect, it } from "vitest";
import {
  bundleApp,
  formatReport,
  MINIMAL_EDIT_APP,
  modulesBySize,
  ORQ_CLIENT_EDIT_APP,
} from "./helpers/bundle.js";

const BUDGET_GZIP_BYTES = 6_000;
/**
 * Today's figure, rounded up a little for bundler noise. The last features added on purpose, from
 * an audit with bad inputs (probe28): holes in lists checked, an error body nested past the stack
 * still an `APIError`, a `serverURL` with a query or fragment refused (a call's own too), getting
 * ready bounded by the timeout and the caller's abort, `null` options (+141 B, from 8,922 B);
 * then from its review (probe29): a `data:` URL with no comma refused at once (a pattern froze
 * the page on one), no password of a URL input in messages, a `NaN` retry budget that ends
 * (+51 B, 9,114 B); the `b64_json` helpers' own error for an answer of URLs (+34 B, 9,148 B); a
 * URL input that cannot be fetched named with the call and the field (+19 B, 9,167 B); multipart
 * parts in the schema's order, not the caller's (+46 B, 9,213 B; probe32: Box refuses a file part
 * before its `attributes`); the official SDK's error members `rawResponse`, `contentType`,
 * `rawValue` and `pretty()` (+169 B, 9,382 B); the generated package root (9,381 B); a
 * `ValidationError` message said once however many times it was found (+3 B, 9,384 B); the same
 * code with other short names, after core exported one more function (+1 B, 9,385 B), and twice
 * more after changes elsewhere in core (9,386 B, 9,387 B), and back to 9,382 B after features for
 * other specs, each behind a flag the shipped spec leaves off; "did you mean files0?" for the
 * wire's `files[0]` (+1 B, 9,383 B); an upload's type from its name, behind a flag, with one more
 * variable left (+4 B, 9,387 B); a file of no known type as its field's first type (-3 B, 9,384 B); a `oneOf`'s
 * plain value several branches fit taken by the first (+4 B, 9,388 B); the unsniffed file's type
 * behind `usesUnsniffedFiles` (-5 B, 9,383 B); a key of a few characters
 * left as it is in `$inspect()` too, where cut out of the URL it threw a TypeError (probe52; +6 B,
 * 9,389 B, and the ceiling raised by 5 B for it); the same code with other short names after
 * changes the shipped spec leaves out (9,379 B); the short-key rule kept in one place (9,377 B);
 * `validateResponses: false`, the opt-out of answer checks for specs wrong about their servers
 * (GitLab's, Box's), read for every call (+36 B, 9,413 B, and the ceiling raised by 35 B for
 * it); "invalid input" for "invalid request" (9,416 B); the key's environment variable named
 * after the API's host, so that an SDK made from another spec never sends orq's key there
 * (probe70, a security fix; +8 B, 9,430 B, and the ceiling raised by 10 B for it); 529, an
 * overloaded server, retried as 503 is (probe77; +4 B, 9,434 B, and the ceiling raised by 4 B).
 * The minifier's choice of short names moves the figure by a byte or two with no change to the
 * app's code: the ceiling leaves room.
 */
const REGRESSION_CEILING_GZIP_BYTES = 9_444;

describe("size budget", () => {
  it("the Orq client app (every operation), for comparison: reported, not budgeted", async () => {
    const report = formatReport("Orq client app", await bundleApp(ORQ_CLIENT_EDIT_APP));
    console.log(report);
  });

  it(`minimal image-edit app does not grow past ${REGRESSION_CEILING_GZIP_BYTES} B gzipped`, async () => {
    const app = await bundleApp(MINIMAL_EDIT_APP);
    console.log(formatReport("minimal edit app (OrqCore + routerImagesEditsCreate)", app));
    console.log(`budget: ${BUDGET_GZIP_BYTES} B gzipped; measured: ${app.gzip} B`);
    // The breakdown accounts for every byte, so it can be trusted when looking for what to cut.
    const modules = modulesBySize(app);
    expect(modules.reduce((sum, m) => sum + m.bytes, 0)).toBe(app.minified);
    expect(modules.map((m) => m.module)).toContain("core/src/schema/check-and-rename.ts");
    expect(app.gzip, `minimal edit app: ${app.gzip} B gzipped`).toBeLessThanOrEqual(
      REGRESSION_CEILING_GZIP_BYTES,
    );
  });

  // Expected to fail until the budget is met (see the top of this file).
  it.fails(
    `minimal image-edit app is at most ${BUDGET_GZIP_BYTES} B gzipped (not met yet)`,
    async () => {
      const app = await bundleApp(MINIMAL_EDIT_APP);
      expect(
        app.gzip,
        `minimal edit app: ${app.gzip} B gzipped, budget ${BUDGET_GZIP_BYTES} B`,
      ).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    },
  );
});
