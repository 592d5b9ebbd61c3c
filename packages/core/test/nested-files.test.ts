// A file only has a form of its own as a multipart file part. Inside a multipart field sent as
// JSON text, or anywhere in a JSON body, JSON.stringify writes a Blob as `{}`: the request goes
// out and the server loses the file without a word. Such a file is refused before sending. The
// tables are in the shape the generator writes for `format: binary` inside an object
// (a multipart field of `format: binary` inside an object), against a real server. The check is
// behind the generated `usesNestedFiles` (the shipped spec has no such file), turned on here.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Operation, SchemaNode } from "../src/generated/contract.js";
import { startServer } from "./helpers/http-server.js";
import { images } from "./helpers/images.js";

const SCHEMAS = new URL("../src/generated/schemas.ts", import.meta.url).pathname;
const bodies: { type: string | undefined; body: string }[] = [];
let server: Awaited<ReturnType<typeof startServer>>;
let sdk: typeof import("../src/index.js");

beforeAll(async () => {
  vi.resetModules();
  vi.doMock(SCHEMAS, async (importOriginal) => ({
    ...(await importOriginal<object>()),
    usesNestedFiles: true,
  }));
  sdk = await import("../src/index.js");
  server = await startServer((req, res, body) => {
    bodies.push({ type: req.headers["content-type"], body: body.toString("latin1") });
    res.writeHead(204).end();
  });
});
afterAll(async () => {
  vi.doUnmock(SCHEMAS);
  vi.resetModules();
  await server.close();
});
beforeEach(() => {
  bodies.length = 0;
});

const META: SchemaNode = {
  type: "object",
  properties: { thumbnail: { type: "file" }, caption_text: { type: "string" } },
  names: { caption_text: "captionText" },
};

const sendMessage: Operation = {
  operationId: "sendMessage",
  method: "post",
  path: "/messages",
  sdkName: "messages.create",
  requestBody: {
    mediaType: "multipart/form-data",
    required: true,
    schema: {
      type: "object",
      properties: {
        subject: { type: "string" },
        attachment: { type: "file" },
        meta: META,
        pages: { type: "array", items: META },
      },
      required: ["subject"],
    },
    encoding: { attachment: "file", pages: "json" },
  },
  response: { status: "204", mediaType: "" },
};

const createNote: Operation = {
  operationId: "createNote",
  method: "post",
  path: "/notes",
  sdkName: "notes.create",
  requestBody: {
    mediaType: "application/json",
    required: true,
    schema: {
      type: "object",
      properties: { meta: META, attachment: { type: "file" } },
    },
  },
  response: { status: "204", mediaType: "" },
};

const client = () =>
  new sdk.OrqCore({ apiKey: "k", serverURL: server.url, retryConfig: { strategy: "none" } });
const png = () => new Blob([images.png()], { type: "image/png" });

async function refused(op: Operation, request: unknown, path: string) {
  const result = await client().callOperation(op, request);
  expect(result.ok).toBe(false);
  const error = !result.ok && result.error;
  expect(error).toBeInstanceOf(sdk.ValidationError);
  const { issues, message } = error as InstanceType<typeof sdk.ValidationError>;
  expect(issues.map((i) => i.path)).toEqual([path]);
  expect(message).toContain(`${path}: a file can only be sent as a multipart field of its own`);
  expect(bodies).toHaveLength(0);
}

describe("a file where only JSON can go", () => {
  it("refuses a file inside an object of a multipart body, naming its path", async () => {
    await refused(
      sendMessage,
      { subject: "hi", attachment: png(), meta: { thumbnail: png(), captionText: "c" } },
      "meta.thumbnail",
    );
  });

  it("refuses one in a list of objects sent as one JSON part", async () => {
    await refused(
      sendMessage,
      { subject: "hi", pages: [{ captionText: "a" }, { thumbnail: png() }] },
      "pages[1].thumbnail",
    );
  });

  it("refuses a file anywhere in a JSON body", async () => {
    await refused(createNote, { attachment: png() }, "attachment");
    await refused(createNote, { meta: { thumbnail: png() } }, "meta.thumbnail");
  });

  it("still sends the same objects without a file, and files as file parts", async () => {
    const multipart = await client().callOperation(sendMessage, {
      subject: "hi",
      attachment: png(),
      meta: { captionText: "c" },
      pages: [{ captionText: "a" }],
    });
    expect(multipart.ok).toBe(true);
    expect(bodies[0]!.body).toContain('name="attachment"; filename="image.png"');
    expect(bodies[0]!.body).toContain('{"caption_text":"c"}');
    expect(bodies[0]!.body).toContain('[{"caption_text":"a"}]');

    const json = await client().callOperation(createNote, { meta: { captionText: "c" } });
    expect(json.ok).toBe(true);
    expect(bodies[1]).toEqual({
      type: "application/json",
      body: '{"meta":{"caption_text":"c"}}',
    });
  });
});
