import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { tinyPng, type ValidationErrorDetail } from "../src/index.js";
import { JPEG, mock, sha256 } from "./helpers.js";

const created = {
  "201": {
    description: "stored",
    content: {
      "application/json": {
        schema: { type: "object", properties: { ok: { type: "boolean" } } },
      },
    },
  },
};

/** A body of one media type, answered 201 JSON. */
function upload(mediaType: string, schema?: object) {
  return {
    post: {
      requestBody: { required: true, content: { [mediaType]: schema ? { schema } : {} } },
      responses: created,
    },
  };
}

/** An operation whose success answer is `mediaType`. */
function download(mediaType: string, schema?: object) {
  return {
    get: {
      responses: {
        "200": { description: "ok", content: { [mediaType]: schema ? { schema } : {} } },
      },
    },
  };
}

const spec = {
  openapi: "3.1.0",
  info: { title: "raw bodies", version: "1" },
  paths: {
    "/notes": upload("text/plain", { type: "string", maxLength: 10 }),
    "/flags": upload("application/json", {
      type: "object",
      properties: { comment: { type: "string" } },
      required: ["comment"],
    }),
    "/xml": upload("application/xml", { type: "object", properties: { id: { type: "integer" } } }),
    "/blobs": upload("application/octet-stream", {
      type: "string",
      format: "binary",
      "x-max-bytes": 1000,
    }),
    "/stream": upload("application/octet-stream", { type: "string", format: "binary" }),
    "/avatar": upload("image/png", { type: "string", contentMediaType: "image/png" }),
    "/images": upload("image/*"),
    "/speech": download("audio/mpeg", { type: "string", format: "binary" }),
    "/any-audio": download("audio/*", { type: "string", format: "binary" }),
    "/any-application": download("application/*"),
    "/report": download("application/pdf", { type: "string", format: "binary" }),
    "/picture": download("image/png"),
    "/bytes": download("application/octet-stream", { type: "string" }),
    "/csv": download("text/csv", { type: "string", example: "a,b\n1,2\n" }),
  },
};

async function send(
  url: string,
  body: string | Uint8Array,
  contentType: string,
): Promise<Response> {
  // Copied into a plain ArrayBuffer-backed view: what fetch's BodyInit type accepts.
  const init = typeof body === "string" ? body : new Uint8Array(body);
  return fetch(url, { method: "POST", body: init, headers: { "content-type": contentType } });
}

async function details(res: Response): Promise<ValidationErrorDetail[]> {
  const json = (await res.json()) as { error: { details?: ValidationErrorDetail[] } };
  return json.error.details ?? [];
}

