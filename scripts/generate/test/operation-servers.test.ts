/**
 * fixtures/operation-servers.yaml: servers of a path or an operation override the document's for
 * it (§ 4.8.9, § 4.8.10). The table names an operation's own server only where it differs; a
 * client left at the default sends each operation to its own server, one given a `serverURL` (a
 * mock, a proxy) sends every operation there. Where the requests went is seen on two plain
 * node:http servers standing in for the document's and the upload host.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtures, tempDir } from "./helpers.js";
import { recordingServer } from "./recording-server.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let api: Awaited<ReturnType<typeof recordingServer>>;
let upload: Awaited<ReturnType<typeof recordingServer>>;
let it: RuntimeAgainstMock;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  [api, upload] = [await recordingServer(), await recordingServer()];
  const { dir, remove } = await tempDir("operation-servers-spec");
  cleanup = remove;
  // The fixture, with its hosts on this machine.
  const text = (await readFile(join(fixtures, "operation-servers.yaml"), "utf8"))
    .replaceAll("https://api.example.com", api.url)
    .replaceAll("https://upload.example.com", upload.url);
  const spec = join(dir, "operation-servers.yaml");
  await writeFile(spec, text);
  it = await runtimeAgainstMock(spec, "operation-servers");
}, 60_000);
afterAll(async () => {
  await it?.close();
  await cleanup?.();
  for (const s of [api, upload]) s?.server.close();
});

describe("tables", () => {
  test("an operation names its own server only where it differs from the document's", () => {
    const { createUpload, getReport, getStatus, listUsers } = it.operations;
    expect(createUpload!.server).toBe(`${upload.url}/v2`);
    // The operation's servers override its path's; variables take their defaults.
    expect(getReport!.server).toBe("https://eu.reports.example.com/r");
    expect(getStatus!.server).toBeUndefined();
    expect(listUsers!.server).toBeUndefined();
    expect(it.coreSchemas.usesOperationServers).toBe(true);
    // The document's servers, in order: the first is where requests go by default.
    expect(it.coreSchemas.serverList).toEqual([`${api.url}/v1`, `${upload.url}/v2`]);
  });
});

describe("calls", () => {
  const options = { apiKey: "k", retryConfig: { strategy: "none" } };

  test("by default, each operation goes to its own server", async () => {
    const client = new it.OrqCore(options);
    const uploaded = await client.callOperation(it.operations.createUpload!, { name: "a" });
    expect(uploaded).toEqual({ ok: true, value: { uploadId: "u1" } });
    await client.callOperation(it.operations.listUsers!, undefined);
    await client.callOperation(it.operations.getStatus!, undefined);
    expect(upload.seen).toEqual(["POST /v2/uploads"]);
    expect(api.seen).toEqual(["GET /v1/users", "GET /v1/status"]);
  });

  test("a client given a serverURL sends every operation there; the mock serves them all", async () => {
    const result = await it.client.callOperation(it.operations.createUpload!, { name: "a" });
    expect(result.ok).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({ path: "/uploads", status: 201 });
  });

  test("serverIdx picks one of the document's servers; operations with their own keep theirs", async () => {
    upload.seen.length = 0;
    api.seen.length = 0;
    const client = new it.OrqCore({ ...options, serverIdx: 1 });
    await client.callOperation(it.operations.listUsers!, undefined);
    await client.callOperation(it.operations.createUpload!, { name: "a" });
    expect(upload.seen).toEqual(["GET /v2/users", "POST /v2/uploads"]);
    expect(api.seen).toEqual([]);
    // A serverURL given too wins.
    const given = new it.OrqCore({ ...options, serverIdx: 1, serverURL: `${api.url}/v1` });
    await given.callOperation(it.operations.listUsers!, undefined);
    expect(api.seen).toEqual(["GET /v1/users"]);
  });

  test("a serverIdx that picks no server is refused, naming it and the choices", () => {
    for (const serverIdx of [2, -1, 0.5, Number.NaN])
      expect(() => new it.OrqCore({ ...options, serverIdx })).toThrow(
        /serverIdx must be an index of the spec's servers, 0 to 1/,
      );
  });

  test("a serverURL given for one call wins over the operation's own", async () => {
    upload.seen.length = 0;
    const client = new it.OrqCore(options) as unknown as {
      callOperation(op: unknown, request: unknown, options: object): Promise<{ ok: boolean }>;
    };
    const result = await client.callOperation(
      it.operations.createUpload!,
      { name: "a" },
      { serverURL: `${it.mock.url}/v2/` },
    );
    expect(result.ok).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({ path: "/v2/uploads", status: 201 });
    expect(upload.seen).toEqual([]);
  });
});
