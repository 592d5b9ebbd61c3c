import type * as http from "node:http";
import { describe, expect, it } from "vitest";
import { randomStream } from "./streams.js";
import { transportPerTest } from "./per-test-transport.js";
import { readRequest } from "./support.js";

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const transport = transportPerTest();

/**
 * A server that answers `/redirect/<status>?to=<url>` with that redirect, and everything else by
 * recording the request in `seen` and answering 200 "final".
 */
async function redirectServer(): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = await transport.startServer(async (req, res) => {
    const body = (await readRequest(req)).toString("utf8");
    const url = new URL(req.url!, "http://x");
    const match = /^\/redirect\/(\d+)$/.exec(url.pathname);
    if (match) {
      res.writeHead(Number(match[1]), { location: url.searchParams.get("to")! });
      res.end("redirecting");
      return;
    }
    seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
    res.end("final");
  });
  return { url: server.url, seen };
}

async function failure(promise: Promise<unknown>): Promise<TypeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TypeError);
  expect((error as TypeError).message).toBe("fetch failed");
  return error as TypeError;
}

describe("redirects", () => {
  it("refuses a 301/302 of a POST with a streamed body, as fetch does: no GET in its place", async () => {
    // Followed as a GET, the answer to the GET came back as if the upload had been made.
    const { url, seen } = await redirectServer();
    for (const status of [301, 302]) {
      const error = await failure(
        transport.fetch(
          new Request(`${url}/redirect/${status}?to=/target`, {
            method: "POST",
            body: randomStream(100_000).stream,
            duplex: "half",
            headers: { "content-type": "application/octet-stream", "content-length": "100000" },
          } as RequestInit),
        ),
      );
      expect((error.cause as Error).message).toBe(
        `cannot follow a ${status} redirect of a POST request with a streamed body`,
      );
    }
    expect(seen).toHaveLength(0);
  });

  it("turns a POST into a GET without its body on 302 when the body is not a stream", async () => {
    const { url, seen } = await redirectServer();
    const response = await transport.fetch(`${url}/redirect/302?to=/target`, {
      method: "POST",
      body: "data",
      headers: { "content-type": "text/plain" },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("final");
    expect(response.redirected).toBe(true);
    expect(response.url).toBe(`${url}/target`);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe("GET");
    expect(seen[0]!.body).toBe("");
    expect(seen[0]!.headers["content-type"]).toBeUndefined();
    expect(seen[0]!.headers["content-length"]).toBeUndefined();
    expect(seen[0]!.headers["transfer-encoding"]).toBeUndefined();
  });

  it("turns a POST with a streamed body into a GET on 303, as fetch does", async () => {
    const { url, seen } = await redirectServer();
    const response = await transport.fetch(`${url}/redirect/303?to=/target`, {
      method: "POST",
      body: randomStream(1000).stream,
      duplex: "half",
    } as RequestInit);
    expect(await response.text()).toBe("final");
    expect(seen.map((s) => [s.method, s.body])).toEqual([["GET", ""]]);
  });

  it("turns a PUT into a GET on 303", async () => {
    const { url, seen } = await redirectServer();
    const response = await transport.fetch(`${url}/redirect/303?to=/target`, {
      method: "PUT",
      body: "data",
    });
    expect(await response.text()).toBe("final");
    expect(seen.map((s) => [s.method, s.body])).toEqual([["GET", ""]]);
  });

  it("refuses a 307 or 308 with a streamed body, which cannot be sent twice", async () => {
    const { url, seen } = await redirectServer();
    for (const status of [307, 308]) {
      const error = await failure(
        transport.fetch(`${url}/redirect/${status}?to=/target`, {
          method: "POST",
          body: randomStream(100_000).stream,
          duplex: "half",
        } as RequestInit),
      );
      expect((error.cause as Error).message).toBe(
        `cannot follow a ${status} redirect of a POST request with a streamed body`,
      );
    }
    expect(seen).toHaveLength(0);
  });

  it("fails at once on a 101 Switching Protocols, which fetch cannot give", async () => {
    const server = await transport.startServer((req) => {
      req.socket.write(
        "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n",
      );
    });
    const started = Date.now();
    const error = await failure(transport.fetch(`${server.url}/ws`, { method: "POST", body: "x" }));
    expect((error.cause as Error).message).toBe(
      "the server switched protocols (101), which fetch does not support",
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("re-sends a body given as a string or a Blob on 307/308, method and all", async () => {
    const { url, seen } = await redirectServer();
    const json = JSON.stringify({ a: "é" });
    await (
      await transport.fetch(`${url}/redirect/307?to=/target`, {
        method: "POST",
        body: json,
        headers: { "content-type": "application/json" },
      })
    ).text();
    const blob = new Blob(["blob bytes"], { type: "text/plain" });
    await (
      await transport.fetch(`${url}/redirect/308?to=/target`, { method: "PUT", body: blob })
    ).text();

    expect(seen.map((s) => [s.method, s.body, s.headers["content-type"]])).toEqual([
      ["POST", json, "application/json"],
      ["PUT", "blob bytes", "text/plain"],
    ]);
    expect(seen[0]!.headers["content-length"]).toBe(String(Buffer.byteLength(json)));
  });

  it("re-encodes a FormData body on 307, with a matching boundary", async () => {
    const { url, seen } = await redirectServer();
    const form = new FormData();
    form.append("field", "value");
    form.append("file", new Blob(["file content"], { type: "text/plain" }), "a.txt");
    await (
      await transport.fetch(`${url}/redirect/307?to=/target`, { method: "POST", body: form })
    ).text();
    expect(seen).toHaveLength(1);
    const parsed = await new Response(seen[0]!.body, {
      headers: { "content-type": seen[0]!.headers["content-type"]! },
    }).formData();
    expect(parsed.get("field")).toBe("value");
    expect(await (parsed.get("file") as File).text()).toBe("file content");
  });

  it("drops Authorization and Cookie on a redirect to another origin", async () => {
    const a = await redirectServer();
    const b = await redirectServer();
    const headers = { authorization: "Bearer secret", cookie: "session=1", "x-keep": "yes" };
    const response = await transport.fetch(`${a.url}/redirect/302?to=${b.url}/elsewhere`, {
      headers,
    });
    expect(await response.text()).toBe("final");
    expect(response.url).toBe(`${b.url}/elsewhere`);
    expect(a.seen).toHaveLength(0);
    expect(b.seen).toHaveLength(1);
    expect(b.seen[0]!.headers["authorization"]).toBeUndefined();
    expect(b.seen[0]!.headers["cookie"]).toBeUndefined();
    expect(b.seen[0]!.headers["x-keep"]).toBe("yes");
    // The Host header names the new origin, not the old one.
    expect(b.seen[0]!.headers["host"]).toBe(new URL(b.url).host);
  });

  it("keeps Authorization on a redirect within the same origin", async () => {
    const { url, seen } = await redirectServer();
    const headers = { authorization: "Bearer secret", cookie: "session=1" };
    await (await transport.fetch(`${url}/redirect/301?to=${url}/same`, { headers })).text();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers["authorization"]).toBe("Bearer secret");
    expect(seen[0]!.headers["cookie"]).toBe("session=1");
  });

  it("returns the 3xx as it is with redirect: 'manual', and rejects with 'error'", async () => {
    const { url, seen } = await redirectServer();
    const manual = await transport.fetch(`${url}/redirect/302?to=/target`, { redirect: "manual" });
    expect(manual.status).toBe(302);
    expect(manual.headers.get("location")).toBe("/target");
    expect(manual.redirected).toBe(false);
    expect(await manual.text()).toBe("redirecting");

    const error = await failure(
      transport.fetch(`${url}/redirect/302?to=/target`, { redirect: "error" }),
    );
    expect((error.cause as Error).message).toMatch(/redirect/);
    expect(seen).toHaveLength(0);
  });

  it("gives up after 20 redirects, as fetch does", async () => {
    const { url, seen } = await redirectServer();
    // 21 nested hops: each one's `to` is the next redirect.
    let target = "/target";
    for (let i = 0; i < 21; i++) target = `/redirect/302?to=${encodeURIComponent(target)}`;
    const ours = await failure(transport.fetch(`${url}${target}`));
    const builtin = await failure(fetch(`${url}${target}`));
    expect((ours.cause as Error).message).toBe((builtin.cause as Error).message);
    expect(seen).toHaveLength(0);

    // 20 is still fine.
    target = "/target";
    for (let i = 0; i < 20; i++) target = `/redirect/302?to=${encodeURIComponent(target)}`;
    expect(await (await transport.fetch(`${url}${target}`)).text()).toBe("final");
  });
});
