// A runtime's own file inputs (a Deno file, a browser's FileList or canvas) in a multipart body
// written as an `allOf`, as Discord writes its messages (`allOf: [MessageCreateRequest,
// { files[0], … }]`): the files' SDK names (`files0`) are in the second part, and were looked for
// in the body's own node alone, so the inputs were never converted and every one was refused
// ("must be a file", probe46). Behind the generated `usesMultipartAllOf` (the shipped spec has no
// such body), turned on here with every other feature, against a real server.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Operation } from "../src/generated/contract.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";
import { startServer } from "./helpers/http-server.js";

const bodies: string[] = [];
let server: Awaited<ReturnType<typeof startServer>>;
let sdk: typeof import("../src/index.js");

beforeAll(async () => {
  turnOnEveryFeature();
  sdk = await import("../src/index.js");
  server = await startServer((_req, res, body) => {
    bodies.push(body.toString("latin1"));
    res.writeHead(204).end();
  });
});
afterAll(async () => {
  restoreFeatures();
  await server.close();
});

const createMessage: Operation = {
  operationId: "createMessage",
  method: "post",
  path: "/messages",
  sdkName: "messages.create",
  requestBody: {
    mediaType: "multipart/form-data",
    required: true,
    schema: {
      allOf: [
        { type: "object", properties: { content: { type: "string" } } },
        {
          type: "object",
          properties: { "files[0]": { type: "file" }, "files[1]": { type: "file" } },
          names: { "files[0]": "files0", "files[1]": "files1" },
        },
      ],
    },
    encoding: { "files[0]": "file", "files[1]": "file" },
  },
  response: { status: "204", mediaType: "" },
};

it("converts them where a part of the allOf declares them, and sends them as file parts", async () => {
  class RuntimeFile {
    constructor(readonly text: string) {}
  }
  const client = new sdk.OrqCore(
    { apiKey: "k", serverURL: server.url, retryConfig: { strategy: "none" } },
    {
      name: "test",
      encodeMultipart: sdk.encodeFormData,
      isFileInput: (value) => value instanceof RuntimeFile,
      toFileInput: async (value) =>
        new File([(value as RuntimeFile).text], "note.txt", { type: "text/plain" }),
    },
  );
  const result = await client.callOperation(createMessage, {
    content: "look",
    files0: new RuntimeFile("first"),
    files1: new RuntimeFile("second"),
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(bodies.at(-1)).toMatch(
    /name="files\[0\]"; filename="note.txt"\r\nContent-Type: text\/plain\r\n\r\nfirst/,
  );
  expect(bodies.at(-1)).toMatch(
    /name="files\[1\]"; filename="note.txt"\r\nContent-Type: text\/plain\r\n\r\nsecond/,
  );
});
