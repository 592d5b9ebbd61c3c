import fc from "fast-check";
import { createHash } from "node:crypto";
import { startMockServer, tinyPng, type MockServer } from "@orq-sdk/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  OrqCore,
  routerImagesEditsCreate,
  routerImagesVariationsCreate,
  ValidationError,
} from "../../src/index.js";
import { createImageEdit, createImageVariation } from "../../../core/src/generated/operations.js";
import { arbitraryRequest } from "./arbitrary-request.js";

let mock: MockServer;
let core: OrqCore;
beforeAll(async () => {
  mock = await startMockServer({ maxRecordedRequests: 100_000 });
  core = new OrqCore({ apiKey: "k", serverURL: mock.url, retryConfig: { strategy: "none" } });
});
afterAll(() => mock.close());

// Seeded: a failure prints its seed and path, and the same run reproduces it.
const SEED = 20261121;

describe("hostile and wrong input", () => {
  it.each([
    ["edit", createImageEdit, routerImagesEditsCreate],
    ["variation", createImageVariation, routerImagesVariationsCreate],
  ] as const)(
    "%s: either a request the mock accepts, or a ValidationError and nothing sent (1,000 cases)",
    async (_, op, call) => {
      let sent = 0;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(arbitraryRequest(op.requestBody!.schema), async (request) => {
          const before = mock.requests.length;
          const result = await (call as typeof routerImagesEditsCreate)(core, request as never);
          const received = mock.requests.slice(before);
          if (result.ok) {
            sent++;
            expect(received.map((r) => [r.status, r.errors])).toEqual([[200, undefined]]);
          } else {
            refused++;
            expect(result.error).toBeInstanceOf(ValidationError);
            expect(received).toEqual([]);
          }
        }),
        { numRuns: 1000, seed: SEED },
      );
      console.log(
        `${op.operationId}: ${sent} sent and accepted, ${refused} refused before sending`,
      );
      // Both sides of the property were exercised.
      expect(sent).toBeGreaterThan(100);
      expect(refused).toBeGreaterThan(100);
    },
  );
});

describe("multipart round trip", () => {
  const png = new Uint8Array(tinyPng());
  const sha = createHash("sha256").update(png).digest("hex");
  // All of Unicode but lone surrogates (no UTF-8 form), with the characters that break naive
  // multipart writers mixed in.
  const nasty = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 30 }),
    fc
      .array(
        fc.constantFrom(
          "\r",
          "\n",
          "\r\n",
          '"',
          ";",
          "=",
          "--",
          "\\",
          "",
          " ",
          "é",
          "💥",
          "\u0000",
          "\u0001",
          "\u007f",
          "%",
        ),
        { maxLength: 12 },
      )
      .map((a) => a.join("")),
  );
  // The HTML standard writes `"`, CR, LF in file names as %22, %0D, %0A (the SDK does the same
  // for other control characters) and has no escape for "%": a literal "%22" cannot round-trip
  // through any FormData writer, ours included. An empty name is replaced by a default one.
  const filename = nasty.filter((s) => s !== "" && !/%([01][0-9a-f]|22|7f)/i.test(s));

  it("text, numbers, nested objects and file names arrive exactly as sent (1,000 cases)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          model: nasty,
          prompt: nasty,
          user: nasty,
          size: nasty,
          n: fc.double({ min: 1, max: 10, noNaN: true }),
          name: filename,
          metadata: fc.array(fc.dictionary(nasty, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 3 }), {
            maxLength: 2,
          }),
        }),
        async (r) => {
          const before = mock.requests.length;
          const result = await routerImagesEditsCreate(core, {
            model: r.model,
            prompt: r.prompt,
            user: r.user,
            size: r.size,
            n: r.n,
            image: { fileName: r.name, content: png },
            orq: { name: r.name, identity: { id: r.user, metadata: r.metadata } },
          });
          expect(result.ok).toBe(true);
          const [received] = mock.requests.slice(before);
          expect(received!.body).toEqual({
            model: r.model,
            prompt: r.prompt,
            user: r.user,
            size: r.size,
            n: r.n,
            // JSON is the wire form of nested objects: -0 and the like come back as JSON makes them.
            orq: JSON.parse(
              JSON.stringify({ name: r.name, identity: { id: r.user, metadata: r.metadata } }),
            ),
          });
          expect(received!.files).toEqual([
            expect.objectContaining({ filename: r.name, sha256: sha }),
          ]);
        },
      ),
      { numRuns: 1000, seed: SEED },
    );
  });
});
