import * as http from "node:http";
import { afterEach, beforeEach } from "vitest";
import { createNodeHttpFetch } from "../../src/transport/node-http-fetch.js";
import { startServer, type TestServer } from "./support.js";

/** What each transport test gets afresh: a transport, its agent, and servers of its own. */
export interface PerTestTransport {
  /** The transport under test, over `agent`. */
  readonly fetch: typeof fetch;
  /** Its keep-alive agent, destroyed after the test so that no socket outlives it. */
  readonly agent: http.Agent;
  /** Starts a server on 127.0.0.1 that is closed after the test. */
  startServer(handler: http.RequestListener): Promise<TestServer>;
  /** The same, giving its URL. */
  serve(handler: http.RequestListener): Promise<string>;
}

/** Registers the hooks that give every test in the file a fresh transport and clean up after it. */
export function transportPerTest(): PerTestTransport {
  let agent: http.Agent;
  let nodeFetch: typeof fetch;
  let servers: TestServer[] = [];
  beforeEach(() => {
    agent = new http.Agent({ keepAlive: true });
    nodeFetch = createNodeHttpFetch({ agent: { http: agent } });
  });
  afterEach(async () => {
    agent.destroy();
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });
  const start = async (handler: http.RequestListener): Promise<TestServer> => {
    const server = await startServer(handler);
    servers.push(server);
    return server;
  };
  return {
    get fetch() {
      return nodeFetch;
    },
    get agent() {
      return agent;
    },
    startServer: start,
    serve: async (handler) => (await start(handler)).url,
  };
}
