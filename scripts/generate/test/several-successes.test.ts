/**
 * Operations with more than one kind of 2XX answer (fixtures/several-successes.yaml). Only the
 * first was known, so a 202 with a job, or the 204 of a 201-or-204 operation, failed as a
 * ResponseValidationError against the first one's schema. Each answer is now read by its own
 * entry, and the method's type is the union of them. Against a real server on 127.0.0.1 that
 * answers with the status a test asks for.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
let server: Server;
let url: string;
/** What the server answers next: a status and a JSON body (none for 204). */
let next: { status: number; body?: unknown } = { status: 200 };

beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "several-successes.yaml"), "several-successes");
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      if (next.body === undefined) return res.writeHead(next.status).end();
      res.writeHead(next.status, { "content-type": "application/json" });
      res.end(JSON.stringify(next.body));
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await it?.close();
  await new Promise((done) => server?.close(done));
});

async function call(operation: string, request: unknown, answer: typeof next) {
  next = answer;
  const client = new (it.client.constructor as new (o: object) => typeof it.client)({
    apiKey: "k",
    serverURL: url,
    retryConfig: { strategy: "none" },
  });
  return client.callOperation(it.operations[operation]!, request);
}

describe("tables and types", () => {
  test("the other 2XX answers are in the table, with their flag", () => {
    expect(it.operations.createReport!.response).toMatchObject({ status: "200" });
    expect(Object.keys(it.operations.createReport!.otherResponses!)).toEqual(["202"]);
    expect(it.operations.starRepo!.otherResponses).toEqual({ "204": { mediaType: "" } });
    expect(Object.keys(it.operations.listThings!.otherResponses!)).toEqual(["2XX"]);
    expect(it.coreSchemas.usesOtherResponses).toBe(true);
  });

  test("the method resolves to the union of the answers", () => {
    const models = it.files.get("models.ts")!;
    expect(models).toMatch(
      /export type CreateReportResponseBody =\s*\|?\s*paths\["\/reports"\]\["post"\]\["responses"\]\["200"\]\["content"\]\["application\/json"\]\s*\|\s*paths\["\/reports"\]\["post"\]\["responses"\]\["202"\]/,
    );
    expect(models).toMatch(/export type StarRepoResponseBody =[\s\S]*?\| undefined;/);
  });
});

describe("answers", () => {
  test("a 200 and a 202 of the same operation are each read by their own schema", async () => {
    expect(
      await call("createReport", undefined, { status: 200, body: { report_url: "u" } }),
    ).toEqual({ ok: true, value: { reportUrl: "u" } });
    expect(
      await call("createReport", undefined, {
        status: 202,
        body: { job_id: "j1", eta_seconds: 5 },
      }),
    ).toEqual({ ok: true, value: { jobId: "j1", etaSeconds: 5 } });
  });

  test("a 202 that breaks its own schema is still refused, naming it", async () => {
    const result = await call("createReport", undefined, { status: 202, body: { eta_seconds: 5 } });
    expect(!result.ok && result.error.message).toMatch(/job_id is required/);
  });

  test("a 201 with a body, or a 204 without, of one operation", async () => {
    expect(
      await call("starRepo", { repo: "a" }, { status: 201, body: { starred_at: "now" } }),
    ).toEqual({ ok: true, value: { starredAt: "now" } });
    expect(await call("starRepo", { repo: "a" }, { status: 204 })).toEqual({
      ok: true,
      value: undefined,
    });
  });

  test("a status the spec lists only as a range is read by the range's entry", async () => {
    expect(
      await call("listThings", undefined, { status: 203, body: { note_text: "cached" } }),
    ).toEqual({ ok: true, value: { noteText: "cached" } });
    expect(await call("listThings", undefined, { status: 200, body: { things: ["a"] } })).toEqual({
      ok: true,
      value: { things: ["a"] },
    });
  });

  test("the mock serves the fixture, and the SDK reads its first answer", async () => {
    const result = await it.client.callOperation(it.operations.createReport!, undefined);
    expect(result).toMatchObject({ ok: true, value: { reportUrl: expect.any(String) } });
  });
});