describe("raw request bodies", () => {
  it("reads text as text and validates it against the schema", async () => {
    const server = await mock({ spec });
    const ok = await send(server.url + "/notes", "héllo", "text/plain; charset=utf-8");
    expect(ok.status).toBe(201);
    expect(server.requests[0]).toMatchObject({
      status: 201,
      body: "héllo",
      raw: { size: Buffer.byteLength("héllo"), sha256: sha256(Buffer.from("héllo")) },
    });

    const long = await send(server.url + "/notes", "far too long a note", "text/plain");
    expect(long.status).toBe(422);
    expect(await details(long)).toEqual([
      expect.objectContaining({ location: "body", instancePath: "", keyword: "maxLength" }),
    ]);
  });

  it("takes XML described by an object schema without pretending to parse it", async () => {
    const server = await mock({ spec });
    const xml = "<thing><id>1</id></thing>";
    const res = await send(server.url + "/xml", xml, "application/xml");
    expect(res.status).toBe(201);
    expect(server.requests[0]!.body).toBe(xml);
  });

  it("streams binary bodies, recording their size and hash", async () => {
    const server = await mock({ spec });
    const bytes = randomBytes(600);
    const res = await send(server.url + "/blobs", bytes, "application/octet-stream");
    expect(res.status).toBe(201);
    expect(server.requests[0]).toMatchObject({
      body: undefined,
      raw: { contentType: "application/octet-stream", size: 600, sha256: sha256(bytes) },
    });
  });

  it("takes bytes labelled with their own type where the spec says octet-stream", async () => {
    // GitHub's release assets: the SDK sends the caller's Content-Type (application/zip); the
    // mock answered 415 to a call the API takes.
    const server = await mock({ spec });
    const bytes = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);
    const zip = await send(server.url + "/blobs", bytes, "application/zip");
    expect(zip.status).toBe(201);
    expect(server.requests[0]).toMatchObject({
      contentType: "application/zip",
      raw: { size: 7, sha256: sha256(Buffer.from(bytes)) },
    });
    // JSON, text and forms are not bytes of a type of their own: still refused there.
    for (const type of ["application/json", "text/plain", "application/x-www-form-urlencoded"])
      expect((await send(server.url + "/blobs", "{}", type)).status, type).toBe(415);
  });

  it("reads a JSON type the spec does not list by its JSON key (probe59)", async () => {
    // The SDK sends a caller's JSON type as given (LaunchDarkly's semantic patch, a JSON patch):
    // the mock answered 415 where the spec lists only application/json.
    const server = await mock({ spec });
    for (const type of [
      "application/json-patch+json",
      "application/json; domain-model=launchdarkly.semanticpatch",
      "application/merge-patch+json",
    ]) {
      const ok = await send(server.url + "/flags", JSON.stringify({ comment: "on" }), type);
      expect(ok.status, type).toBe(201);
      // Checked by that key's schema all the same.
      const bad = await send(server.url + "/flags", JSON.stringify({}), type);
      expect(bad.status, type).toBe(422);
    }
    expect(server.requests[0]).toMatchObject({ body: { comment: "on" } });
    // Not JSON: still refused.
    expect((await send(server.url + "/flags", "comment=on", "text/plain")).status).toBe(415);
  });

  it("takes an empty body where any bytes go, not where an image must be", async () => {
    const server = await mock({ spec });
    const empty = await send(server.url + "/blobs", new Uint8Array(0), "application/octet-stream");
    expect(empty.status).toBe(201);
    expect(server.requests[0]!.raw).toMatchObject({ size: 0 });
    const image = await send(server.url + "/avatar", new Uint8Array(0), "image/png");
    expect(image.status).toBe(422);
    expect(await details(image)).toEqual([expect.objectContaining({ keyword: "empty" })]);
  });

  it("counts a body of many megabytes sent in chunks", async () => {
    const server = await mock({ spec });
    const chunk = randomBytes(1024 * 1024);
    const count = 24;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < count; i++) controller.enqueue(new Uint8Array(chunk));
        controller.close();
      },
    });
    const res = await fetch(server.url + "/stream", {
      method: "POST",
      body,
      headers: { "content-type": "application/octet-stream" },
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(201);
    expect(server.requests[0]!.raw).toMatchObject({
      size: count * chunk.length,
      sha256: sha256(Buffer.concat(Array.from({ length: count }, () => chunk))),
    });
  });

  it("refuses a binary body over x-max-bytes", async () => {
    const server = await mock({ spec });
    const res = await send(server.url + "/blobs", randomBytes(1001), "application/octet-stream");
    expect(res.status).toBe(422);
    expect(await details(res)).toEqual([
      expect.objectContaining({
        location: "body",
        keyword: "x-max-bytes",
        params: { limit: 1000, size: 1001 },
      }),
    ]);
  });

  it("checks that image bytes are the declared image", async () => {
    const server = await mock({ spec });
    expect((await send(server.url + "/avatar", tinyPng(), "image/png")).status).toBe(201);
    const wrong = await send(server.url + "/avatar", JPEG, "image/png");
    expect(wrong.status).toBe(422);
    expect(await details(wrong)).toEqual([
      expect.objectContaining({
        keyword: "magic",
        params: { declared: "image/png", detected: "image/jpeg" },
      }),
    ]);
    // A wildcard media type: the Content-Type sent says which image the bytes must be.
    expect((await send(server.url + "/images", JPEG, "image/jpeg")).status).toBe(201);
    expect((await send(server.url + "/images", JPEG, "image/webp")).status).toBe(422);
    expect((await send(server.url + "/images", JPEG, "text/plain")).status).toBe(415);
  });
});

describe("binary responses", () => {
  async function get(url: string): Promise<{ type: string | null; bytes: Buffer }> {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get("content-length")).toBe(String(bytes.length));
    return { type: res.headers.get("content-type"), bytes };
  }

  it("answer real bytes of the declared type", async () => {
    const server = await mock({ spec });
    const picture = await get(server.url + "/picture");
    expect(picture).toEqual({ type: "image/png", bytes: tinyPng() });

    const speech = await get(server.url + "/speech");
    expect(speech.type).toBe("audio/mpeg");
    const pdf = await get(server.url + "/report");
    expect(pdf.type).toBe("application/pdf");
    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const bytes = await get(server.url + "/bytes");
    expect(bytes.type).toBe("application/octet-stream");
    for (const { bytes: b } of [speech, pdf, bytes]) {
      expect(b.length).toBeGreaterThan(0);
      // Not a JSON or synthesized string: the sampler's text would be e.g. "string".
      expect(b.toString("latin1")).not.toMatch(/^"?string"?$/);
    }
    // Deterministic: the same bytes every time.
    expect((await get(server.url + "/speech")).bytes).toEqual(speech.bytes);
  });

  it("answer a wildcard with a concrete media type", async () => {
    const server = await mock({ spec });
    expect((await get(server.url + "/any-audio")).type).toBe("audio/mpeg");
    expect((await get(server.url + "/any-application")).type).toBe("application/octet-stream");
  });

  it("still answer text media types with text", async () => {
    const server = await mock({ spec });
    const csv = await get(server.url + "/csv");
    expect([csv.type, csv.bytes.toString("utf8")]).toEqual(["text/csv", "a,b\n1,2\n"]);
  });
});
