/**
 * Quirks of published specs the mock stumbled on:
 * - examples are data, but the validator walks every key of a schema: an `$id` in an example
 *   (Box writes metadata examples with `"$id": "01234500-…"`) was taken for a schema's id, and
 *   two alike stopped the mock at its first request ("resolves to more than one schema");
 * - a pattern with an escape a Unicode regex refuses (DigitalOcean's `\:`) could not be
 *   compiled, so its operation went unchecked;
 * - a body of base64 text under a binary media type (Spotify's playlist cover: `image/jpeg` with
 *   `type: string, format: base64`) was checked for JPEG magic bytes, and refused;
 * - an object made of closed parts (AssemblyAI's `allOf: [{ audio_url }, $ref optional params]`,
 *   each with `additionalProperties: false`) refused every request, each part refusing the
 *   other's properties;
 * - an example whose value is a `$ref` into a schema's example (Shutterstock's) was answered as
 *   `{"$ref": …}`;
 * - two templates told apart only by their parameters' names (Xero's attachments by id and by
 *   file name) sent every request to the first.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { MockServer } from "../src/index.js";
import { AUTH, mock, sendJson } from "./helpers.js";

const metadata = {
  type: "object",
  properties: { $id: { type: "string" }, scope: { type: "string" } },
  example: { $id: "01234500-12f1-1234-aa12-b1d234cb567e", scope: "enterprise" },
};
const spec = {
  openapi: "3.0.2",
  info: { title: "example ids", version: "1" },
  paths: {
    "/metadata": {
      post: {
        operationId: "createMetadata",
        requestBody: { content: { "application/json": { schema: metadata } } },
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: metadata } },
          },
        },
      },
    },
  },
  components: { schemas: { Metadata: metadata } },
};

describe("an $id inside examples", () => {
  it("is data: requests are checked and answered, a property named $id included", async () => {
    const server = await mock({ spec });
    const post = (body: unknown) => sendJson(server, "/metadata", body);
    const ok = await post({ $id: "x", scope: "enterprise" });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual(metadata.example);
    expect((await post({ $id: 3 })).status).toBe(422);
  });
});

describe("an example whose value is a $ref", () => {
  it("answers what it points at, not the $ref itself (probe60: Shutterstock)", async () => {
    const user = {
      type: "object",
      properties: { username: { type: "string" } },
      example: { username: "jdoe" },
    };
    const server = await mock({
      spec: {
        openapi: "3.0.2",
        info: { title: "example refs", version: "1" },
        paths: {
          "/user": {
            get: {
              responses: {
                "200": {
                  description: "ok",
                  content: {
                    "application/json": {
                      schema: { $ref: "#/components/schemas/User" },
                      examples: {
                        response: { value: { $ref: "#/components/schemas/User/example" } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        components: { schemas: { User: user } },
      },
    });
    const res = await fetch(`${server.url}/user`, { headers: AUTH });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ username: "jdoe" });
  });
});

describe("templates told apart only by their parameters' names", () => {
  it("serve a request by the one whose parameters it fits (probe60: Xero's attachments)", async () => {
    const ok = (id: string) => ({
      "200": {
        description: "ok",
        content: {
          "application/json": {
            schema: { type: "object", properties: { by: { type: "string", enum: [id] } } },
          },
        },
      },
    });
    const server = await mock({
      spec: {
        openapi: "3.0.2",
        info: { title: "attachments", version: "1" },
        paths: {
          "/Invoices/{InvoiceID}/Attachments/{AttachmentID}": {
            get: {
              operationId: "getAttachmentById",
              parameters: [
                { name: "InvoiceID", in: "path", required: true, schema: { type: "string" } },
                {
                  name: "AttachmentID",
                  in: "path",
                  required: true,
                  schema: { type: "string", format: "uuid" },
                },
              ],
              responses: ok("id"),
            },
          },
          "/Invoices/{InvoiceID}/Attachments/{FileName}": {
            get: {
              operationId: "getAttachmentByFileName",
              parameters: [
                { name: "InvoiceID", in: "path", required: true, schema: { type: "string" } },
                { name: "FileName", in: "path", required: true, schema: { type: "string" } },
              ],
              responses: ok("name"),
            },
          },
        },
      },
    });
    const get = (last: string) =>
      fetch(`${server.url}/Invoices/i1/Attachments/${last}`, { headers: AUTH });
    const byId = await get("00000000-0000-4000-8000-000000000000");
    expect(byId.status).toBe(200);
    expect(server.requests.at(-1)!.operationId).toBe("getAttachmentById");
    const byName = await get("my%20invoice.pdf");
    expect(byName.status).toBe(200);
    expect(server.requests.at(-1)).toMatchObject({
      operationId: "getAttachmentByFileName",
      parameters: { path: { FileName: "my invoice.pdf" } },
    });
  });
});

describe("a pattern a Unicode regex refuses", () => {
  it("is still checked, as other engines read it", async () => {
    const server = await mock({
      spec: {
        openapi: "3.0.2",
        info: { title: "patterns", version: "1" },
        paths: {
          "/tags": {
            get: {
              operationId: "listTags",
              parameters: [
                {
                  name: "tag",
                  in: "query",
                  schema: { type: "string", pattern: "^[a-zA-Z0-9_\\-\\:]+$" },
                },
              ],
              responses: { "204": { description: "ok" } },
            },
          },
        },
      },
    });
    expect((await fetch(server.url + "/tags?tag=env:prod_1")).status).toBe(204);
    expect((await fetch(server.url + "/tags?tag=env%20prod")).status).toBe(422);
  });
});

describe("an allOf of closed parts", () => {
  const optional = {
    type: "object",
    additionalProperties: false,
    properties: { speech_model: { type: "string" } },
  };
  const spec = {
    openapi: "3.0.2",
    info: { title: "closed parts", version: "1" },
    paths: {
      "/transcripts": {
        post: {
          operationId: "createTranscript",
          requestBody: {
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  additionalProperties: false,
                  allOf: [
                    {
                      type: "object",
                      additionalProperties: false,
                      required: ["audio_url"],
                      properties: { audio_url: { type: "string" } },
                    },
                    { $ref: "#/components/schemas/Optional" },
                  ],
                },
              },
            },
          },
          responses: { "204": { description: "ok" } },
        },
      },
      "/options": {
        post: {
          operationId: "setOptions",
          requestBody: {
            content: { "application/json": { schema: { $ref: "#/components/schemas/Optional" } } },
          },
          responses: { "204": { description: "ok" } },
        },
      },
    },
    components: { schemas: { Optional: optional } },
  };
  const post = (server: MockServer, path: string, body: unknown) =>
    sendJson(server, path, body).then((res) => res.status);

  it("is closed over all its parts' properties, and a part used alone stays closed", async () => {
    const server = await mock({ spec });
    expect(await post(server, "/transcripts", { audio_url: "u", speech_model: "best" })).toBe(204);
    expect(await post(server, "/transcripts", { audio_url: "u", extra: 1 })).toBe(422);
    expect(await post(server, "/transcripts", { speech_model: "best" })).toBe(422);
    expect(await post(server, "/options", { speech_model: "best" })).toBe(204);
    expect(await post(server, "/options", { audio_url: "u" })).toBe(422);
  });
});

describe("base64 text under a binary media type", () => {
  it("is text for the schema, not bytes for a magic check", async () => {
    const server = await mock({
      spec: {
        openapi: "3.0.2",
        info: { title: "base64 bodies", version: "1" },
        paths: {
          "/covers": {
            put: {
              operationId: "uploadCover",
              requestBody: {
                content: {
                  "image/jpeg": { schema: { type: "string", format: "base64", maxLength: 16 } },
                },
              },
              responses: { "202": { description: "accepted" } },
            },
          },
        },
      },
    });
    const put = (body: string) =>
      fetch(server.url + "/covers", {
        method: "PUT",
        headers: { "content-type": "image/jpeg" },
        body,
      }).then((res) => res.status);
    expect(await put("/9j/2wCEABoZ")).toBe(202);
    expect(server.requests.at(-1)!.body).toBe("/9j/2wCEABoZ");
    expect(await put("/9j/2wCEABoZGSccJz4lJT5CLy8v")).toBe(422);
  });
});

// Speakeasy-style specs (Mistral's chat) give one path and method two operations by a fragment
// (`/chat` and `/chat#stream`), told apart by the body (`stream: true`). No request names the
// fragment, and the mock served the first twin only: a streaming call was refused.
describe("operations told apart by a fragment", () => {
  const answer = (mediaType: string) => ({
    "200": {
      description: "ok",
      content: {
        [mediaType]: {
          schema: { type: "object", required: ["text"], properties: { text: { type: "string" } } },
        },
      },
    },
  });
  const chat = (stream: boolean, mediaType: string, operationId: string) => ({
    post: {
      operationId,
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["prompt"],
              properties: {
                prompt: { type: "string" },
                stream: stream ? { const: true } : { type: "boolean", enum: [false] },
              },
              ...(stream && { required: ["prompt", "stream"] }),
            },
          },
        },
      },
      responses: answer(mediaType),
    },
  });
  const twins = {
    openapi: "3.1.0",
    info: { title: "twins", version: "1" },
    paths: {
      "/chat": chat(false, "application/json", "chat"),
      "/chat#stream": chat(true, "text/event-stream", "chatStream"),
    },
  };

  it("serve the request by the twin whose request it fits", async () => {
    const server = await mock({ spec: twins });
    const post = (body: object) => sendJson(server, "/chat", body);
    const plain = await post({ prompt: "hi" });
    expect([plain.status, plain.headers.get("content-type")]).toEqual([200, "application/json"]);
    expect(server.requests.at(-1)!.operationId).toBe("chat");
    const streamed = await post({ prompt: "hi", stream: true });
    expect(streamed.status).toBe(200);
    expect(streamed.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(server.requests.at(-1)!.operationId).toBe("chatStream");
    // Fitting neither: refused by the first, as before.
    const wrong = await post({ prompt: 1 });
    expect(wrong.status).toBe(422);
    expect(server.requests.at(-1)!.operationId).toBe("chat");
  });

  // Mistral's `POST /v1/audio/transcriptions` and its `#stream` twin take a multipart form with
  // the file: the form was decoded and checked by the first twin only, so a streaming request
  // was refused with "/stream must be equal to constant" (probe40 F3).
  it("serve a multipart form by the twin whose form it fits, decoded by that twin's schema", async () => {
    const transcription = (stream: boolean, mediaType: string, operationId: string) => ({
      post: {
        operationId,
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["file", ...(stream ? ["stream"] : [])],
                properties: {
                  file: { type: "string", format: "binary" },
                  temperature: { type: "number" },
                  stream: stream
                    ? { type: "boolean", const: true }
                    : { type: "boolean", enum: [false], default: false },
                },
              },
            },
          },
        },
        responses: answer(mediaType),
      },
    });
    const server = await mock({
      spec: {
        openapi: "3.1.0",
        info: { title: "form twins", version: "1" },
        paths: {
          "/transcriptions": transcription(false, "application/json", "transcribe"),
          "/transcriptions#stream": transcription(true, "text/event-stream", "transcribeStream"),
        },
      },
    });
    const post = (fields: Record<string, string>) => {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array([1, 2, 3])]), "a.mp3");
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      return fetch(`${server.url}/transcriptions`, {
        method: "POST",
        headers: { authorization: "Bearer k" },
        body: form,
      });
    };
    const streamed = await post({ stream: "true", temperature: "0.5" });
    expect(streamed.status, await streamed.clone().text()).toBe(200);
    expect(streamed.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(server.requests.at(-1)).toMatchObject({
      operationId: "transcribeStream",
      body: { stream: true, temperature: 0.5 },
    });
    const whole = await post({ stream: "false" });
    expect([whole.status, whole.headers.get("content-type")]).toEqual([200, "application/json"]);
    expect(server.requests.at(-1)).toMatchObject({
      operationId: "transcribe",
      body: { stream: false },
    });
    // Fitting neither: refused by the first, as before.
    const wrong = await post({ stream: "maybe" });
    expect(wrong.status).toBe(422);
    expect(server.requests.at(-1)!.operationId).toBe("transcribe");
  });

  // Box's `PUT /schema#add` takes JSON, `#update` JSON Patch: the second's requests were read by
  // the first's media type and refused (415) before any twin was looked at (probe32 F4).
  it("read the body by the twin that takes the request's media type", async () => {
    const templates = {
      openapi: "3.0.3",
      info: { title: "media twins", version: "1" },
      paths: {
        "/schema#add": {
          put: {
            operationId: "addOption",
            requestBody: {
              required: true,
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["key"],
                    properties: { key: { type: "string" } },
                  },
                },
              },
            },
            responses: { "200": { description: "ok" } },
          },
        },
        "/schema#update": {
          put: {
            operationId: "patchOptions",
            requestBody: {
              required: true,
              content: {
                "application/json-patch+json": {
                  schema: {
                    type: "array",
                    items: {
                      type: "object",
                      required: ["op", "path"],
                      properties: { op: { enum: ["replace"] }, path: { type: "string" } },
                    },
                  },
                },
              },
            },
            responses: { "200": { description: "ok" } },
          },
        },
      },
    };
    const server = await mock({ spec: templates });
    const put = (contentType: string, body: unknown) =>
      fetch(`${server.url}/schema`, {
        method: "PUT",
        headers: { authorization: "Bearer k", "content-type": contentType },
        body: JSON.stringify(body),
      });
    const patched = await put("application/json-patch+json", [{ op: "replace", path: "/a" }]);
    expect(patched.status, await patched.text()).toBe(200);
    expect(server.requests.at(-1)!.operationId).toBe("patchOptions");
    const added = await put("application/json", { key: "a" });
    expect(added.status, await added.text()).toBe(200);
    expect(server.requests.at(-1)!.operationId).toBe("addOption");
    // A type neither takes: refused as before.
    expect((await put("text/plain", "x")).status).toBe(415);
  });
});

// Fern writes a discriminated union's tag as one shared enum in every branch (Cohere's
// `response_format`): read as strict `oneOf`, every value matches two branches and no request
// passed. The discriminator's mapping picks the branch, as the SDK and the server do.
describe("a discriminated oneOf whose branches share the tag's enum", () => {
  const kind = { type: "string", enum: ["text", "json_object"] };
  const formats = {
    openapi: "3.1.0",
    info: { title: "shared tags", version: "1" },
    paths: {
      "/chat": {
        post: {
          operationId: "chat",
          requestBody: {
            content: { "application/json": { schema: { $ref: "#/components/schemas/Format" } } },
          },
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Format" } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Format: {
          oneOf: [{ $ref: "#/components/schemas/Text" }, { $ref: "#/components/schemas/Json" }],
          discriminator: {
            propertyName: "type",
            mapping: { text: "#/components/schemas/Text", json_object: "Json" },
          },
        },
        Text: { type: "object", required: ["type"], properties: { type: kind } },
        Json: {
          type: "object",
          required: ["type", "schema"],
          properties: { type: kind, schema: { type: "object" } },
        },
      },
    },
  };

  it("checks a request by the branch its tag maps to, and still answers one", async () => {
    const server = await mock({ spec: formats });
    const post = (body: object) => sendJson(server, "/chat", body);
    for (const body of [{ type: "text" }, { type: "json_object", schema: {} }]) {
      const res = await post(body);
      expect(res.status).toBe(200);
      expect(["text", "json_object"]).toContain(((await res.json()) as { type: string }).type);
    }
    // The mapped branch's own rules apply: json_object needs its schema.
    expect((await post({ type: "json_object" })).status).toBe(422);
    expect((await post({ type: "other" })).status).toBe(422);
  });
});

// Okta writes PCRE patterns JavaScript cannot read (`(?i)`): ajv could not compile the schema, and
// every rule of it went unchecked, requests and answers. Only that pattern goes unchecked now.
describe("a pattern JavaScript cannot read", () => {
  it("goes unchecked alone; the schema's other rules still apply", async () => {
    const server = await mock({
      spec: {
        openapi: "3.0.3",
        info: { title: "pcre", version: "1" },
        paths: {
          "/streams": {
            post: {
              operationId: "createStream",
              requestBody: {
                content: {
                  "application/json": {
                    schema: {
                      type: "object",
                      required: ["name"],
                      properties: {
                        name: { type: "string", pattern: "(?i)^[a-z]+$" },
                        count: { type: "integer" },
                      },
                    },
                  },
                },
              },
              responses: { "204": { description: "ok" } },
            },
          },
        },
      },
    });
    const post = (body: object) => sendJson(server, "/streams", body);
    expect((await post({ name: "Logs1" })).status).toBe(204);
    expect((await post({ name: "logs", count: "many" })).status).toBe(422);
    expect((await post({ count: 1 })).status).toBe(422);
  });
});

describe("format: url", () => {
  it("is a URL as a browser reads it: a host without a dot too (probe65: AssemblyAI)", async () => {
    const server = await mock({
      spec: {
        openapi: "3.0.3",
        info: { title: "urls", version: "1" },
        paths: {
          "/transcripts": {
            post: {
              operationId: "createTranscript",
              requestBody: {
                content: {
                  "application/json": {
                    schema: {
                      type: "object",
                      properties: { audio_url: { type: "string", format: "url" } },
                    },
                  },
                },
              },
              responses: { "204": { description: "ok" } },
            },
          },
        },
      },
    });
    const post = (audio_url: string) => sendJson(server, "/transcripts", { audio_url });
    expect((await post("https://cdn/a.mp3")).status).toBe(204);
    expect((await post("http://localhost:8080/hook?x=1")).status).toBe(204);
    expect((await post("https://example.com/a.mp3")).status).toBe(204);
    expect((await post("not a url")).status).toBe(422);
    expect((await post("/relative/path.mp3")).status).toBe(422);
  });
});

describe("format: uri", () => {
  it("is a scheme and no white space, as the SDK checks it (probe85: Firecrawl)", async () => {
    const server = await mock({
      spec: {
        openapi: "3.0.3",
        info: { title: "uris", version: "1" },
        paths: {
          "/scrape": {
            post: {
              operationId: "scrape",
              requestBody: {
                content: {
                  "application/json": {
                    schema: {
                      type: "object",
                      properties: { url: { type: "string", format: "uri" } },
                    },
                  },
                },
              },
              responses: { "204": { description: "ok" } },
            },
          },
        },
      },
    });
    const post = (url: string) => sendJson(server, "/scrape", { url });
    for (const url of ["https://de.wikipedia.org/wiki/Köln", "https://a.com/?q=a|b", "urn:isbn:1"])
      expect((await post(url)).status, url).toBe(204);
    for (const url of ["https://a.com/a b", "/relative", "not a uri"])
      expect((await post(url)).status, url).toBe(422);
  });
});

// Okta's NotificationEvent: closed, and its template is `allOf: [$ref NotificationEvent]`. Closing
// the allOf over its part made a cycle of objects, and the mock did not start (stack overflow).
describe("a closed schema that refers to itself through an allOf", () => {
  it("is served, and checked closed at every depth", async () => {
    const event = {
      type: "object",
      additionalProperties: false,
      properties: {
        id: { type: "integer" },
        template: { allOf: [{ $ref: "#/components/schemas/Event" }] },
      },
    };
    const server = await mock({
      spec: {
        openapi: "3.0.1",
        info: { title: "recursive closed allOf", version: "1" },
        paths: {
          "/events": {
            post: {
              operationId: "createEvent",
              requestBody: {
                content: {
                  "application/json": { schema: { $ref: "#/components/schemas/Event" } },
                },
              },
              responses: {
                "200": {
                  description: "ok",
                  content: {
                    "application/json": { schema: { $ref: "#/components/schemas/Event" } },
                  },
                },
              },
            },
          },
        },
        components: { schemas: { Event: event } },
      },
    });
    const post = (body: object) => sendJson(server, "/events", body);
    expect((await post({ id: 1, template: { id: 2, template: { id: 3 } } })).status).toBe(200);
    expect((await post({ id: 1, template: { id: 2, extra: true } })).status).toBe(422);
    expect((await post({ id: 1, extra: true })).status).toBe(422);
  });
});

// Jira lists some bodies under `*/*` and `application/json`: a JSON body was checked against the
// `*/*` schema, the first key that matched, not the most specific one (§ 4.8.14).
describe("a body listed under */* and a specific media type", () => {
  it("is checked by the most specific key", async () => {
    const server = await mock({
      spec: {
        openapi: "3.0.1",
        info: { title: "most specific", version: "1" },
        paths: {
          "/preferences": {
            put: {
              operationId: "setPreference",
              requestBody: {
                content: {
                  "*/*": { schema: { type: "array", items: { type: "string" } } },
                  "application/json": {
                    schema: {
                      type: "object",
                      required: ["key"],
                      properties: { key: { type: "string" } },
                    },
                  },
                },
              },
              responses: { "204": { description: "ok" } },
            },
          },
        },
      },
    });
    const put = (body: object) => sendJson(server, "/preferences", body, "PUT");
    expect((await put({ key: "lang" })).status).toBe(204);
    expect((await put(["lang"])).status).toBe(422);
  });
});

