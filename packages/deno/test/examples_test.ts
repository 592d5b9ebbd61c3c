// The examples in examples/deno, run as a user runs them (`deno run` with the permissions the
// README gives) against the mock: the official SDK's seed examples with only the import line
// changed, and files.ts. The mock decoded every field from the multipart body.
import assert from "node:assert/strict";
import { startMock } from "./_mock.ts";
import { otter, otterSha, runDeno } from "./_helpers.ts";

const examples = new URL("../../../examples/deno/", import.meta.url).pathname;

// Deno says this when examples/deno links this package, whose deno.json links core: harmless
// (see README, "Local development").
const LINKS_WARNING =
  /^Warning "links" field can only be specified in the workspace root deno\.json file\.\n\s+at \S+\n/gm;

// What the seed examples send in `orq`, in wire names.
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

Deno.test("examples/deno run against the mock", async (t) => {
  const mock = await startMock();
  const run = async (file: string) => {
    await mock.reset();
    const result = await runDeno(
      [
        "run",
        "--allow-net=127.0.0.1",
        "--allow-env=ORQ_API_KEY,ORQ_SERVER_URL",
        "--allow-read=.",
        file,
      ],
      { cwd: examples, env: { ORQ_API_KEY: "mock-key", ORQ_SERVER_URL: mock.url } },
    );
    assert.equal(result.stderr.replace(LINKS_WARNING, ""), "", "nothing on stderr");
    assert.equal(result.code, 0);
    const requests = await mock.requests();
    assert.equal(requests.length, 1);
    return { ...result, received: requests[0]! };
  };
  try {
    for (const file of ["edit.ts", "edit-standalone.ts"]) {
      await t.step(`${file}: the documented edit, every field as the spec says`, async () => {
        const { stdout, received } = await run(file);
        assert.match(stdout, /created: \d+/);
        assert.equal(received.path, "/v2/router/images/edits");
        assert.equal(received.status, 200);
        assert.equal(received.headers.authorization, "Bearer mock-key");
        assert.deepEqual(received.body, {
          model: "LeBaron",
          prompt: "<value>",
          retry: { on_codes: [429, 500, 502, 503, 504] },
          cache: { ttl: 3600, type: "exact_match" },
          load_balancer: {
            type: "weight_based",
            models: [{ model: "openai/gpt-4o", weight: 0.7 }],
          },
          timeout: { call_timeout: 30000 },
          orq: seedOrq,
        });
      });
    }
    await t.step("variation.ts: the real PNG from disk", async () => {
      const { stdout, received } = await run("variation.ts");
      assert.match(stdout, /created: \d+/);
      assert.equal(received.path, "/v2/router/images/variations");
      assert.equal(received.status, 200);
      assert.deepEqual(
        received.files.map((f) => [f.field, f.filename, f.contentType, f.size, f.sha256]),
        [["image", "otter.png", "image/png", otter.byteLength, otterSha]],
      );
      const { model, n, response_format, size, orq } = received.body as Record<string, unknown>;
      assert.deepEqual(
        { model, n, response_format, size, orq },
        { model: "Altima", n: 1, response_format: "url", size: "1024x1024", orq: seedOrq },
      );
    });
    await t.step("files.ts: fileFromPath, a Deno.FsFile and Deno.readFile bytes", async () => {
      const { stdout, received } = await run("files.ts");
      assert.match(stdout, /image 0: \d+ base64 characters/);
      assert.deepEqual(
        received.files.map((f) => [f.filename, f.contentType, f.sha256]),
        [
          ["otter.png", "image/png", otterSha],
          ["image.png", "image/png", otterSha],
          ["image.png", "image/png", otterSha],
        ],
      );
    });
  } finally {
    await mock.close();
  }
});
