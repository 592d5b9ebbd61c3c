/**
 * Events where the spec declares none (fixtures/undeclared-event-stream.yaml, as Anthropic's
 * `/v1/messages` with `stream: true`, probe68): the SDK read the whole stream, a whole
 * generation, before it failed with "the body is not valid JSON (text/event-stream)"; a stream
 * that never ends never failed. It is now refused once its headers come, the connection let go.
 * Against a real server on 127.0.0.1 that streams events until the client goes.
 */
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
let server: Server;
let url: string;
/** How each answer's connection ended: "closed" once the client let it go. */
const ends: Promise<string>[] = [];

beforeAll(async () => {
  it = await runtimeAgainstMock(
    join(fixtures, "undeclared-event-stream.yaml"),
    "undeclared-event-stream",
  );
  server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      const { prompt, stream } = JSON.parse(body) as { prompt: string; stream?: boolean };
      if (prompt === "fail") streamForever(res, 400, 'event: error\ndata: {"message":"bad"}\n\n');
      else if (stream) streamForever(res);
      else res.writeHead(200, { "content-type": "application/json" }).end('{"text":"hi"}');
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await it?.close();
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
});

/** Events every 20 ms (after `first`), until the client closes the connection. */
function streamForever(res: ServerResponse, status = 200, first = ""): void {
  res.writeHead(status, { "content-type": "text/event-stream" });
  if (first) res.write(first);
  const timer = setInterval(() => res.write('event: delta\ndata: {"text":"a"}\n\n'), 20);
  ends.push(new Promise((done) => res.on("close", () => (clearInterval(timer), done("closed")))));
}

test("the flag is on for a stream switch with no event stream declared", () => {
  expect(it.coreSchemas.usesUndeclaredEventStreams).toBe(true);
});

test("events are refused once they start, and the connection is let go", async () => {
  const result = await it.clientAt(url).callOperation(it.operations.createMessage!, {
    prompt: "p",
    stream: true,
  });
  expect(result.ok).toBe(false);
  expect(result.ok || result.error).toMatchObject({
    name: "ResponseValidationError",
    message: expect.stringContaining(
      "the server answered a stream of events (text/event-stream), which the spec does not declare for this call",
    ),
  });
  expect(await ends.at(-1)).toBe("closed");
}, 10_000);

test("the JSON answer is read as before", async () => {
  const result = await it.clientAt(url).callOperation(it.operations.createMessage!, {
    prompt: "p",
  });
  expect(result.ok && result.value).toEqual({ text: "hi" });
});

test("an error answered as events that never end is read to its first event (probe69)", async () => {
  // It was read to its end: the call waited for its timeout, and a 5XX was retried to wait again.
  const result = await it.clientAt(url).callOperation(it.operations.createMessage!, {
    prompt: "fail",
  });
  expect(result.ok).toBe(false);
  expect(result.ok || result.error).toMatchObject({
    name: "APIError",
    statusCode: 400,
    // (Its data, read as the JSON it is: it was the event's text, probe85.)
    body: { message: "bad" },
    message: expect.stringContaining("bad"),
  });
  expect(await ends.at(-1)).toBe("closed");
}, 10_000);