// OpenAPI's own example (§ 4.8.25.2): a discriminator with no mapping, the tag a plain string in
// each branch. Every value matched both branches, so strict oneOf refused every request.
describe("a discriminated oneOf with the implicit mapping (component names)", () => {
  const pets = {
    openapi: "3.1.0",
    info: { title: "pets", version: "1" },
    paths: {
      "/pets": {
        post: {
          operationId: "addPet",
          requestBody: {
            content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } },
          },
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Pet: {
          oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
          discriminator: { propertyName: "pet_type" },
        },
        Cat: {
          type: "object",
          required: ["pet_type"],
          properties: { pet_type: { type: "string" }, hunts: { type: "boolean" } },
        },
        Dog: {
          type: "object",
          required: ["pet_type"],
          properties: { pet_type: { type: "string" }, barks: { type: "boolean" } },
        },
      },
    },
  };

  it("checks a request by the branch its tag names", async () => {
    const server = await mock({ spec: pets });
    const post = (body: object) => sendJson(server, "/pets", body);
    const cat = await post({ pet_type: "Cat", hunts: true });
    expect(cat.status).toBe(200);
    // The answer is a pet too, tagged by its branch's name.
    expect(["Cat", "Dog"]).toContain(((await cat.json()) as { pet_type: string }).pet_type);
    expect((await post({ pet_type: "Dog", barks: false })).status).toBe(200);
    expect((await post({ pet_type: "Dog", barks: "loud" })).status).toBe(422);
    expect((await post({ pet_type: "Cow" })).status).toBe(422);
  });
});

