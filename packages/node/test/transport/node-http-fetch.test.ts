import { execFileSync } from "node:child_process";
import { getEventListeners } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createNodeHttpFetch } from "../../src/transport/node-http-fetch.js";
import { eventually, randomStream } from "./streams.js";
import { transportPerTest } from "./per-test-transport.js";
import { agentSockets, digestRequest, readRequest, startServer } from "./support.js";

const MB = 1024 * 1024;

const transport = transportPerTest();
const { serve } = transport;

/** After a failed or aborted exchange: no socket in use or pooled, no listener on the signal. */
async function expectNothingLeft(signal?: AbortSignal): Promise<void> {
  await eventually(() => agentSockets(transport.agent).active === 0, "the socket to be let go");
  expect(agentSockets(transport.agent)).toEqual({ active: 0, free: 0 });
  if (signal) expect(getEventListeners(signal, "abort")).toHaveLength(0);
}

describe("framing headers are the transport's (probe28 F6)", () => {
  it("a Transfer-Encoding given beside a body of known length is dropped: one framing only", async () => {
    const url = await serve(async (req, res) => {
      const body = await readRequest(req);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          te: req.headers["transfer-encoding"] ?? null,
          length: req.headers["content-length"] ?? null,
          connection: req.headers["connection"] ?? null,
          body: body.toString("utf8"),
        }),
      );
    });
    const response = await transport.fetch(url, {
      method: "POST",
      headers: { "transfer-encoding": "chunked", connection: "upgrade", upgrade: "websocket" },
      body: "hello",
    });
    expect(await response.json()).toEqual({
      te: null,
      length: "5",
      connection: "keep-alive",
      body: "hello",
    });
  });
});

