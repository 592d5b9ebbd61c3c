import { writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { vi } from "vitest";
import type { Operation } from "../templates/contract.js";
import { startMockServer } from "../../../packages/mock/src/server.js";
import type { MockServer } from "../../../packages/mock/src/types.js";
import { generateSpec, tempDir, writeOutput } from "./helpers.js";

/** What these tests use of core's client: one operation of a generated table, as a result. */
export interface Caller {
  callOperation(
    op: Operation,
    request: unknown,
  ): Promise<{ ok: true; value: unknown } | { ok: false; error: Error }> & {
    /** The result, and the last attempt's request and answer (core's `APIPromise`). */
    $inspect(): Promise<
      [{ ok: true; value: unknown } | { ok: false; error: Error }, { response?: Response }]
    >;
  };
}

/** A spec's generated tables, core's runtime to drive them, and the mock serving that spec. */
export interface RuntimeAgainstMock {
  /** Every file generated from the spec, and the temp folder they are written in (a test may add
   * a usage file there to type-check them with). */
  files: Map<string, string>;
  dir: string;
  operations: Record<string, Operation>;
  /** A client of core's runtime (on the spec's own generated constants) pointed at the mock. */
  client: Caller;
  /** Core's client class, on the same constants, for a client with other options. */
  OrqCore: new (options: object) => Caller;
  /**
   * A client like `client` pointed at another server (a test's own, to answer what the mock
   * does not: a redirect, a body the spec does not describe), with `options` beside.
   */
  clientAt(serverURL: string, options?: object): Caller;
  /** The generated `schemas.ts` core runs with: the spec's `uses*` flags, formats, server. */
  coreSchemas: Record<string, unknown>;
  /** Core's one pass, to turn a sample in wire names into the SDK's (`mode: "wire"`). */
  checkAndRename(schema: unknown, value: unknown, pass: object): unknown;
  /** The mock serving the spec; it keeps every request it received, in order. */
  mock: MockServer;
  close(): Promise<void>;
}

/**
 * A spec (3.1) on `https://api.example.com` whose paths each take one POST of a required JSON
 * body of `schema`, answered 200 with any JSON; `components` beside. For `runtimeAgainstDocument`.
 */
export function jsonPostSpec(
  title: string,
  posts: Record<string, [operationId: string, schema: object]>,
  components?: object,
): object {
  const paths = Object.fromEntries(
    Object.entries(posts).map(([path, [operationId, schema]]) => [
      path,
      {
        post: {
          operationId,
          requestBody: { required: true, content: { "application/json": { schema } } },
          responses: {
            "200": { description: "ok", content: { "application/json": { schema: {} } } },
          },
        },
      },
    ]),
  );
  return {
    openapi: "3.1.0",
    info: { title, version: "1" },
    servers: [{ url: "https://api.example.com" }],
    paths,
    ...(components && { components }),
  };
}

/**
 * `runtimeAgainstMock` of a spec written inline: the document is written to a temp folder as
 * JSON, which `close` removes.
 */
export async function runtimeAgainstDocument(
  doc: object,
  name: string,
): Promise<RuntimeAgainstMock> {
  const { dir, remove } = await tempDir(`${name}-spec`);
  try {
    const file = join(dir, "spec.json");
    await writeFile(file, JSON.stringify(doc));
    const it = await runtimeAgainstMock(file, name);
    return {
      ...it,
      close: async () => {
        await it.close();
        await remove();
      },
    };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** Core's generated constants, which the runtime's code paths are switched by. */
const CORE_SCHEMAS = new URL("../../../packages/core/src/generated/schemas.ts", import.meta.url)
  .pathname;

/**
 * Generates `spec` into a temp folder and imports its tables; loads core's runtime from its
 * sources with the spec's generated `schemas.ts` in place of core's own, as in an SDK
 * regenerated from `spec` (a `uses*` constant the generator got wrong shows here as it would
 * there); starts the mock server on `spec` (or `served`). Core's sources are imported by a path TypeScript does
 * not follow: they are typed for the DOM, which this package (Node scripts) does not have; what
 * is used of them is typed here.
 */
export async function runtimeAgainstMock(
  spec: string,
  name: string,
  /** What the mock serves, when not `spec` itself (a spec split over files, bundled). */
  served: string | object = spec,
): Promise<RuntimeAgainstMock> {
  const { dir, remove } = await tempDir(name);
  const files = await generateSpec(spec);
  await writeOutput(dir, files);
  const specSchemas = join(dir, "schemas.ts");
  vi.resetModules();
  vi.doMock(CORE_SCHEMAS, () => import(specSchemas));
  const operations: Record<string, Operation> = await import(join(dir, "operations.ts"));
  const src = new URL("../../../packages/core/src/", import.meta.url).href;
  // The client alone: core's index would also load the shipped spec's operations, which hold
  // thunks to component constants that only core's own `schemas.ts` has.
  const core: { OrqCore: new (options: object) => Caller } = await import(
    `${src}client/orq-core.ts`
  );
  const checks: Pick<RuntimeAgainstMock, "checkAndRename"> = await import(
    `${src}schema/check-and-rename.ts`
  );
  const coreSchemas: Record<string, unknown> = await import(`${src}generated/schemas.ts`);
  // Every request of a test file is kept (they are small), so that `requests.length` counts
  // them: kept to the last one, a test's "nothing was sent" (the length unchanged) held
  // whatever was sent.
  const mock = await startMockServer({ spec: served, maxRecordedRequests: 100_000 });
  return {
    files,
    dir,
    operations,
    client: new core.OrqCore({
      apiKey: "user:test-key",
      serverURL: mock.url,
      retryConfig: { strategy: "none" },
    }),
    OrqCore: core.OrqCore,
    clientAt: (serverURL, options) =>
      new core.OrqCore({
        apiKey: "user:test-key",
        serverURL,
        retryConfig: { strategy: "none" },
        ...options,
      }),
    coreSchemas,
    checkAndRename: checks.checkAndRename,
    mock,
    close: async () => {
      vi.doUnmock(CORE_SCHEMAS);
      vi.resetModules();
      await mock.close();
      await remove();
    },
  };
}

/**
 * Core's web runtime with Node's and Deno's check of the client's options, loaded after
 * `runtimeAgainstMock` has put the spec's generated constants in place (the check reads them).
 */
export async function checkedRuntime(): Promise<object> {
  const src = new URL("../../../packages/core/src/", import.meta.url).href;
  const { checkClientOptions } = await import(`${src}client/check-options.ts`);
  const { webRuntime } = await import(`${src}client/runtime.ts`);
  return { ...webRuntime, checkOptions: checkClientOptions };
}

/** A server on 127.0.0.1 that answers every request with `answer` as JSON. */
export interface JsonServer {
  url: string;
  /** What the next requests are answered with; set between calls. */
  answer: unknown;
  /** The path (and query) of each request, in turn. */
  asked: string[];
  close(): void;
}

/** A `JsonServer`, for answers the mock would not give (fields left out, keys it does not know). */
export async function jsonServer(): Promise<JsonServer> {
  const server = createServer((req, res) => {
    json.asked.push(req.url!);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(json.answer));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const json: JsonServer = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answer: undefined,
    asked: [],
    close: () => server.close(),
  };
  return json;
}

/** What an `AnswerServer` answers: a status, a content type and a body as written (or bytes). */
export interface Answer {
  status: number;
  type: string;
  body: string | Uint8Array;
}

/** A server on 127.0.0.1 that answers every request (read to its end) with `next`. */
export interface AnswerServer {
  url: string;
  /** What the next requests are answered with; set between calls. */
  next: Answer;
  close(): Promise<void>;
}

/** An `AnswerServer`, for answers of any type (text, HTML, JSON that is not). */
export async function answerServer(): Promise<AnswerServer> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const { status, type, body } = answering.next;
      res.writeHead(status, { "content-type": type }).end(body);
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const answering: AnswerServer = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    next: { status: 200, type: "application/json", body: "" },
    close: () => new Promise((done) => server.close(() => done())),
  };
  return answering;
}