// OpenAPI 3.0 ignores what is written beside a `$ref` (§ 4.7.24), as the SDK does; the mock
// applied it, and refused values the SDK rightly sent. 3.1 applies it (JSON Schema 2020-12).
describe("keywords beside a $ref", () => {
  const names = (openapi: string) => ({
    openapi,
    info: { title: "ref siblings", version: "1" },
    paths: {
      "/names": {
        post: {
          operationId: "setName",
          requestBody: {
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    name: { $ref: "#/components/schemas/Name", maxLength: 2 },
                    nickname: { $ref: "#/components/schemas/Name", nullable: true },
                  },
                },
              },
            },
          },
          responses: { "204": { description: "set" } },
        },
      },
    },
    components: { schemas: { Name: { type: "string", maxLength: 5 } } },
  });
  const status = async (openapi: string, body: object) =>
    (await sendJson(await mock({ spec: names(openapi) }), "/names", body)).status;

  it("are ignored in 3.0, but for nullable", async () => {
    expect(await status("3.0.3", { name: "abcd" })).toBe(204);
    expect(await status("3.0.3", { name: "abcdef" })).toBe(422);
    expect(await status("3.0.3", { nickname: null })).toBe(204);
  });

  it("apply in 3.1", async () => {
    expect(await status("3.1.0", { name: "abcd" })).toBe(422);
    expect(await status("3.1.0", { name: "ab" })).toBe(204);
  });
});

