import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { startMockServer, type MockServer } from "@orq-sdk/mock";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

// The seed examples run as users run them: each its own program, against the mock server.
let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

function runExample(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const path = fileURLToPath(new URL(`../${file}`, import.meta.url));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path], {
      env: { ...process.env, ORQ_SERVER_URL: mock.url, ORQ_API_KEY: "mock-key" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

// What the seed example sends, in wire names: the mock decoded it from the multipart body.
const seedOrq = {
  retry: { on_codes: [429, 500, 502, 503, 504] },
  fallbacks: [{ model: "openai/gpt-4o-mini" }],
  prompt: { id: "prompt_01ARZ3NDEKTSV4RRFFQ69G5FAV", version: "latest" },
  identity: {
    id: "contact_01ARZ3NDEKTSV4RRFFQ69G5FAV",
    display_name: "Jane Doe",
    email: "jane.doe@example.com",
    metadata: [{ department: "Engineering", role: "Senior Developer" }],
    logo_url: "https://example.com/avatars/jane-doe.jpg",
    tags: ["hr", "engineering"],
  },
  cache: { ttl: 3600, type: "exact_match" },
  load_balancer: {
    type: "weight_based",
    models: [
      { model: "openai/gpt-4o", weight: 0.7 },
      { model: "anthropic/claude-3-5-sonnet", weight: 0.3 },
    ],
  },
  timeout: { call_timeout: 30000 },
};

describe("the official SDK's documented examples, unchanged but for the import line", () => {
  it.each(["edit.ts", "edit-standalone.ts"])(
    "%s succeeds and every field arrives as the spec says",
    async (file) => {
      const run = await runExample(file);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/created: \d+/);
      expect(mock.requests).toHaveLength(1);
      const [received] = mock.requests;
      expect(received).toMatchObject({
        method: "POST",
        path: "/v2/router/images/edits",
        status: 200,
      });
      expect(received!.body).toEqual({
        model: "LeBaron",
        prompt: "<value>",
        retry: { on_codes: [429, 500, 502, 503, 504] },
        cache: { ttl: 3600, type: "exact_match" },
        load_balancer: { type: "weight_based", models: [{ model: "openai/gpt-4o", weight: 0.7 }] },
        timeout: { call_timeout: 30000 },
        orq: seedOrq,
      });
    },
  );

  it("variation.ts uploads the real PNG from disk", async () => {
    const run = await runExample("variation.ts");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const png = await readFile(new URL("../assets/otter.png", import.meta.url));
    const [received] = mock.requests;
    expect(received).toMatchObject({ path: "/v2/router/images/variations", status: 200 });
    expect(received!.files).toEqual([
      expect.objectContaining({
        field: "image",
        filename: "otter.png",
        contentType: "image/png",
        size: png.byteLength,
        sha256: createHash("sha256").update(png).digest("hex"),
      }),
    ]);
    expect(received!.body).toMatchObject({
      model: "Altima",
      n: 1,
      response_format: "url",
      size: "1024x1024",
      orq: seedOrq,
    });
  });
});
