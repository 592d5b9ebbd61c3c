/**
 * A spec none of whose servers names a host (ElevenLabs' published one has no `servers`,
 * probe73): every client needs a `serverURL`, which the client said only when made.
 * `pnpm generate` says it first, and still generates.
 */
import { describe, expect, test } from "vitest";
import type { Document } from "../document.js";
import { hostlessServerWarnings } from "../transform/hostless-servers.js";
import { generateCli } from "./helpers.js";

const spec = (...urls: string[]) =>
  ({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    ...(urls.length && { servers: urls.map((url) => ({ url })) }),
    paths: {},
  }) as unknown as Document;

describe("hostlessServerWarnings", () => {
  test("warns where no server names a host", () => {
    for (const servers of [[], ["/api"], ["/v1", "relative/path"]])
      expect(hostlessServerWarnings(spec(...servers))).toEqual([
        expect.stringMatching(/^the spec names no server with a host \("\/.*serverURL/),
      ]);
  });

  test("not where one does", () => {
    for (const servers of [
      ["https://api.elevenlabs.io"],
      ["/api", "https://api.example.com/v1"],
      ["//app.files.com/api/rest/v1"],
      ["http://localhost:4010"],
    ])
      expect(hostlessServerWarnings(spec(...servers))).toEqual([]);
  });

  test("pnpm generate warns, and still generates", async () => {
    const generated = await generateCli(spec(), "hostless");
    expect(generated.code, generated.output).toBe(0);
    expect(generated.output).toContain(
      'warning: the spec names no server with a host ("/"): every client must be given one',
    );
  });
});