// Vapi writes `enum: []` (nothing allowed) for an empty list of preset voices. ajv refuses to
// compile it: every schema reaching it went unchecked, and subschemas ajv had cached on the way
// stayed broken, so later operations answered 500 depending on the order of requests.
describe("an empty enum", () => {
  const voices = {
    openapi: "3.0.3",
    info: { title: "empty enum", version: "1" },
    paths: Object.fromEntries(
      ["assistants", "tools"].map((name) => [
        `/${name}`,
        {
          post: {
            operationId: name,
            requestBody: {
              content: {
                "application/json": { schema: { $ref: `#/components/schemas/${name}` } },
              },
            },
            responses: { "204": { description: "ok" } },
          },
        },
      ]),
    ),
    components: {
      schemas: {
        assistants: {
          type: "object",
          required: ["name"],
          properties: {
            name: { type: "string", maxLength: 10 },
            voice: { $ref: "#/components/schemas/Voice" },
          },
        },
        tools: {
          type: "object",
          required: ["type"],
          properties: {
            type: { type: "string", enum: ["dtmf"] },
            voice: { $ref: "#/components/schemas/Voice" },
          },
        },
        Voice: {
          oneOf: [
            { type: "string", enum: [], title: "Preset voices" },
            { type: "string", title: "Custom voice id" },
          ],
        },
      },
    },
  };

  it("allows nothing, and leaves the rest checked, whatever the order", async () => {
    const server = await mock({ spec: voices });
    const post = async (path: string, body: object) => (await sendJson(server, path, body)).status;
    expect(await post("/assistants", { name: "a", voice: "mine" })).toBe(204);
    expect(await post("/assistants", { name: "abcdefghijkl" })).toBe(422);
    expect(await post("/tools", { type: "nonsense" })).toBe(422);
    expect(await post("/tools", { type: "dtmf", voice: "mine" })).toBe(204);
  });
});

