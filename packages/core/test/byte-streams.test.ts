// Answers of bytes (`audio/mpeg`, a PDF, a download) resolve to a `ReadableStream<Uint8Array>`
// read as the caller reads it, as the official SDK's do: they were read whole into a Blob first,
// so the first audio came when the last was made, and a download sat in memory whole (probe40
// F5). Against a real server that sends its answer a chunk at a time, under the caller's control.
// The shipped spec has no such answers (`usesNonJsonResponses` is false there); here it is on.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Operation } from "../src/generated/contract.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";

let sdk: typeof import("../src/index.js");
let url: string;
let server: ReturnType<typeof createServer>;
/** The response the server holds open, for the test to write to or break. */
let held: ServerResponse | undefined;
let heldClosed: Promise<void> = Promise.resolve();

beforeAll(async () => {
  turnOnEveryFeature();
  sdk = await import("../src/index.js");
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "audio/mpeg" });
      res.flushHeaders();
      held = res;
      heldClosed = new Promise((resolve) => res.on("close", () => resolve()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  restoreFeatures();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const speech: Operation = {
  operationId: "createSpeech",
  method: "post",
  path: "/speech",
  sdkName: "speech.create",
  requestBody: {
    mediaType: "application/json",
    required: true,
    schema: { type: "object", properties: { input: { type: "string" } }, required: ["input"] },
  },
  response: { status: "200", mediaType: "audio/mpeg", schema: { type: "file" } },
};

const client = (timeoutMs = 10_000) =>
  new sdk.OrqCore({ apiKey: "k", serverURL: url, timeoutMs, retryConfig: { strategy: "none" } });

async function speak(options?: { signal?: AbortSignal }, timeoutMs?: number) {
  const result = await client(timeoutMs).callOperation(speech, { input: "hi" }, options);
  if (!result.ok) throw result.error;
  return (result.value as ReadableStream<Uint8Array>).getReader();
}

const chunk = (n: number, size = 64 * 1024) => Buffer.alloc(size, n);

describe("an answer of bytes", () => {
  it("resolves at its headers, and gives each chunk as it comes, every byte exactly", async () => {
    const reader = await speak();
    // Nothing of the body has been sent yet: the call resolved on the headers alone.
    held!.write(chunk(1));
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(first.value![0]).toBe(1);
    // The rest comes only now, after the caller has the first.
    let got = first.value!.length;
    for (let n = 2; n <= 40; n++) held!.write(chunk(n));
    held!.end(chunk(41, 10));
    for (let next = await reader.read(); !next.done; next = await reader.read())
      got += next.value.length;
    expect(got).toBe(40 * 64 * 1024 + 10);
  });

  it("is not cut by timeoutMs once its headers came: a slow download runs to its end", async () => {
    // (The timeout leaves the headers room on a loaded machine; the download takes longer.)
    const reader = await speak(undefined, 600);
    for (let n = 0; n < 3; n++) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      held!.write(chunk(n, 10));
    }
    held!.end();
    let got = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read())
      got += next.value.length;
    expect(got).toBe(30);
  });

  it("the caller's abort mid-way rejects the read with RequestAbortedError and closes the answer", async () => {
    const controller = new AbortController();
    const reader = await speak({ signal: controller.signal });
    held!.write(chunk(1, 10));
    expect((await reader.read()).value!.length).toBe(10);
    const pending = reader.read();
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(sdk.RequestAbortedError);
    await heldClosed;
  });

  it("a connection that breaks off mid-way rejects the read with ConnectionError", async () => {
    const reader = await speak();
    held!.write(chunk(1, 10));
    await reader.read();
    held!.socket!.destroy();
    const error = await reader.read().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(sdk.ConnectionError);
    expect((error as Error).message).toMatch(/speech\.create.*broke off after status 200/);
  });

  it("cancel() closes the answer; nothing more is read", async () => {
    const reader = await speak();
    held!.write(chunk(1, 10));
    await reader.read();
    await reader.cancel();
    await heldClosed;
    expect((await reader.read()).done).toBe(true);
  });
});
