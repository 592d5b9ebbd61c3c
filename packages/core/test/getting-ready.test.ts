/**
 * Getting a call ready (the caller's `apiKey()`, the first bytes of a stream given as a file) is
 * bounded as an attempt is, by the call's `timeoutMs` and the caller's signal (probe28 F4). Both
 * ran before anything listened to either, so a token endpoint that hangs, or a pipe that never
 * gives a byte, held the call for ever: a leaked request in a server, and a script that exits
 * with code 13 and no error. Against a real server on 127.0.0.1, which must hear nothing.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  OrqCore,
  RequestAbortedError,
  RequestTimeoutError,
  routerImagesEditsCreate,
} from "../src/index.js";
import { startServer } from "./helpers/http-server.js";
import { images } from "./helpers/images.js";

let server: Awaited<ReturnType<typeof startServer>>;
let requests = 0;
beforeAll(async () => {
  server = await startServer((_req, res) => {
    requests++;
    res.writeHead(500).end();
  });
});
afterAll(() => server.close());

const never = () => new Promise<never>(() => {});
const stalled = () => new ReadableStream<Uint8Array>({ pull: never });
const png = () => new Blob([images.png()]);
const edit = (core: OrqCore, image: unknown, options?: object) =>
  routerImagesEditsCreate(core, { model: "m", prompt: "p", image } as never, options);

it("an apiKey() that never settles: the call times out at timeoutMs", async () => {
  const core = new OrqCore({ apiKey: never, serverURL: server.url, timeoutMs: 100 });
  const result = await edit(core, png());
  expect(!result.ok && result.error).toBeInstanceOf(RequestTimeoutError);
  expect(!result.ok && result.error.message).toBe(
    "router.images.edits.create() timed out after 100 ms",
  );
});

it("an apiKey() that never settles: the caller's abort ends the call", async () => {
  const core = new OrqCore({ apiKey: never, serverURL: server.url });
  const controller = new AbortController();
  setTimeout(() => controller.abort(new Error("user left")), 50);
  const result = await edit(core, png(), { signal: controller.signal });
  expect(!result.ok && result.error).toBeInstanceOf(RequestAbortedError);
  expect(!result.ok && (result.error.cause as Error).message).toBe("user left");
});

it("a stream that never gives its first bytes: timeout, and abort", async () => {
  const core = new OrqCore({ apiKey: "k", serverURL: server.url, timeoutMs: 100 });
  const timedOut = await edit(core, stalled());
  expect(!timedOut.ok && timedOut.error).toBeInstanceOf(RequestTimeoutError);
  const aborted = await edit(core, [png(), stalled()], { signal: AbortSignal.timeout(50) });
  expect(!aborted.ok && aborted.error).toBeInstanceOf(RequestAbortedError);
});

it("nothing was sent for any of them", () => {
  expect(requests).toBe(0);
});

it("an abort before the call, while getting ready fails: one error, nothing left unhandled (probe29 R1)", async () => {
  // Getting ready was raced only while the signal had not fired: one that had already fired
  // left the preparation's own failure (a request that breaks a rule, an apiKey() that throws)
  // unhandled, and Node and Deno exit on that.
  const unhandled: unknown[] = [];
  const listen = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", listen);
  try {
    const aborted = AbortSignal.abort(new Error("user left"));
    const throwing = new OrqCore({
      serverURL: server.url,
      apiKey: () => {
        throw new Error("token endpoint down");
      },
    });
    const core = new OrqCore({ apiKey: "k", serverURL: server.url });
    const results = [
      await edit(core, png(), { signal: aborted }),
      await routerImagesEditsCreate(core, { model: "m", prompt: "p", n: "two" } as never, {
        signal: aborted,
      }),
      await edit(throwing, png(), { signal: aborted }),
      await routerImagesEditsCreate(core, { model: "m", prompt: "p", n: "two" } as never, {
        timeoutMs: -1,
      }),
    ];
    for (const result of results.slice(0, 3))
      expect(!result.ok && result.error).toBeInstanceOf(RequestAbortedError);
    expect(!results[3]!.ok && results[3]!.error).toBeInstanceOf(RequestTimeoutError);
    await new Promise((done) => setTimeout(done, 50));
    expect(unhandled).toEqual([]);
  } finally {
    process.off("unhandledRejection", listen);
  }
});
