/**
 * A spec whose servers are only on its paths (Resemble AI's: `app.resemble.ai/api/v2`, and
 * `f.cluster.resemble.ai` for synthesis, probe81): the client needed a `serverURL` ("a path with
 * no host"), which then took synthesis to the other host, no environment variable was read for
 * the key, and `pnpm generate` warned that no server names a host. The server most operations
 * name is now the spec's, and the others keep theirs. Where the requests went is seen on two
 * plain node:http servers standing in for the two hosts.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Document } from "../document.js";
import { hostlessServerWarnings } from "../transform/hostless-servers.js";
import { generateSpec, tempDir } from "./helpers.js";
import { recordingServer } from "./recording-server.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

const API = "https://app.resemble.ai/api/v2";
const SYNTHESIS = "https://f.cluster.resemble.ai";

const post = (operationId: string) => ({
  post: {
    operationId,
    requestBody: {
      content: { "application/json": { schema: { type: "object", additionalProperties: true } } },
    },
    responses: { "200": { description: "ok", content: { "application/json": { schema: {} } } } },
  },
});

const spec = (servers?: string[]) => ({
  openapi: "3.0.3",
  info: { title: "Resemble", version: "2" },
  ...(servers && { servers: servers.map((url) => ({ url })) }),
  components: { securitySchemes: { key: { type: "http", scheme: "bearer" } } },
  security: [{ key: [] }],
  paths: {
    "/detect": { servers: [{ url: API }], ...post("detect_create") },
    "/projects": { servers: [{ url: API }], ...post("projects_create") },
    "/synthesize": { servers: [{ url: SYNTHESIS }], ...post("synthesize") },
  },
});

let api: Awaited<ReturnType<typeof recordingServer>>;
let synthesis: Awaited<ReturnType<typeof recordingServer>>;
let it: RuntimeAgainstMock;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  [api, synthesis] = [await recordingServer({}), await recordingServer({})];
  const { dir, remove } = await tempDir("path-only-servers");
  cleanup = remove;
  const file = join(dir, "spec.json");
  await writeFile(
    file,
    JSON.stringify(spec())
      .replaceAll("https://app.resemble.ai", api.url)
      .replaceAll(SYNTHESIS, synthesis.url),
  );
  it = await runtimeAgainstMock(file, "path-only-servers");
}, 60_000);
afterAll(async () => {
  await it?.close();
  await cleanup?.();
  for (const s of [api, synthesis]) s?.server.close();
});

test("the server most operations name is the spec's; the others name theirs", () => {
  expect(it.coreSchemas.serverList).toEqual([`${api.url}/api/v2`]);
  expect(it.operations.synthesize!.server).toBe(synthesis.url);
  expect(it.operations.detectCreate!.server).toBeUndefined();
  expect(it.coreSchemas.usesOperationServers).toBe(true);
});

test("a client made without serverURL sends each operation to its own host", async () => {
  const client = new it.OrqCore({ apiKey: "k", retryConfig: { strategy: "none" } });
  for (const op of ["detectCreate", "synthesize", "projectsCreate"])
    expect(await client.callOperation(it.operations[op]!, { text: "hi" })).toMatchObject({
      ok: true,
    });
  expect(api.seen).toEqual(["POST /api/v2/detect", "POST /api/v2/projects"]);
  expect(synthesis.seen).toEqual(["POST /synthesize"]);
});

test("the key's variable is named after that host; generate warns of no hostless server", async () => {
  // (On the real hosts: the tests above have them on 127.0.0.1, which names no API.)
  const { dir, remove } = await tempDir("path-only-servers-key");
  try {
    const file = join(dir, "spec.json");
    await writeFile(file, JSON.stringify(spec()));
    expect((await generateSpec(file)).get("schemas.ts")).toContain(
      'apiKeyVariable: string | undefined = "RESEMBLE_API_KEY"',
    );
  } finally {
    await remove();
  }
  expect(hostlessServerWarnings(spec() as unknown as Document)).toEqual([]);
  // Not where an operation names no server: it goes to the spec's own origin.
  const partly = spec();
  delete (partly.paths["/projects"] as { servers?: unknown }).servers;
  expect(hostlessServerWarnings(partly as unknown as Document)).toHaveLength(1);
});
