// Server-sent events through this package's own transport (node:http), which is what Node users
// of a spec with streams get. The shipped spec has none, so the published core holds no stream
// code: these tests run core's sources with its generated feature constants turned on (core's
// own event-stream tests cover the parsing, over Node's built-in fetch).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventStream, Operation } from "../../../core/src/generated/contract.js";
import { restoreFeatures, turnOnEveryFeature } from "../../../core/test/helpers/every-feature.js";
import { createNodeHttpFetch } from "../../src/transport/node-http-fetch.js";
import { startServer, type TestServer } from "./support.js";

let core: typeof import("../../../core/src/index.js");
let server: TestServer;
/** Resolves when the server sees the client close the stream's connection. */
let closed: Promise<void>;
/** Lets the server send its last event and end. */
let finish: () => void;

beforeAll(async () => {
  turnOnEveryFeature();
  core = await import("../../../core/src/index.js");
  server = await startServer((_req, res) => {
    let onClose!: () => void;
    closed = new Promise((resolve) => (onClose = resolve));
    res.on("close", onClose);
    res.writeHead(200, { "content-type": "text/event-stream" });
    res.write('data: {"delta_text":"Hel"}\n\n');
    res.write('data: {"delta_text":"lo"}\n\n');
    new Promise<void>((resolve) => (finish = resolve)).then(() => {
      res.end("data: [DONE]\n\n");
    });
  });
});
afterAll(async () => {
  restoreFeatures();
  await server.close();
});

const streamOnly: Operation = {
  operationId: "deploymentStream",
  method: "post",
  path: "/v2/deployments/stream",
  sdkName: "deployments.stream",
  response: {
    status: "200",
    mediaType: "text/event-stream",
    stream: {
      schema: {
        type: "object",
        properties: {
          data: {
            type: "object",
            properties: { delta_text: { type: "string" } },
            names: { delta_text: "deltaText" },
          },
        },
      },
      sentinel: "[DONE]",
    },
  },
};

async function open(signal?: AbortSignal): Promise<EventStream<{ data: { deltaText: string } }>> {
  const client = new core.OrqCore({ serverURL: server.url, fetch: createNodeHttpFetch() });
  const result = await client.callOperation(streamOnly, undefined, { signal });
  if (!result.ok) throw result.error;
  return result.value as EventStream<{ data: { deltaText: string } }>;
}

describe("event streams over the node:http transport", () => {
  it("gives events as they arrive, before the server has finished", async () => {
    const events = (await open())[Symbol.asyncIterator]();
    expect((await events.next()).value).toEqual({ data: { deltaText: "Hel" } });
    expect((await events.next()).value).toEqual({ data: { deltaText: "lo" } });
    finish();
    expect((await events.next()).done).toBe(true);
  });

  it("a break out of the loop closes the connection", async () => {
    const seen: string[] = [];
    for await (const event of await open()) {
      seen.push(event.data.deltaText);
      break;
    }
    expect(seen).toEqual(["Hel"]);
    await closed;
  });

  it("an abort mid-stream is a RequestAbortedError and closes the connection", async () => {
    const controller = new AbortController();
    const events = (await open(controller.signal))[Symbol.asyncIterator]();
    await events.next();
    await events.next();
    const pending = events.next();
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(core.RequestAbortedError);
    await closed;
  });
});
