/**
 * JSON sequence bodies (fixtures/json-sequences.yaml): `application/x-ndjson` with an array
 * schema (Pinecone's `upsert_records`), `application/jsonl` with an object schema,
 * `application/json-seq` (RFC 7464), and NDJSON given as text. Every non-JSON body used to be a
 * raw one, which takes only a file or text, while the types and the schema check asked for the
 * array: no value could be sent. End to end against the mock, which parses each line and checks
 * the values against the spec.
 */
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "json-sequences.yaml"), "json-sequences");
}, 60_000);
afterAll(() => it?.close());

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("tables and types", () => {
  test("array schemas are written item by item, other values as one line, text stays raw", () => {
    const body = (id: string) => it.operations[id]!.requestBody!;
    expect(body("upsertRecords").lines).toBe("each");
    expect(body("sendEvent").lines).toBe("one");
    expect(body("sendEventBatch").lines).toBe("each");
    expect(body("importFile").lines).toBeUndefined();
    expect(it.coreSchemas.usesJsonSequences).toBe(true);
    expect(it.files.get("sdk-types.ts")).toMatch(
      /"application\/x-ndjson": components\["schemas"\]\["UpsertRecord"\]\[\];/,
    );
  });
});

describe("calls", () => {
  test("NDJSON: each record checked, renamed and sent as one line", async () => {
    const result = await it.client.callOperation(it.operations.upsertRecords!, {
      namespace: "docs",
      requestBody: [
        { id: "r1", chunkText: "otters hold hands" },
        { id: "r2", chunkText: "when they sleep" },
      ],
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const received = it.mock.requests.at(-1)!;
    expect(received.headers["content-type"]).toBe("application/x-ndjson");
    expect(received.body).toEqual([
      { _id: "r1", chunk_text: "otters hold hands" },
      { _id: "r2", chunk_text: "when they sleep" },
    ]);
    expect(received.raw?.sha256).toBe(
      sha256(
        '{"_id":"r1","chunk_text":"otters hold hands"}\n{"_id":"r2","chunk_text":"when they sleep"}\n',
      ),
    );
  });

  test("a record that breaks the spec is refused by its index, before sending", async () => {
    const before = it.mock.requests.length;
    const result = await it.client.callOperation(it.operations.upsertRecords!, {
      namespace: "docs",
      requestBody: [
        { id: "r1", chunkText: "ok" },
        { id: "r2", chunkText: "" },
      ],
    });
    expect(result.ok).toBe(false);
    expect(String(!result.ok && result.error.message)).toMatch(
      /requestBody\[1\]\.chunkText.*at least 1 character/,
    );
    expect(it.mock.requests.length).toBe(before);
  });

  test("JSON Lines with an object schema: the one value as one line", async () => {
    const result = await it.client.callOperation(it.operations.sendEvent!, {
      eventName: "signup",
      count: 2,
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const received = it.mock.requests.at(-1)!;
    expect(received.body).toEqual({ event_name: "signup", count: 2 });
    expect(received.raw?.sha256).toBe(sha256('{"event_name":"signup","count":2}\n'));
  });

  test("json-seq: each value after an RS character; maxItems checked", async () => {
    const events = [{ eventName: "a" }, { eventName: "b" }];
    const result = await it.client.callOperation(it.operations.sendEventBatch!, events);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const received = it.mock.requests.at(-1)!;
    expect(received.headers["content-type"]).toBe("application/json-seq");
    expect(received.raw?.sha256).toBe(sha256('\x1e{"event_name":"a"}\n\x1e{"event_name":"b"}\n'));
    const tooMany = await it.client.callOperation(it.operations.sendEventBatch!, [
      ...events,
      ...events,
    ]);
    expect(String(!tooMany.ok && tooMany.error.message)).toMatch(/at most 3/);
  });

  test("NDJSON the spec gives as a string is a prepared file, sent as it is", async () => {
    const text = '{"a":1}\n{"a":2}\n';
    const result = await it.client.callOperation(it.operations.importFile!, new Blob([text]));
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(it.mock.requests.at(-1)!.raw?.sha256).toBe(sha256(text));
  });
});

describe("json-seq and null", () => {
  test("a json-seq body the spec gives as a string is sent as it is, not as JSON text", async () => {
    expect(it.operations.sendRawSeq!.requestBody!.lines).toBeUndefined();
    const text = '\x1e{"event_name":"a"}\n';
    const result = await it.client.callOperation(it.operations.sendRawSeq!, text);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(it.mock.requests.at(-1)!.raw?.sha256).toBe(sha256(text));
  });

  test("a nullable array given null is refused: a sequence has no form for it", async () => {
    const before = it.mock.requests.length;
    const result = await it.client.callOperation(it.operations.sendMaybeTags!, null);
    expect(String(!result.ok && result.error.message)).toMatch(
      /request: a application\/x-ndjson body is a list of values, one per line \(got null\)/,
    );
    expect(it.mock.requests.length).toBe(before);
    const tags = await it.client.callOperation(it.operations.sendMaybeTags!, ["a", "b"]);
    expect(tags.ok, JSON.stringify(tags)).toBe(true);
  });

  test("a json-seq answer: its records, asked for by name", async () => {
    const result = await it.client.callOperation(it.operations.eventSeq!, undefined);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const events = (result as { value: unknown }).value as object[];
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event).toHaveProperty("eventName");
    expect(it.mock.requests.at(-1)!.headers.accept).toBe("application/json-seq, application/json");
  });
});

describe("answers", () => {
  test("NDJSON: the array of its lines, each checked and renamed", async () => {
    expect(it.operations.exportRecords!.response!.lines).toBe("each");
    expect(it.coreSchemas.usesJsonSequenceAnswers).toBe(true);
    const result = await it.client.callOperation(it.operations.exportRecords!, undefined);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const records = (result as { value: unknown }).value as Record<string, unknown>[];
    expect(Array.isArray(records)).toBe(true);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      expect(Object.keys(record).sort()).toEqual(["chunkText", "id"]);
    }
  });

  test("validateResponses: false: lines that break the schema, as they came", async () => {
    const server = createServer((_req, res) => {
      res
        .writeHead(200, { "content-type": "application/x-ndjson" })
        .end('{"_id":"r1","chunk_text":""}\n{"_id":2,"extra_field":true}\n');
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const checked = await it.clientAt(url).callOperation(it.operations.exportRecords!, undefined);
      expect(checked.ok).toBe(false);
      const result = await it
        .clientAt(url, { validateResponses: false })
        .callOperation(it.operations.exportRecords!, undefined);
      expect(result).toEqual({
        ok: true,
        value: [
          { id: "r1", chunkText: "" },
          { id: 2, extra_field: true },
        ],
      });
    } finally {
      server.close();
    }
  });

  test("application/stream+json is NDJSON: the array of its lines (probe69, Cohere)", async () => {
    // Its `+json` suffix made it one JSON value: "the body is not valid JSON".
    expect(it.operations.streamGenerations!.response!.lines).toBe("each");
    const server = createServer((_req, res) => {
      res
        .writeHead(200, { "content-type": "application/stream+json" })
        .end('{"event_name":"a"}\n{"event_name":"b"}\n');
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      expect(
        await it.clientAt(url).callOperation(it.operations.streamGenerations!, undefined),
      ).toEqual({ ok: true, value: [{ eventName: "a" }, { eventName: "b" }] });
    } finally {
      server.close();
    }
    // The mock writes it as lines too.
    const result = await it.client.callOperation(it.operations.streamGenerations!, undefined);
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });

  test("JSON Lines of an object schema (before 3.2's itemSchema): the array of its lines", async () => {
    // Ollama and Cohere write each line's schema so; read as one value, an answer of three
    // lines was refused ("got an array of 3").
    expect(it.operations.latestEvent!.response!.lines).toBe("each");
    expect(it.files.get("sdk-types.ts")).toMatch(
      /"application\/jsonl": components\["schemas"\]\["Event"\]\[\];/,
    );
    const result = await it.client.callOperation(it.operations.latestEvent!, undefined);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const events = (result as { value: object[] }).value;
    expect(Array.isArray(events) && events.length).toBeGreaterThan(0);
    for (const event of events) expect(event).toHaveProperty("eventName");
  });
});