describe("round trip", () => {
  it("sends JSON given as init and reads the JSON response", async () => {
    const url = await serve(async (req, res) => {
      const body = await readRequest(req);
      res.writeHead(201, "Created", { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          method: req.method,
          url: req.url,
          headers: req.headers,
          body: JSON.parse(body.toString("utf8")) as unknown,
        }),
      );
    });
    const payload = { prompt: "un café, s'il vous plaît ☕", n: 2 };
    const text = JSON.stringify(payload);
    const controller = new AbortController();
    const response = await transport.fetch(`${url}/v2/things?x=1#frag`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "abc" },
      body: text,
      signal: controller.signal,
    });

    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(201);
    expect(response.statusText).toBe("Created");
    expect(response.ok).toBe(true);
    expect(response.url).toBe(`${url}/v2/things?x=1`);
    expect(response.redirected).toBe(false);
    expect(response.headers.get("content-type")).toBe("application/json");
    const echo = (await response.json()) as {
      method: string;
      url: string;
      headers: Record<string, string>;
      body: unknown;
    };
    expect(echo.method).toBe("POST");
    expect(echo.url).toBe("/v2/things?x=1");
    expect(echo.body).toEqual(payload);
    // The length of the UTF-8 bytes, not of the string: the body is framed, not chunked.
    expect(echo.headers["content-length"]).toBe(String(Buffer.byteLength(text)));
    expect(echo.headers["transfer-encoding"]).toBeUndefined();
    expect(echo.headers["x-request-id"]).toBe("abc");
    expect(echo.headers["accept"]).toBe("*/*");
    await eventually(
      () => agentSockets(transport.agent).free === 1,
      "the socket to go back to the pool",
    );
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("takes a Request (as the core and openapi-fetch pass it) and reuses the pooled socket", async () => {
    const ports: number[] = [];
    const url = await serve(async (req, res) => {
      ports.push(req.socket.remotePort!);
      const body = await readRequest(req);
      res.setHeader("content-type", "application/json");
      res.end(
        JSON.stringify({
          te: req.headers["transfer-encoding"] ?? null,
          length: req.headers["content-length"] ?? null,
          body: body.toString(),
        }),
      );
    });
    for (let i = 0; i < 2; i++) {
      const request = new Request(`${url}/echo`, {
        method: "POST",
        body: JSON.stringify({ i }),
        headers: { "content-type": "application/json" },
      });
      const response = await transport.fetch(request);
      // A Request does not tell its body's length, but a body of one chunk (a string's) goes
      // whole, with its length, as fetch sends it: some servers refuse chunked uploads.
      const body = JSON.stringify({ i });
      expect(await response.json()).toEqual({ te: null, length: String(body.length), body });
    }
    expect(ports).toHaveLength(2);
    expect(ports[1]).toBe(ports[0]);
  });

  it("hands over repeated response headers and Set-Cookie one by one", async () => {
    const url = await serve((_req, res) => {
      res.setHeader("set-cookie", ["a=1; Path=/", "b=2; HttpOnly"]);
      res.setHeader("x-multi", ["one", "two"]);
      res.end("ok");
    });
    const ours = await transport.fetch(url);
    const builtin = await fetch(url);
    expect(ours.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; HttpOnly"]);
    expect(ours.headers.get("x-multi")).toBe("one, two");
    expect(ours.headers.getSetCookie()).toEqual(builtin.headers.getSetCookie());
    expect(ours.headers.get("x-multi")).toBe(builtin.headers.get("x-multi"));
    expect(await ours.text()).toBe(await builtin.text());
  });

  it("gives HEAD and 204 responses no body, and still frees the socket", async () => {
    const url = await serve((req, res) => {
      if (req.url === "/empty") {
        res.writeHead(204);
        res.end();
        return;
      }
      res.setHeader("content-length", "5");
      res.end(req.method === "HEAD" ? undefined : "hello");
    });
    const head = await transport.fetch(url, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(head.headers.get("content-length")).toBe("5");
    const empty = await transport.fetch(`${url}/empty`, { method: "DELETE" });
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
    await eventually(
      () => agentSockets(transport.agent).free === 1,
      "the socket to go back to the pool",
    );
  });
});

describe("streamed uploads", () => {
  it(
    "sends a 50 MB stream with its Content-Length, byte for byte",
    { timeout: 60_000 },
    async () => {
      let seen: { headers: http.IncomingHttpHeaders; bytes: number; sha256: string } | undefined;
      const url = await serve(async (req, res) => {
        seen = { headers: req.headers, ...(await digestRequest(req)) };
        res.end("stored");
      });
      const size = 50 * MB;
      const source = randomStream(size);
      const response = await transport.fetch(
        new Request(`${url}/upload`, {
          method: "POST",
          body: source.stream,
          duplex: "half",
          headers: { "content-length": String(size), "content-type": "application/octet-stream" },
        } as RequestInit),
      );
      expect(await response.text()).toBe("stored");
      expect(seen!.headers["content-length"]).toBe(String(size));
      expect(seen!.headers["transfer-encoding"]).toBeUndefined();
      expect(seen!.bytes).toBe(size);
      expect(seen!.sha256).toBe(source.sha256());
    },
  );

  it(
    "sends a 50 MB stream without a length chunked, byte for byte",
    { timeout: 60_000 },
    async () => {
      let seen: { headers: http.IncomingHttpHeaders; bytes: number; sha256: string } | undefined;
      const url = await serve(async (req, res) => {
        seen = { headers: req.headers, ...(await digestRequest(req)) };
        res.end("stored");
      });
      const size = 50 * MB + 123;
      const source = randomStream(size, { chunkSize: 100_000 });
      const response = await transport.fetch(`${url}/upload`, {
        method: "PUT",
        body: source.stream,
        duplex: "half",
      } as RequestInit);
      expect(await response.text()).toBe("stored");
      expect(seen!.headers["content-length"]).toBeUndefined();
      expect(seen!.headers["transfer-encoding"]).toBe("chunked");
      expect(seen!.bytes).toBe(size);
      expect(seen!.sha256).toBe(source.sha256());
    },
  );

  it("reads the body only as fast as the socket takes it", { timeout: 30_000 }, async () => {
    let request: http.IncomingMessage | undefined;
    const url = await serve((req) => {
      // Takes nothing: the client's writes must stall, not pile up in its memory.
      req.pause();
      request = req;
    });
    const source = randomStream(200 * MB);
    const controller = new AbortController();
    const pending = transport.fetch(`${url}/slow`, {
      method: "POST",
      body: source.stream,
      duplex: "half",
      signal: controller.signal,
    } as RequestInit);
    await eventually(() => request !== undefined && source.pulled > 0, "the upload to start");
    // Wait until the source stops being read (unchanged for 300 ms): socket buffers are full and
    // nobody drains them.
    let last = -1;
    let unchangedSince = Date.now();
    await eventually(
      () => {
        if (source.pulled !== last) {
          last = source.pulled;
          unchangedSince = Date.now();
        }
        return Date.now() - unchangedSince >= 300;
      },
      "the upload to stall",
      20_000,
    );
    // Loopback socket buffers hold a few MB; without backpressure the whole 200 MB would be read.
    expect(source.pulled).toBeLessThan(32 * MB);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  it("rejects with the body's error as cause when the body stream fails", async () => {
    let serverSawClose = false;
    const url = await serve((req) => {
      req.resume();
      req.on("close", () => (serverSawClose = true));
    });
    const failure = new Error("disk on fire");
    const source = randomStream(10 * MB, { failAfter: 1 * MB, failWith: failure });
    const error = await transport
      .fetch(`${url}/upload`, {
        method: "POST",
        body: source.stream,
        duplex: "half",
      } as RequestInit)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe("fetch failed");
    expect((error as TypeError).cause).toBe(failure);
    await eventually(() => serverSawClose, "the server to see the connection end");
    await expectNothingLeft();
  });

  it("refuses a body that does not match its Content-Length", async () => {
    const url = await serve((req, res) => {
      req.resume();
      req.on("end", () => res.end());
    });
    for (const declared of [100, 10]) {
      const error = await transport
        .fetch(`${url}/upload`, {
          method: "POST",
          body: randomStream(50, { chunkSize: 25 }).stream,
          duplex: "half",
          headers: { "content-length": String(declared) },
        } as RequestInit)
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(TypeError);
      expect(((error as TypeError).cause as Error).message).toMatch(/content-length/);
    }
    await expectNothingLeft();
  });
});

describe("early responses", () => {
  it("hands over a response that comes before the upload ended, then lets the upload go", async () => {
    const url = await serve((req, res) => {
      req.once("data", () => {
        // Refuses the upload as soon as it starts, as a server with a size limit does.
        res.writeHead(413, { "content-type": "text/plain", connection: "close" });
        res.end("too large");
      });
    });
    const source = randomStream(500 * MB);
    const controller = new AbortController();
    const response = await transport.fetch(`${url}/upload`, {
      method: "POST",
      body: source.stream,
      duplex: "half",
      signal: controller.signal,
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.text()).toBe("too large");
    await eventually(() => source.cancelled !== undefined, "the upload to be cancelled");
    expect(source.pulled).toBeLessThan(500 * MB);
    await expectNothingLeft(controller.signal);
  });
});

describe("aborts", () => {
  it("rejects with an AbortError at once when the signal is already aborted, like fetch", async () => {
    let hits = 0;
    const url = await serve((_req, res) => {
      hits++;
      res.end();
    });
    const controller = new AbortController();
    controller.abort();
    const source = randomStream(1 * MB);
    const ours = await transport
      .fetch(url, {
        method: "POST",
        body: source.stream,
        duplex: "half",
        signal: controller.signal,
      } as RequestInit)
      .catch((e: unknown) => e);
    const builtin = await fetch(url, { signal: controller.signal }).catch((e: unknown) => e);

    expect(ours).toBeInstanceOf(DOMException);
    expect((ours as DOMException).name).toBe("AbortError");
    expect(ours).toBe(controller.signal.reason);
    expect((ours as DOMException).name).toBe((builtin as DOMException).name);
    expect(hits).toBe(0);
    // The body was not sent, so its source was told to let go.
    expect(source.cancelled?.reason).toBe(controller.signal.reason);
    await expectNothingLeft(controller.signal);
  });

  it("stops mid-upload with the signal's reason (a TimeoutError passes through)", async () => {
    let received = 0;
    let serverSawClose = false;
    const url = await serve((req) => {
      req.on("data", (chunk: Buffer) => (received += chunk.length));
      req.on("close", () => (serverSawClose = true));
    });
    const controller = new AbortController();
    const source = randomStream(500 * MB);
    const pending = transport.fetch(`${url}/upload`, {
      method: "POST",
      body: source.stream,
      duplex: "half",
      signal: controller.signal,
    } as RequestInit);
    await eventually(() => received > 1 * MB, "the upload to be under way");
    const reason = new DOMException("The operation timed out.", "TimeoutError");
    controller.abort(reason);

    await expect(pending).rejects.toBe(reason);
    await eventually(() => serverSawClose, "the server to see the connection end");
    expect(source.pulled).toBeLessThan(500 * MB);
    expect(source.cancelled?.reason).toBe(reason);
    await expectNothingLeft(controller.signal);
  });

  it("errors the response body with the reason when aborted while reading it", async () => {
    let serverSawClose = false;
    const url = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("first part|");
      // ...and the rest never comes.
      res.on("close", () => (serverSawClose = true));
    });
    const controller = new AbortController();
    const response = await transport.fetch(url, { signal: controller.signal });
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("first part|");
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(1);

    controller.abort();
    const error = await reader.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("AbortError");
    expect(error).toBe(controller.signal.reason);
    await eventually(() => serverSawClose, "the server to see the connection end");
    await expectNothingLeft(controller.signal);
  });

  it("destroys the socket when the consumer cancels the response body", async () => {
    let serverSawClose = false;
    const url = await serve((_req, res) => {
      res.write("x".repeat(1000));
      res.on("close", () => (serverSawClose = true));
    });
    const controller = new AbortController();
    const response = await transport.fetch(url, { signal: controller.signal });
    const reader = response.body!.getReader();
    await reader.read();
    await reader.cancel();
    await eventually(() => serverSawClose, "the server to see the connection end");
    await expectNothingLeft(controller.signal);
  });
});

describe("network failures", () => {
  it("rejects with TypeError('fetch failed') and a cause, like fetch, when nobody listens", async () => {
    const closed = await startServer(() => {});
    await closed.close();
    const ours = await transport.fetch(closed.url).catch((e: unknown) => e);
    const builtin = await fetch(closed.url).catch((e: unknown) => e);
    for (const error of [ours, builtin]) {
      expect(error).toBeInstanceOf(TypeError);
      expect((error as TypeError).message).toBe("fetch failed");
      expect(((error as TypeError).cause as NodeJS.ErrnoException).code).toBe("ECONNREFUSED");
    }
  });

  it("rejects with TypeError('fetch failed') when the server resets the connection mid-upload", async () => {
    const url = await serve((req) => {
      let received = 0;
      req.on("data", (chunk: Buffer) => {
        received += chunk.length;
        // A TCP RST, as a proxy refusing the upload would send.
        if (received > 1 * MB) req.socket.resetAndDestroy();
      });
    });
    const source = randomStream(100 * MB);
    const error = await transport
      .fetch(`${url}/upload`, {
        method: "POST",
        body: source.stream,
        duplex: "half",
      } as RequestInit)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe("fetch failed");
    const cause = (error as TypeError).cause as NodeJS.ErrnoException;
    expect(cause).toBeInstanceOf(Error);
    expect(["ECONNRESET", "EPIPE"]).toContain(cause.code);
    expect(source.cancelled).toBeDefined();
    await expectNothingLeft();
  });

  it("errors the body with TypeError('terminated') when the response breaks off", async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { "content-length": "100000" });
      res.write("only this much", () => res.socket?.destroy());
    });
    const ours = await transport.fetch(url);
    const builtin = await fetch(url);
    const errors = await Promise.all(
      [ours.text(), builtin.text()].map((p) => p.catch((e: unknown) => e)),
    );
    for (const error of errors) {
      expect(error).toBeInstanceOf(TypeError);
      expect((error as TypeError).message).toBe("terminated");
    }
    await expectNothingLeft();
  });
});