describe("a schema that reaches itself without going down a level", () => {
  // `Loop: { allOf: [$ref Loop] }` and a pair held through anyOf and allOf: ajv and the answer
  // synthesizer followed them for ever, and every call answered "Maximum call stack size
  // exceeded" with a 500.
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const spec = {
    openapi: "3.0.3",
    info: { title: "cycles", version: "1" },
    paths: {
      "/things": {
        post: {
          operationId: "createThing",
          requestBody: {
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: { loop: ref("Loop"), part: ref("NamedPart"), tree: ref("Tree") },
                },
              },
            },
          },
          responses: {
            "200": {
              description: "ok",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["loop", "shape"],
                    properties: { loop: ref("Loop"), shape: ref("Shape") },
                  },
                },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Loop: { allOf: [ref("Loop")] },
        Shape: { anyOf: [ref("NamedPart"), { type: "string" }] },
        NamedPart: {
          allOf: [
            ref("Shape"),
            { type: "object", required: ["name"], properties: { name: { type: "string" } } },
          ],
        },
        Tree: {
          type: "object",
          properties: {
            label: { type: "string" },
            children: { type: "array", items: ref("Tree") },
          },
        },
      },
    },
  };

  it("is checked and answered; what its other parts ask still holds", async () => {
    const server = await mock({ spec });
    const post = (body: object) => sendJson(server, "/things", body);
    const ok = await post({ loop: [1, "x"], part: { name: "wheel" }, tree: { children: [{}] } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toHaveProperty("shape");
    expect((await post({ part: { label: "no name" } })).status).toBe(422);
    expect((await post({ tree: { children: [{ label: 3 }] } })).status).toBe(422);
  });
});

