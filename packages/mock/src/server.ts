import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FaultQueue } from "./faults.js";
import { RequestHandler } from "./handler.js";
import { errorBody, sendJson } from "./respond.js";
import { Router } from "./routes.js";
import { loadSpec } from "./spec.js";
import { ResponseSynthesizer } from "./synthesize-response.js";
import type { MockServer, MockServerOptions, RecordedRequest } from "./types.js";
import { Validators } from "./validate.js";

/** Starts a mock of the API the spec describes; resolves once it is listening. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const doc = await loadSpec(options.spec);
  const router = new Router(doc);
  const validators = new Validators(doc, "request");
  const synthesizer = new ResponseSynthesizer(doc, new Validators(doc, "response"));
  const faults = new FaultQueue();
  const requests: RecordedRequest[] = [];
  const held = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  const maxRecorded = options.maxRecordedRequests ?? Infinity;
  let url = "";

  const handler = new RequestHandler({
    doc,
    router,
    validators,
    synthesizer,
    faults,
    baseUrl: () => url,
    record: (request) => {
      requests.push(request);
      if (requests.length > maxRecorded) requests.splice(0, requests.length - maxRecorded);
      options.onRequest?.(request);
    },
    hold: (res) => {
      held.add(res);
      res.once("close", () => held.delete(res));
    },
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, ms);
        timers.add(timer);
      }),
  });

  const server = createServer((req, res) => {
    handler.handle(req, res).catch((error: unknown) => {
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      sendJson(
        res,
        500,
        errorBody("internal_error", `Mock server error: ${(error as Error).message}`),
      );
    });
  });
  // Uploads of hundreds of megabytes must not trip Node's default 5-minute request timeout on slow CI.
  server.requestTimeout = 0;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  url = `http://${host}:${address.port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    port: address.port,
    requests,
    faults,
    reset() {
      requests.length = 0;
      faults.clear();
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        // Hanging requests and keep-alive sockets would otherwise keep close() waiting forever.
        for (const res of held) res.destroy();
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
