/**
 * Body fields of one value that is also their default (fixtures/defaulted-constants.yaml;
 * probe73, Mistral's streaming twins `…Stream`, `stream: { const: true, default: true }`): the
 * types let the caller leave `stream` out, the SDK sent nothing, and the server answered the
 * non-streaming twin's JSON, which the streaming method refused. Such a field of the body's
 * root goes with its value when the call gives none, in JSON and in multipart; one given is
 * still checked. A `const` alone, and one below the root, are not filled. Against the mock,
 * which records what arrives.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "defaulted-constants.yaml"), "defaulted-constants");
}, 60_000);
afterAll(() => it?.close());

test("the generator lists the root's defaulted constants, of every allOf part", () => {
  expect(it.coreSchemas.usesFilledFields).toBe(true);
  expect(it.operations.startStream!.requestBody!.fill).toEqual({ stream: true, version: 2 });
  expect(it.operations.transcribeStream!.requestBody!.fill).toEqual({ stream: true });
});

test("left out, the field goes with its value; nothing else is added", async () => {
  const result = await it.client.callOperation(it.operations.startStream!, {
    inputs: "hi",
    options: {},
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.body).toEqual({
    inputs: "hi",
    options: {},
    stream: true,
    version: 2,
  });
});

test("given, it goes as given; another value is refused before sending", async () => {
  const ok = await it.client.callOperation(it.operations.startStream!, {
    inputs: "hi",
    stream: true,
    dryRun: true,
  });
  expect(ok.ok, ok.ok ? "" : ok.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.body).toEqual({
    inputs: "hi",
    stream: true,
    dry_run: true,
    version: 2,
  });
  const before = it.mock.requests.length;
  const refused = await it.client.callOperation(it.operations.startStream!, {
    inputs: "hi",
    stream: false,
  });
  expect(refused.ok ? "" : refused.error.message).toMatch(/stream must be true/);
  expect(it.mock.requests.length).toBe(before);
});

test("a multipart body gets the field as a part", async () => {
  const result = await it.client.callOperation(it.operations.transcribeStream!, {
    model: "voxtral",
    file: new Blob(["RIFF"], { type: "audio/wav" }),
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  const sent = it.mock.requests.at(-1)!;
  expect(sent.body).toEqual({ model: "voxtral", stream: true });
  expect(sent.parts.map((part) => part.name)).toEqual(["model", "file", "stream"]);
});