// A path item given as a `$ref` (3.1's `components/pathItems`): the operation's pointer was
// `/paths/~1things/post`, inside the `$ref`, where validators and the answer synthesizer found no
// schema, so any body passed and the answer was "string".
describe("a path item written as a $ref", () => {
  const spec = {
    openapi: "3.1.0",
    info: { title: "path item refs", version: "1" },
    paths: {
      "/things": { $ref: "#/components/pathItems/Things" },
      // A `$ref` to a `$ref`, and `parameters` of the path item itself.
      "/things/{id}": { $ref: "#/components/pathItems/ThingAlias" },
    },
    components: {
      pathItems: {
        Things: {
          post: {
            operationId: "createThing",
            requestBody: {
              required: true,
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["n"],
                    properties: { n: { type: "integer" } },
                  },
                },
              },
            },
            responses: {
              "200": {
                description: "ok",
                content: {
                  "application/json": {
                    schema: {
                      type: "object",
                      required: ["n"],
                      properties: { n: { type: "integer", minimum: 5 } },
                    },
                  },
                },
              },
            },
          },
        },
        ThingAlias: { $ref: "#/components/pathItems/Thing" },
        Thing: {
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
          get: {
            operationId: "getThing",
            parameters: [{ name: "full", in: "query", schema: { type: "boolean" } }],
            responses: { "204": { description: "ok" } },
          },
        },
      },
    },
  };

  it("is checked and answered by the operations it points at", async () => {
    const server = await mock({ spec });
    const post = (body: unknown) => sendJson(server, "/things", body);
    const ok = await post({ n: 7 });
    expect(ok.status).toBe(200);
    const answer = (await ok.json()) as { n: unknown };
    expect(typeof answer.n === "number" && answer.n >= 5).toBe(true);
    expect((await post({ n: "NaN" })).status).toBe(422);
    expect((await post({})).status).toBe(422);
    const get = (path: string) => fetch(server.url + path, { headers: AUTH });
    expect((await get("/things/3?full=true")).status).toBe(204);
    expect((await get("/things/abc")).status).toBe(422);
    expect((await get("/things/3?full=maybe")).status).toBe(422);
  });
});

