// Bodies that are neither JSON nor forms: a file's bytes or a text sent as they are, and answers
// in bytes (a stream of them) or text. The shipped spec has none, so its generated `usesRawBodies` and
// `usesNonJsonResponses` are false and that code is not in the build; here they are on (as for
// scripts/generate/test/fixtures/raw-bodies.yaml, whose tables these mirror), against a real
// server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Operation } from "../src/generated/contract.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";
import { startServer } from "./helpers/http-server.js";
import { images } from "./helpers/images.js";

interface Received {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** What the server answers next, by path; a 503 first when the path is in `failOnce`. */
const answers: Record<string, { status?: number; type: string; body: Buffer | string }> = {};
const failOnce = new Set<string>();
const received: Received[] = [];
let server: Awaited<ReturnType<typeof startServer>>;
let sdk: typeof import("../src/index.js");

beforeAll(async () => {
  turnOnEveryFeature();
  sdk = await import("../src/index.js");
  server = await startServer((req, res, body) => {
    received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
    const path = req.url!.split("?")[0]!;
    if (failOnce.delete(path)) {
      res.writeHead(503, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: "busy" }));
      return;
    }
    const answer = answers[path] ?? { status: 204, type: "", body: "" };
    res.writeHead(answer.status ?? 200, answer.type ? { "content-type": answer.type } : {});
    res.end(answer.body);
  });
});
afterAll(async () => {
  restoreFeatures();
  await server.close();
});
beforeEach(() => {
  received.length = 0;
  failOnce.clear();
  for (const key of Object.keys(answers)) delete answers[key];
});

const putBlob: Operation = {
  operationId: "putBlob",
  method: "put",
  path: "/blobs",
  sdkName: "blobs.update",
  requestBody: { mediaType: "application/octet-stream", required: true, schema: { type: "file" } },
  response: { status: "204", mediaType: "" },
};
const putAvatar: Operation = {
  operationId: "putAvatar",
  method: "put",
  path: "/avatars",
  sdkName: "avatars.update",
  requestBody: {
    mediaType: "image/png",
    required: true,
    schema: { type: "file", mediaTypes: ["image/png"], maxBytes: 1000 },
  },
  response: {
    status: "200",
    mediaType: "application/json",
    schema: {
      type: "object",
      properties: { avatar_url: { type: "string" } },
      names: { avatar_url: "avatarUrl" },
    },
  },
};
const createNote: Operation = {
  operationId: "createNote",
  method: "post",
  path: "/notes",
  sdkName: "notes.create",
  requestBody: {
    mediaType: "text/plain",
    required: true,
    schema: { type: "string", maxLength: 20 },
  },
  response: { status: "200", mediaType: "text/plain", schema: { type: "string" } },
};
const putConfig: Operation = {
  operationId: "putConfig",
  method: "put",
  path: "/config",
  sdkName: "config.update",
  requestBody: { mediaType: "application/xml", required: true, schema: {} },
};
const createSpeech: Operation = {
  operationId: "createSpeech",
  method: "post",
  path: "/speech",
  sdkName: "speech.create",
  requestBody: {
    mediaType: "application/json",
    required: true,
    schema: { type: "object", properties: { input: { type: "string" } }, required: ["input"] },
  },
  response: { status: "200", mediaType: "audio/mpeg", schema: { type: "file" } },
};
const exportRows: Operation = {
  operationId: "exportRows",
  method: "get",
  path: "/exports",
  sdkName: "exports.list",
  response: { status: "200", mediaType: "text/csv", schema: { type: "string" } },
};
const createDocument: Operation = {
  operationId: "createDocument",
  method: "post",
  path: "/documents",
  sdkName: "documents.create",
  requestBody: {
    mediaType: "multipart/form-data",
    required: true,
    schema: {
      type: "object",
      properties: { document: { type: "file", mediaTypes: ["application/pdf"] } },
      required: ["document"],
    },
    encoding: { document: "file" },
  },
  response: { status: "204", mediaType: "" },
};

