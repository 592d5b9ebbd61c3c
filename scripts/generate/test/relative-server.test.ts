/**
 * A spec whose server is a path with no host (fixtures/relative-server.yaml). In Node and Deno
 * (without `--location`) there is nothing to resolve it against, so a client needs a
 * `serverURL`; one made without said "serverURL must be an http or https URL", of a serverURL
 * the caller never gave.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { serverURLs } from "../transform/runtime-tables.js";
import { fixtures } from "./helpers.js";
import {
  checkedRuntime,
  runtimeAgainstMock,
  type RuntimeAgainstMock,
} from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
let nodeLike: object;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "relative-server.yaml"), "relative-server");
  // Node's and Deno's option check, on this spec's generated constants (loaded after them).
  nodeLike = await checkedRuntime();
}, 60_000);
afterAll(() => it?.close());

test("without a serverURL, the client says one is needed, and why", () => {
  const make = () =>
    new (it.OrqCore as never as new (o: object, r: object) => object)({}, nodeLike);
  expect(make).toThrow(
    `serverURL is needed: the spec's server is "/api/v3", a path with no host (give the whole URL, e.g. "https://api.example.com/api/v3")`,
  );
});

test("with one, calls go there", async () => {
  const client = new (it.OrqCore as never as new (o: object, r: object) => typeof it.client)(
    { apiKey: "k", serverURL: it.mock.url, retryConfig: { strategy: "none" } },
    nodeLike,
  );
  const result = await client.callOperation(it.operations.listPets!, undefined);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(it.mock.requests.at(-1)).toMatchObject({ path: "/pets", status: 204 });
});

test("a server without a scheme (`//host/path`) is read as https, not as a path (probe49)", () => {
  // Files.com's only server is `//app.files.com/api/rest/v1`: every client needed a serverURL,
  // and the message suggested `https://api.example.com//app.files.com/…`.
  expect(serverURLs({ servers: [{ url: "//app.files.com/api/rest/v1/" }] } as never)).toEqual([
    "https://app.files.com/api/rest/v1",
  ]);
  expect(serverURLs({ servers: [{ url: "/api/v3" }] } as never)).toEqual(["/api/v3"]);
});
