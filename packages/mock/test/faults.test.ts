import { describe, expect, it } from "vitest";
import { tinyPng } from "../src/index.js";
import { AUTH, EDITS, form, mock, post, sha256, VARIATIONS } from "./helpers.js";

const image = { bytes: tinyPng(), type: "image/png", name: "a.png" };
const editForm = () => form({ model: "m", prompt: "p" }, [image]);

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("faults", () => {
  it("status: answers the given status, headers and body once, and records the request", async () => {
    const server = await mock();
    server.faults.push({
      kind: "status",
      status: 429,
      headers: { "retry-after": "1" },
      body: { error: { message: "slow down" } },
    });
    expect(server.faults.pending).toBe(1);
    const res = await post(server, EDITS, editForm());
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("1");
    expect(res.headers.get("access-control-expose-headers")).toContain("retry-after");
    expect(await res.json()).toEqual({ error: { message: "slow down" } });
    expect((await post(server, EDITS, editForm())).status).toBe(200);
    expect(server.faults.pending).toBe(0);
    expect(server.requests.map((r) => [r.status, r.fault])).toEqual([
      [429, "status"],
      [200, undefined],
    ]);
    // A faulted request is still decoded and recorded, so retry tests can compare attempts.
    expect(server.requests[0]!.files[0]!.sha256).toBe(sha256(tinyPng()));
    expect(server.requests[0]!.body).toEqual(server.requests[1]!.body);
  });

  it("status: default body is a JSON error; a string body is sent as is", async () => {
    const server = await mock();
    server.faults.push({ kind: "status", status: 503 });
    server.faults.push({ kind: "status", status: 500, body: "oops", contentType: "text/plain" });
    const first = await post(server, EDITS, editForm());
    expect(first.status).toBe(503);
    expect(await first.json()).toMatchObject({ error: { code: "injected_fault" } });
    const second = await post(server, EDITS, editForm());
    expect([second.status, second.headers.get("content-type"), await second.text()]).toEqual([
      500,
      "text/plain",
      "oops",
    ]);
  });

  it("times and operationId select which requests a fault answers", async () => {
    const server = await mock();
    server.faults.push({
      kind: "status",
      status: 503,
      times: 2,
      operationId: "createImageVariation",
    });
    expect(server.faults.pending).toBe(2);
    expect((await post(server, EDITS, editForm())).status).toBe(200);
    const variation = () => post(server, VARIATIONS, form({ model: "m" }, [image]));
    expect((await variation()).status).toBe(503);
    expect((await variation()).status).toBe(503);
    expect((await variation()).status).toBe(200);
    expect(() => server.faults.push({ kind: "hang", times: 0 })).toThrow();
    server.faults.push({ kind: "empty-200" });
    server.faults.clear();
    expect(server.faults.pending).toBe(0);
  });

  it("reset: destroys the socket after part of the body", async () => {
    const server = await mock();
    server.faults.push({ kind: "reset", afterBytes: 1024 });
    const big = form({ model: "m", prompt: "p" }, [
      { ...image, bytes: Buffer.concat([tinyPng(), Buffer.alloc(4 * 1024 * 1024)]) },
    ]);
    await expect(post(server, EDITS, big)).rejects.toThrow();
    expect(server.requests[0]).toMatchObject({
      operationId: "createImageEdit",
      status: 0,
      fault: "reset",
    });
    expect((await post(server, EDITS, editForm())).status).toBe(200);
  });

  it("hang: never answers, and close() ends the request", async () => {
    const server = await mock();
    server.faults.push({ kind: "hang" });
    const pending = post(server, EDITS, editForm()).then(
      (res) => res.status,
      (error: unknown) => error,
    );
    await until(() => server.requests.length === 1);
    expect(server.requests[0]).toMatchObject({
      status: 0,
      fault: "hang",
      body: { model: "m", prompt: "p" },
    });
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await pending).toBeInstanceOf(Error);
  });

  it("delay: answers normally after the delay", async () => {
    const server = await mock();
    server.faults.push({ kind: "delay", ms: 300 });
    const started = Date.now();
    const res = await post(server, EDITS, editForm());
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(server.requests[0]!.fault).toBe("delay");
  });

  it("truncated-json: half of the real response, framed correctly", async () => {
    const server = await mock();
    server.faults.push({ kind: "truncated-json" });
    const res = await post(server, EDITS, editForm());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    const text = await res.text();
    expect(Number(res.headers.get("content-length"))).toBe(Buffer.byteLength(text));
    expect(text.startsWith('{"created":')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
    expect(server.requests[0]).toMatchObject({ status: 200, fault: "truncated-json" });
  });

  it("empty-200: a JSON content type with no body", async () => {
    const server = await mock();
    server.faults.push({ kind: "empty-200" });
    const res = await post(server, EDITS, editForm());
    expect([res.status, res.headers.get("content-type"), await res.text()]).toEqual([
      200,
      "application/json",
      "",
    ]);
  });

  it("content-type: an unexpected media type, e.g. a proxy's HTML page", async () => {
    const server = await mock();
    server.faults.push({
      kind: "content-type",
      contentType: "text/html",
      body: "<html>bad gateway</html>",
    });
    server.faults.push({ kind: "content-type", contentType: "text/html", status: 502 });
    const res = await post(server, EDITS, editForm());
    expect([res.status, res.headers.get("content-type"), await res.text()]).toEqual([
      200,
      "text/html",
      "<html>bad gateway</html>",
    ]);
    const second = await post(server, EDITS, editForm());
    expect(second.status).toBe(502);
    expect(await second.text()).toContain("502 Bad Gateway");
  });

  it("large-error: an error body of exactly the given size", async () => {
    const server = await mock();
    server.faults.push({ kind: "large-error", bytes: 10_000_000 });
    const res = await post(server, EDITS, editForm());
    expect(res.status).toBe(500);
    expect(res.headers.get("content-length")).toBe("10000000");
    const text = await res.text();
    expect(text.length).toBe(10_000_000);
    expect(JSON.parse(text)).toMatchObject({ error: { code: "large_error" } });
    expect(server.requests[0]).toMatchObject({ status: 500, fault: "large-error" });
  });

  it("large-error: a client that stops reading does not break the server", async () => {
    const server = await mock();
    server.faults.push({ kind: "large-error", bytes: 50_000_000, status: 502 });
    const res = await post(server, EDITS, editForm());
    expect(res.status).toBe(502);
    await res.body?.cancel();
    expect((await post(server, EDITS, editForm())).status).toBe(200);
  });

  it("redirect: answers the status and Location", async () => {
    const server = await mock();
    server.faults.push({ kind: "redirect", location: `${server.url}${EDITS}` });
    const res = await fetch(server.url + EDITS, {
      method: "POST",
      body: editForm(),
      headers: AUTH,
      redirect: "manual",
    });
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe(`${server.url}${EDITS}`);
    server.faults.push({ kind: "redirect", status: 308, location: EDITS });
    const relative = await fetch(server.url + EDITS, {
      method: "POST",
      body: editForm(),
      headers: AUTH,
      redirect: "manual",
    });
    expect([relative.status, relative.headers.get("location")]).toEqual([308, EDITS]);
    expect((await post(server, EDITS, editForm())).status).toBe(200);
    expect(server.requests.map((r) => [r.status, r.fault])).toEqual([
      [307, "redirect"],
      [308, "redirect"],
      [200, undefined],
    ]);
  });
});