function client(retries = false) {
  return new sdk.OrqCore({
    apiKey: "k",
    serverURL: server.url,
    retryConfig: retries
      ? { strategy: "backoff", backoff: { initialInterval: 1, maxInterval: 5 } }
      : { strategy: "none" },
  });
}

/** Bytes no format sniffer knows, with every byte value in them. */
const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256);
const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");

describe("raw request bodies", () => {
  it("sends a file's bytes exactly, as the declared media type, with its length", async () => {
    const result = await client().callOperation(putBlob, new Blob([bytes]));
    expect(result).toEqual({ ok: true, value: undefined });
    const [request] = received;
    expect(request!.method).toBe("PUT");
    expect(request!.headers["content-type"]).toBe("application/octet-stream");
    expect(Buffer.compare(request!.body, Buffer.from(bytes))).toBe(0);
  });

  it("sends a raw body as the Content-Type the caller gives (GitHub's release assets)", async () => {
    const zip = new Blob([bytes], { type: "application/zip" });
    await client().callOperation(putBlob, zip, {
      fetchOptions: { headers: { "Content-Type": "application/zip" } },
    });
    await client().callOperation(putBlob, zip, { headers: { "content-type": "application/zip" } });
    // Not given: the spec's type, whatever the Blob says.
    await client().callOperation(putBlob, zip);
    expect(received.map((r) => r.headers["content-type"])).toEqual([
      "application/zip",
      "application/zip",
      "application/octet-stream",
    ]);
    for (const r of received) expect(Buffer.compare(r.body, Buffer.from(bytes))).toBe(0);
  });

  it("sends an empty file where any bytes go; refuses one where an image must be", async () => {
    const empty = await client().callOperation(putBlob, new Blob([]));
    expect(empty).toEqual({ ok: true, value: undefined });
    expect(received).toHaveLength(1);
    expect(received[0]!.headers["content-length"]).toBe("0");
    expect(received[0]!.body.length).toBe(0);

    const avatar = await client().callOperation(putAvatar, new Uint8Array(0));
    expect(!avatar.ok && avatar.error).toBeInstanceOf(sdk.ValidationError);
    expect(!avatar.ok && avatar.error.message).toMatch(/value: empty file|: empty file/);
    expect(received).toHaveLength(1);
  });

  it("takes every file input: bytes, an ArrayBuffer, a stream, { fileName, content }", async () => {
    const inputs = [
      bytes,
      bytes.buffer,
      new Blob([bytes]).stream(),
      { fileName: "x.bin", content: new Blob([bytes]) },
    ];
    for (const input of inputs) {
      received.length = 0;
      const result = await client().callOperation(putBlob, input);
      expect(result.ok).toBe(true);
      expect(Buffer.compare(received[0]!.body, Buffer.from(bytes))).toBe(0);
    }
  });

  it("takes a runtime's own inputs (a canvas, a Deno file) as the body too", async () => {
    class RuntimeFile {}
    const client = new sdk.OrqCore(
      { apiKey: "k", serverURL: server.url, retryConfig: { strategy: "none" } },
      {
        name: "test",
        encodeMultipart: sdk.encodeFormData,
        isFileInput: (value) => value instanceof RuntimeFile,
        toFileInput: async () => new Blob([bytes]),
      },
    );
    const result = await client.callOperation(putBlob, new RuntimeFile());
    expect(result.ok).toBe(true);
    expect(Buffer.compare(received[0]!.body, Buffer.from(bytes))).toBe(0);
    // And, beside its own, what every runtime takes (the Deno and browser runtimes have inputs
    // of their own, and once turned a Blob here into an empty object of fields).
    for (const input of [new Blob([bytes]), bytes]) {
      received.length = 0;
      const plain = await client.callOperation(putBlob, input);
      expect(plain.ok, plain.ok ? "" : plain.error.message).toBe(true);
      expect(Buffer.compare(received[0]!.body, Buffer.from(bytes))).toBe(0);
    }
  });

  it("re-sends the whole file on a retry", async () => {
    failOnce.add("/blobs");
    const result = await client(true).callOperation(putBlob, new Blob([bytes]));
    expect(result.ok).toBe(true);
    expect(received).toHaveLength(2);
    for (const request of received)
      expect(Buffer.compare(request.body, Buffer.from(bytes))).toBe(0);
  });

  it("checks a file against the body's media type and size before sending", async () => {
    answers["/avatars"] = { type: "application/json", body: '{"avatar_url":"u"}' };
    const ok = await client().callOperation(putAvatar, new Blob([images.png()]));
    expect(ok).toEqual({ ok: true, value: { avatarUrl: "u" } });
    expect(received[0]!.headers["content-type"]).toBe("image/png");
    expect(Buffer.compare(received[0]!.body, Buffer.from(images.png()))).toBe(0);

    received.length = 0;
    const jpeg = await client().callOperation(putAvatar, new Blob([images.jpeg()]));
    expect(jpeg.ok).toBe(false);
    expect(!jpeg.ok && jpeg.error).toBeInstanceOf(sdk.ValidationError);
    expect(!jpeg.ok && jpeg.error.message).toMatch(/must be PNG, but it is JPEG/);
    const big = new Uint8Array(2000);
    big.set(images.png());
    const tooBig = await client().callOperation(putAvatar, big);
    expect(!tooBig.ok && tooBig.error.message).toMatch(/2000 bytes, at most 1000/);
    expect(received).toHaveLength(0);
  });

  it("sends text as it is, not as JSON, and checks its rules", async () => {
    answers["/notes"] = { type: "text/plain; charset=utf-8", body: 'stored: "a" \u00e9' };
    const result = await client().callOperation(createNote, 'say "hi" \u00e9');
    expect(result).toEqual({ ok: true, value: 'stored: "a" \u00e9' });
    expect(received[0]!.headers["content-type"]).toBe("text/plain");
    expect(received[0]!.headers.accept).toBe("text/plain, application/json");
    expect(received[0]!.body.toString("utf8")).toBe('say "hi" \u00e9');

    received.length = 0;
    const long = await client().callOperation(createNote, "x".repeat(21));
    expect(!long.ok && long.error.message).toMatch(/request must be at most 20 characters/);
    const object = await client().callOperation(createNote, { text: "x" });
    expect(!object.ok && object.error.message).toMatch(/request must be a string/);
    expect(received).toHaveLength(0);
  });

  it("refuses an object for a body it could only guess how to write", async () => {
    const result = await client().callOperation(putConfig, { a: 1 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBeInstanceOf(sdk.ValidationError);
    expect(!result.ok && result.error.message).toMatch(
      /request: a body sent as application\/xml must be a file or text \(got an object\)$/,
    );
    expect(received).toHaveLength(0);
    // Where the schema says what goes there, it alone is said (probe58: "must be a file" and,
    // beside it, "must be a file or text").
    const blob = await client().callOperation(putBlob, { a: 1 });
    expect(!blob.ok && (blob.error as InstanceType<typeof sdk.ValidationError>).issues).toEqual([
      { path: "", message: "request must be a file (got an object)" },
    ]);
    const text = await client().callOperation(putConfig, "<config/>");
    expect(text.ok).toBe(true);
    expect(received[0]!.body.toString()).toBe("<config/>");
    expect(received[0]!.headers["content-type"]).toBe("application/xml");
  });
});

describe("answers that are not JSON", () => {
  it("resolves a binary answer to a stream of exactly the bytes sent, asking for its type", async () => {
    answers["/speech"] = { type: "audio/mpeg", body: Buffer.from(bytes) };
    const result = await client().callOperation(createSpeech, { input: "hello" });
    expect(result.ok).toBe(true);
    const stream = (result as { value: ReadableStream<Uint8Array> }).value;
    expect(stream).toBeInstanceOf(ReadableStream);
    const got = Buffer.from(await new Response(stream).arrayBuffer());
    expect(Buffer.compare(got, Buffer.from(bytes))).toBe(0);
    expect(received[0]!.headers.accept).toBe("audio/mpeg, application/json");
  });

  it("keeps an error of a binary operation an APIError with its parsed body", async () => {
    answers["/speech"] = {
      status: 400,
      type: "application/json",
      body: JSON.stringify({ message: "voice not found" }),
    };
    const result = await client().callOperation(createSpeech, { input: "hello" });
    expect(result.ok).toBe(false);
    const error = (result as unknown as { error: InstanceType<typeof sdk.APIError> }).error;
    expect(error).toBeInstanceOf(sdk.APIError);
    expect(error.body).toEqual({ message: "voice not found" });
    expect(error.message).toMatch(/400.*voice not found/);
  });

  it("resolves a text answer to its text", async () => {
    answers["/exports"] = { type: "text/csv", body: "a,b\n1,2\n" };
    const result = await client().callOperation(exportRows, undefined);
    expect(result).toEqual({ ok: true, value: "a,b\n1,2\n" });
    expect(received[0]!.headers.accept).toBe("text/csv, application/json");
  });
});

describe("answers in a JSON sequence (NDJSON)", () => {
  const exportRecords: Operation = {
    operationId: "exportRecords",
    method: "get",
    path: "/records",
    sdkName: "records.export",
    response: {
      status: "200",
      mediaType: "application/x-ndjson",
      schema: {
        type: "array",
        items: {
          type: "object",
          properties: { record_id: { type: "string" } },
          names: { record_id: "recordId" },
        },
      },
      lines: "each",
    },
  };

  it("reads each line as a value, blank lines skipped, asking for NDJSON", async () => {
    answers["/records"] = {
      type: "application/x-ndjson",
      body: '{"record_id":"r1"}\n\n{"record_id":"r2"}\r\n',
    };
    const result = await client().callOperation(exportRecords, undefined);
    expect(result).toEqual({ ok: true, value: [{ recordId: "r1" }, { recordId: "r2" }] });
    expect(received[0]!.headers.accept).toBe("application/x-ndjson, application/json");
  });

  it("an empty answer is the empty list; one a server sends as plain JSON is read as JSON", async () => {
    answers["/records"] = { type: "application/x-ndjson", body: "" };
    expect(await client().callOperation(exportRecords, undefined)).toEqual({ ok: true, value: [] });
    answers["/records"] = {
      type: "application/json; charset=utf-8",
      body: JSON.stringify([{ record_id: "r1" }], null, 2),
    };
    expect(await client().callOperation(exportRecords, undefined)).toEqual({
      ok: true,
      value: [{ recordId: "r1" }],
    });
  });

  it("a line that is not JSON is a ResponseValidationError naming it", async () => {
    answers["/records"] = { type: "application/x-ndjson", body: '{"record_id":"r1"}\nnot json\n' };
    const result = await client().callOperation(exportRecords, undefined);
    const error = (result as unknown as { error: Error }).error;
    expect(error).toBeInstanceOf(sdk.ResponseValidationError);
    expect(error.message).toMatch(/not valid application\/x-ndjson \(line 2 is not valid JSON\)/);
  });
});

describe("file fields of formats the bytes cannot prove", () => {
  it("takes a PDF where a PDF is asked for, and sends it as one", async () => {
    const result = await client().callOperation(createDocument, { document: new Blob([pdf]) });
    expect(result.ok).toBe(true);
    const [request] = received;
    const form = await new Response(new Uint8Array(request!.body), {
      headers: { "content-type": String(request!.headers["content-type"]) },
    }).formData();
    const document = form.get("document") as File;
    expect(document.type).toBe("application/pdf");
    expect(Buffer.compare(Buffer.from(await document.arrayBuffer()), Buffer.from(pdf))).toBe(0);
  });

  it("still refuses what the bytes show is something else", async () => {
    const result = await client().callOperation(createDocument, {
      document: new Blob([images.png()]),
    });
    expect(!result.ok && result.error.message).toMatch(
      /document: must be application\/pdf, but it is PNG/,
    );
    expect(received).toHaveLength(0);
  });
});
