/**
 * Error answers with a JSON body (fixtures/error-classes.yaml) are thrown as error classes, as
 * the official SDK throws its `HonoApiError` and `DeleteAgentResponseBody`: still an `APIError`
 * (and an `OrqError`), with the body checked and in the SDK's names as `data$`. Its README's
 * `error instanceof errors.HonoApiError` did not compile against ours, and such answers were
 * plain `APIError`s; then those written inline still were. Against a real server on 127.0.0.1
 * that answers each error.
 */
import { readFile, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, repoRoot, run, tempDir, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

const ANSWERS: Record<string, [number, unknown]> = {
  "/things/missing": [
    404,
    { code: "nf", message_text: "no such thing", status_code: "E404", cause: "deleted" },
  ],
  "/things/odd": [404, { message_text: 3 }],
  "/things/down": [503, { retry_in: 30 }],
  "/things/bad": [400, { reason: "id" }],
  "/things/busy": [409, { busy_until: "noon" }],
  "/things/busy-odd": [409, { busy_since: "noon" }],
  "/things/gone": [410, { gone_since: "May" }],
  "/things/unprocessable": [422, { field_name: "id" }],
  "/widgets/missing": [404, { message_text: "no such widget" }],
  "/widgets/bad": [400, { retry_in: 1 }],
  "/widgets/down": [502, { retry_in: 5 }],
  "/legacy": [200, { retry_in: 7 }],
  "/gadgets/bad": [418, { error_type: "teapot" }],
  "/things/slow": [429, { retry_after_ms: 250 }],
  "/widgets/slow": [429, { retry_after_ms: 500 }],
  "/widgets/taken": [409, { conflict_with: "w2" }],
  "/gadgets/taken": [409, { conflict_with: "g2" }],
};

let it: RuntimeAgainstMock;
let server: Server;
let classes: Record<string, new (...args: never[]) => Error>;
let errors: { APIError: Function; OrqError: Function };
let client: { callOperation(op: unknown, r: unknown): Promise<{ ok: boolean; error?: any }> };
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "error-classes.yaml"), "error-classes");
  classes = await import(join(it.dir, "errors.ts"));
  const src = new URL("../../../packages/core/src/", import.meta.url).href;
  errors = await import(`${src}errors/index.ts`);
  server = createServer((req, res) => {
    const [status, body] = ANSWERS[req.url!] ?? [200, { id: "x" }];
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  client = new it.OrqCore({
    apiKey: "k",
    serverURL: `http://127.0.0.1:${port}`,
    retryConfig: { strategy: "none" },
  }) as never;
}, 60_000);
afterAll(async () => {
  server?.close();
  await it?.close();
});

const get = (id: string) => client.callOperation(it.operations.getThing!, { id });

test("a 404 whose body is the component is its class, with data$ in the SDK's names", async () => {
  const { error } = await get("missing");
  expect(error).toBeInstanceOf(classes.NotFound);
  expect(error).toBeInstanceOf(errors.APIError);
  expect(error).toBeInstanceOf(errors.OrqError);
  expect(error.name).toBe("NotFound");
  expect(error.data$).toEqual({
    code: "nf",
    messageText: "no such thing",
    statusCode: "E404",
    cause: "deleted",
  });
  expect(error.statusCode).toBe(404);
  expect(error.message).toMatch(/things.get\(\) failed: 404 Not Found/);
});

test("the body's fields are on the error too, as the official SDK's, but those it has already", async () => {
  const { error } = await get("missing");
  expect(error.code).toBe("nf");
  expect(error.messageText).toBe("no such thing");
  // The body's `status_code` does not hide the answer's status, nor its `cause` the error's own
  // (probe66: none was given, so it is not `in` the error, and the body's took its place).
  expect(error.statusCode).toBe(404);
  expect(error.cause).toBeUndefined();
  expect(Object.keys(error)).toEqual(
    expect.arrayContaining(["statusCode", "headers", "contentType", "body", "data$", "code"]),
  );
  // An inline body's too; a body that does not match has none.
  expect((await get("busy")).error.busyUntil).toBe("noon");
  expect((await get("odd")).error.messageText).toBeUndefined();
});

test("an error answer keeps the response (rawResponse) and its contentType", async () => {
  const { error } = await get("down");
  expect(error.contentType).toBe("application/json");
  expect(error.rawResponse).toBeInstanceOf(Response);
  expect(error.rawResponse.status).toBe(503);
  expect(error.rawResponse.bodyUsed).toBe(true);
  // A getter: logging the error does not print the response's headers as they came.
  expect(Object.getOwnPropertyNames(error)).not.toContain("rawResponse");
});