// OpenAI's `InputItem`: a discriminator with no mapping, whose branches pin `type` to values that
// are not their component names (`Message` takes `type: message`). The rewrite that picks a
// branch by its tag used the names alone, so every tag was refused ("must be one of Message,
// ItemReference, Custom"), and it made the tag required where a branch leaves it optional.
describe("a discriminated oneOf whose branches pin their own tags", () => {
  const spec = {
    openapi: "3.1.0",
    info: { title: "pinned tags", version: "1" },
    paths: {
      "/items": {
        post: {
          operationId: "addItem",
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/InputItem" } },
            },
          },
          responses: {
            "200": {
              description: "ok",
              content: {
                "application/json": { schema: { $ref: "#/components/schemas/InputItem" } },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        InputItem: {
          oneOf: [
            { $ref: "#/components/schemas/Message" },
            { $ref: "#/components/schemas/ItemReference" },
            { $ref: "#/components/schemas/Custom" },
          ],
          discriminator: { propertyName: "type" },
        },
        Message: {
          type: "object",
          required: ["type", "text"],
          properties: { type: { type: "string", enum: ["message"] }, text: { type: "string" } },
        },
        ItemReference: {
          type: "object",
          required: ["id"],
          properties: {
            type: { anyOf: [{ type: "string", enum: ["item_reference"] }, { type: "null" }] },
            id: { type: "string" },
          },
        },
        Custom: {
          type: "object",
          required: ["content"],
          properties: { type: { type: "string" }, content: { type: "integer" } },
        },
      },
    },
  };

  it("checks a value by the branch its tag picks, and leaves an optional tag optional", async () => {
    const server = await mock({ spec });
    const post = (body: unknown) => sendJson(server, "/items", body);
    const message = await post({ type: "message", text: "hi" });
    expect(message.status).toBe(200);
    expect(await message.json()).toMatchObject({ type: "message" });
    for (const body of [
      { type: "item_reference", id: "x" },
      { id: "x" },
      { type: null, id: "x" },
      { type: "Custom", content: 1 },
    ])
      expect((await post(body)).status).toBe(200);
    // The branch the tag picks applies: a message needs its text.
    expect((await post({ type: "message" })).status).toBe(422);
    expect((await post({ type: "message", content: 1 })).status).toBe(422);
    expect((await post({ type: "Custom", content: "one" })).status).toBe(422);
    expect((await post({ text: "no tag" })).status).toBe(422);
  });
});

// YAML merge keys (`<<: *common`): the SDK's generator reads the spec with js-yaml (through
// Redocly), which applies them; the mock read `<<` as a key, so the answer had no content and
// came back empty.
describe("YAML merge keys", () => {
  it("are applied, as the generator reads the spec", async () => {
    const dir = await mkdtemp(join(tmpdir(), "orq-mock-merge-"));
    try {
      const path = join(dir, "openapi.yaml");
      await writeFile(
        path,
        [
          "openapi: 3.0.3",
          "info: { title: merge keys, version: '1' }",
          "x-common: &common",
          "  description: ok",
          "  content: { application/json: { schema: { type: object, required: [a], properties: { a: { type: string } } } } }",
          "x-body: &body",
          "  type: object",
          "  properties: { n: { type: integer } }",
          "paths:",
          "  /a:",
          "    post:",
          "      operationId: postA",
          "      requestBody:",
          "        content:",
          "          application/json:",
          "            schema:",
          "              <<: *body",
          "              required: [n]",
          "      responses:",
          "        '200':",
          "          <<: *common",
          "          description: merged",
        ].join("\n"),
      );
      const server = await mock({ spec: path });
      const post = (body: unknown) => sendJson(server, "/a", body);
      const ok = await post({ n: 1 });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ a: "string" });
      expect((await post({ n: "one" })).status).toBe(422);
      expect((await post({})).status).toBe(422);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

// Names that Object.prototype has (`toString`, `valueOf`, `constructor`, `__proto__`): ajv read
// them as present properties (`{"name":"x"}` refused with "/valueOf must be string"), the answer
// left out a required `constructor` (`"constructor" in {}` is true) and set its `__proto__`
// property as the prototype, and a header parameter named `constructor` that was not sent was
// read as Object.prototype's function (a 500).
describe("property and parameter names Object.prototype has", () => {
  const spec = {
    openapi: "3.0.3",
    info: { title: "inherited names", version: "1" },
    paths: {
      "/things": {
        get: {
          operationId: "listThings",
          parameters: [
            { name: "constructor", in: "query", schema: { type: "string" } },
            { name: "constructor", in: "header", schema: { type: "string" } },
          ],
          responses: {
            "200": {
              description: "ok",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["constructor"],
                    properties: {
                      constructor: { type: "string" },
                      // (A computed key: a plain `__proto__:` in a literal sets the prototype.)
                      ["__proto__"]: {
                        type: "object",
                        properties: { polluted: { type: "boolean" } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        post: {
          operationId: "createThing",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["toString", "name"],
                  properties: {
                    name: { type: "string" },
                    toString: { type: "integer" },
                    valueOf: { type: "string" },
                  },
                },
              },
            },
          },
          responses: { "204": { description: "ok" } },
        },
      },
      "/forms": {
        post: {
          operationId: "sendForm",
          requestBody: {
            content: {
              "application/x-www-form-urlencoded": {
                schema: {
                  type: "object",
                  required: ["__proto__"],
                  properties: {
                    ["__proto__"]: { type: "string" },
                    constructor: { type: "integer" },
                  },
                },
              },
            },
          },
          responses: { "204": { description: "ok" } },
        },
      },
    },
  };
  it("are only what the value itself has", async () => {
    const server = await mock({ spec });
    const post = (body: unknown) => sendJson(server, "/things", body);
    expect((await post({ name: "x", toString: 3 })).status).toBe(204);
    const missing = await post({ name: "x" });
    expect(missing.status).toBe(422);
    expect(await missing.json()).toMatchObject({
      error: { details: [{ keyword: "required", params: { missingProperty: "toString" } }] },
    });
    const res = await fetch(server.url + "/things", { headers: AUTH });
    expect(res.status).toBe(200);
    const answer = JSON.parse(await res.text()) as Record<string, unknown>;
    expect(Object.hasOwn(answer, "constructor") && typeof answer.constructor).toBe("string");
    expect(Object.hasOwn(answer, "__proto__")).toBe(true);
    const form = (text: string) =>
      fetch(server.url + "/forms", {
        method: "POST",
        headers: { ...AUTH, "content-type": "application/x-www-form-urlencoded" },
        body: text,
      });
    expect((await form("__proto__=a&constructor=1")).status).toBe(204);
    expect((await form("constructor=1")).status).toBe(422);
  });
});