describe("https", () => {
  // A throwaway self-signed certificate, made with the openssl command line when there is one.
  const tls = (() => {
    const dir = mkdtempSync(join(tmpdir(), "orq-tls-"));
    try {
      execFileSync(
        "openssl",
        ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"]
          .concat(["-addext", "subjectAltName=IP:127.0.0.1"])
          .concat(["-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")]),
        { stdio: "ignore" },
      );
      return {
        key: readFileSync(join(dir, "key.pem")),
        cert: readFileSync(join(dir, "cert.pem")),
      };
    } catch {
      return undefined;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();

  it.skipIf(!tls)("streams an upload over TLS with the https agent given", async () => {
    const server = https.createServer(tls!, async (req, res) => {
      const seen = await digestRequest(req);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(seen));
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const httpsAgent = new https.Agent({ keepAlive: true, ca: tls!.cert });
    try {
      const secureFetch = createNodeHttpFetch({ agent: { https: httpsAgent } });
      const source = randomStream(5 * MB);
      const { port } = server.address() as AddressInfo;
      const response = await secureFetch(`https://127.0.0.1:${port}/upload`, {
        method: "POST",
        body: source.stream,
        duplex: "half",
      } as RequestInit);
      expect(await response.json()).toEqual({ bytes: 5 * MB, sha256: source.sha256() });

      // Without the CA the certificate is refused, as a network error.
      const error = await createNodeHttpFetch()(`https://127.0.0.1:${port}/`).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TypeError);
      expect((error as TypeError).message).toBe("fetch failed");
      expect(((error as TypeError).cause as NodeJS.ErrnoException).code).toBe(
        "DEPTH_ZERO_SELF_SIGNED_CERT",
      );
    } finally {
      httpsAgent.destroy();
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  });
});