test("a status in a range the spec lists (5XX) is that range's class", async () => {
  const { error } = await get("down");
  expect(error).toBeInstanceOf(classes.ServerTrouble);
  expect(error.data$).toEqual({ retryIn: 30 });
});

test("a body that does not match its schema stays an APIError", async () => {
  const odd = (await get("odd")).error;
  expect(odd).toBeInstanceOf(errors.APIError);
  expect(odd).not.toBeInstanceOf(classes.NotFound);
  expect(odd.data$).toBeUndefined();
  const busy = (await get("busy-odd")).error;
  expect(busy.name).toBe("APIError");
  expect(busy).not.toBeInstanceOf(classes.GetThingThingsResponseBody);
  expect(busy.body).toEqual({ busy_since: "noon" });
});

test("a body written inline is a class of its own, named as the official SDK names them", async () => {
  const bad = (await get("bad")).error;
  expect(bad).toBeInstanceOf(classes.GetThingResponseBody);
  expect(bad).toBeInstanceOf(errors.APIError);
  expect(bad.name).toBe("GetThingResponseBody");
  expect(bad.data$).toEqual({ reason: "id" });
  expect(bad.body).toEqual({ reason: "id" });
  // The second with the method's group, the third with `Response` once more.
  const busy = (await get("busy")).error;
  expect(busy).toBeInstanceOf(classes.GetThingThingsResponseBody);
  expect(busy).not.toBeInstanceOf(classes.GetThingResponseBody);
  expect(busy.data$).toEqual({ busyUntil: "noon" });
  const unprocessable = (await get("unprocessable")).error;
  expect(unprocessable.name).toBe("GetThingThingsResponseResponseBody");
  expect(unprocessable.data$).toEqual({ fieldName: "id" });
});

test("a component whose name a global holds (Error) is followed by Response", async () => {
  // (It got no class, and Stripe's every error, `$ref: error`, stayed an `APIError`: probe44.)
  expect(Object.keys(classes).sort()).toEqual([
    "ClashError",
    "ConflictReport",
    "DetailedError",
    "ErrorResponse",
    "GetGadgetResponseBody",
    "GetThingResponseBody",
    "GetThingThingsResponseBody",
    "GetThingThingsResponseResponseBody",
    "NotFound",
    "ServerTrouble",
    "TooManyRequests",
    "TypedMapError",
  ]);
  const gone = (await get("gone")).error;
  expect(gone).toBeInstanceOf(classes.ErrorResponse);
  expect(gone.name).toBe("ErrorResponse");
  expect(gone.data$).toEqual({ goneSince: "May" });
});

test("default beside a 2XX answer is the class of every error status not listed", async () => {
  // (Stripe lists no other: `default: $ref error` on every operation; probe44 F5.)
  const widget = (id: string) => client.callOperation(it.operations.getWidget!, { id });
  const missing = (await widget("missing")).error;
  expect(missing).toBeInstanceOf(classes.NotFound);
  for (const [id, retryIn] of [
    ["bad", 1],
    ["down", 5],
  ] as const) {
    const { error } = await widget(id);
    expect(error, id).toBeInstanceOf(classes.ServerTrouble);
    expect(error.data$).toEqual({ retryIn });
  }
  const table = it.files.get("operations.ts")!;
  const widgetErrors = table.slice(table.indexOf("export const getWidget")).replace(/\s+/g, " ");
  for (const entry of [
    '"404": [NotFound, () => NotFoundSchema]',
    '"4XX": [ServerTrouble, () => ServerTroubleSchema]',
    '"5XX": [ServerTrouble, () => ServerTroubleSchema]',
  ])
    expect(widgetErrors).toContain(entry);
});

test("an answer operations share through components.responses is one class, named so", async () => {
  // (Spotify's 401, 403 and 429 were a class per operation: 266 of them, probe45 P5.)
  const thing = (await get("slow")).error;
  const widget = (await client.callOperation(it.operations.getWidget!, { id: "slow" })).error;
  for (const [error, retryAfterMs] of [
    [thing, 250],
    [widget, 500],
  ] as const) {
    expect(error).toBeInstanceOf(classes.TooManyRequests);
    expect(error.data$).toEqual({ retryAfterMs });
  }
});

