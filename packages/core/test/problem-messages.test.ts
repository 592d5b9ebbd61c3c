// Error bodies in other shapes than `{ message }` or `{ error }`: RFC 9457's problem details
// (Mailchimp's `{ type, title, status, detail }`) and a list of errors (Asana's
// `{ errors: [{ message }] }`). The message showed the body's JSON, cut at 300 characters
// (probe48); it says the `detail` (else the `title`) or the first error's message, in a spec
// whose error answers have them (`usesProblemDetails`, turned on here). Against a real server.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Operation } from "../src/generated/contract.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";
import { startServer } from "./helpers/http-server.js";

const ANSWERS: Record<string, [string, unknown]> = {
  "/problem": [
    "application/problem+json",
    {
      type: "https://mailchimp.com/developer/marketing/docs/errors/",
      title: "Invalid Resource",
      status: 400,
      detail: "Please provide a valid email address.",
      instance: "8f2e-4a1b",
    },
  ],
  "/titled": ["application/problem+json", { title: "Resource Not Found", status: 404 }],
  "/listed": ["application/json", { errors: [{ message: "workspace: Missing input" }] }],
  "/plain": ["application/json", { message: "no such thing" }],
  "/problems": [
    "application/problem+json",
    {
      type: "https://docs.api.video/reference/invalid-attribute",
      title: "An attribute is invalid.",
      status: 400,
      problems: [{ title: "The title must not be empty.", name: "title" }],
    },
  ],
  "/described": [
    "application/json",
    { ok: false, error_code: 400, description: "Bad Request: chat not found" },
  ],
};

let sdk: typeof import("../src/index.js");
let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  turnOnEveryFeature();
  sdk = await import("../src/index.js");
  server = await startServer((req, res) => {
    const [type, body] = ANSWERS[req.url!]!;
    res.writeHead(400, { "content-type": type }).end(JSON.stringify(body));
  });
});
afterAll(async () => {
  restoreFeatures();
  await server.close();
});

const call = async (path: string) => {
  const op: Operation = {
    operationId: "get",
    method: "get",
    path,
    sdkName: "things.get",
    response: { status: "200", mediaType: "application/json" },
  };
  const client = new sdk.OrqCore({
    apiKey: "k",
    serverURL: server.url,
    retryConfig: { strategy: "none" },
  });
  const result = await client.callOperation(op, undefined);
  if (result.ok) throw new Error("expected an error");
  return result.error as InstanceType<typeof sdk.APIError>;
};

it("says a problem's detail, else its title, and keeps the whole body", async () => {
  const problem = await call("/problem");
  expect(problem.message).toBe(
    "things.get() failed: 400 Bad Request: Please provide a valid email address.",
  );
  expect(problem.body).toEqual(ANSWERS["/problem"]![1]);
  expect((await call("/titled")).message).toBe(
    "things.get() failed: 400 Bad Request: Resource Not Found",
  );
});

it("says the first of a list of problems (api.video's) (probe52)", async () => {
  expect((await call("/problems")).message).toBe(
    "things.get() failed: 400 Bad Request: The title must not be empty.",
  );
});

it("says a description (Telegram's) (probe50)", async () => {
  expect((await call("/described")).message).toBe(
    "things.get() failed: 400 Bad Request: Bad Request: chat not found",
  );
});

it("says the first of a list of errors; the usual shapes as before", async () => {
  expect((await call("/listed")).message).toBe(
    "things.get() failed: 400 Bad Request: workspace: Missing input",
  );
  expect((await call("/plain")).message).toBe(
    "things.get() failed: 400 Bad Request: no such thing",
  );
});