test("a titled body written out the same in several operations is one class, named so", async () => {
  // (Mailchimp's "Problem Detail Document" was 272 classes, one per operation: probe48.)
  for (const [operation, conflictWith] of [
    ["getWidget", "w2"],
    ["getGadget", "g2"],
  ] as const) {
    const { error } = await client.callOperation(it.operations[operation]!, { id: "taken" });
    expect(error, operation).toBeInstanceOf(classes.ConflictReport);
    expect(error.data$).toEqual({ conflictWith });
  }
});

test("a default written inline is a class of its own too", async () => {
  const { error } = await client.callOperation(it.operations.getGadget!, { id: "bad" });
  expect(error).toBeInstanceOf(classes.GetGadgetResponseBody);
  expect(error.data$).toEqual({ errorType: "teapot" });
});

test("default with no 2XX answer is the answer the operation succeeds with, no error", async () => {
  const result = await client.callOperation(it.operations.getLegacy!, undefined);
  expect(result).toEqual({ ok: true, value: { retryIn: 7 } });
  expect(it.operations.getLegacy!.errors).toBeUndefined();
});

test("the root exports the component classes only: inline ones are under models/errors", async () => {
  const index = await readFile(join(it.dir, "index.ts"), "utf8");
  expect(index).toMatch(
    /export \{\s*ClashError,\s*DetailedError,\s*ErrorResponse,\s*NotFound,\s*ServerTrouble,\s*TypedMapError,?\s*\} from "\.\/errors\.js";/,
  );
  expect(index).not.toMatch(/GetThingResponseBody/);
});

test("the types: each class's body type goes by …Data, under models/errors too", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import {
  ClashError,
  DetailedError,
  GetThingThingsResponseBody,
  NotFound,
  ServerTrouble,
  TypedMapError,
  type GetThingThingsResponseBodyData,
  type NotFoundData as FromErrors,
} from "./errors.js";
import type { NotFoundData } from "./models.js";
export function read(error: unknown): string | number | undefined {
  if (error instanceof NotFound) {
    const data: NotFoundData = error.data$;
    const status: number = error.statusCode;
    // The body's fields, on the error as well: not those the error has (its status is a number).
    const code: string | undefined = error.code;
    const text: string = error.messageText;
    // @ts-expect-error the answer's status, not the body's \`status_code\`
    const wrong: string = error.statusCode;
    // @ts-expect-error read-only
    error.code = "x";
    return data.messageText + status + code + text + wrong;
  }
  if (error instanceof ServerTrouble) {
    // A body that takes other keys too keeps its fields' types on the error (probe65).
    const retryIn: number | undefined = error.retryIn;
    return error.data$.retryIn ?? retryIn;
  }
  if (error instanceof TypedMapError) {
    // Its other keys are in data$ alone (typed string there).
    const other: string | undefined = error.data$["anything"];
    return error.reason ?? other;
  }
  if (error instanceof DetailedError) {
    const code: number = error.code;
    return (error.hint ?? error.moreInfo ?? "") + code;
  }
  if (error instanceof ClashError) return JSON.stringify(error.data$);
  if (error instanceof GetThingThingsResponseBody) {
    const data: GetThingThingsResponseBodyData = error.data$;
    return data.busyUntil;
  }
  return undefined;
}
export const same = (data: NotFoundData): FromErrors => data;
// @ts-expect-error an inline body's fields are in the SDK's names
export const wire = (data: GetThingThingsResponseBodyData) => data.busy_until;
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
});

test("pnpm generate --out elsewhere: the error classes import core's APIError from where it is", async () => {
  // They imported `../errors/api-error.js`, which is there only beside core's src/generated: the
  // whole published spec's output, written anywhere else, did not type-check (the benchmark's).
  const { dir, remove } = await tempDir("cli-errors");
  try {
    const generated = await run(process.execPath, [
      join(repoRoot, "scripts/run.mjs"),
      "generate/cli.ts",
      "--spec",
      join(fixtures, "error-classes.yaml"),
      "--out",
      dir,
    ]);
    expect(generated.code, generated.output).toBe(0);
    const errors = await readFile(join(dir, "errors.ts"), "utf8");
    expect(errors).toMatch(
      /^import \{ APIError \} from "(\.\.\/)+.*packages\/core\/src\/errors\/api-error\.js";$/m,
    );
    const { code, output } = await typecheck([dir], dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  } finally {
    await remove();
  }
});
