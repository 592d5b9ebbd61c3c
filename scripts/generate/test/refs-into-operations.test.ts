/**
 * `$ref`s into other operations (fixtures/refs-into-operations.yaml, DigitalOcean's spec,
 * probe45 P1): generation stopped ("… does not resolve") where one pointed into a discriminated
 * `anyOf`, and refs under a `default` answer or a property named `default` were never followed.
 * The fixtures suite type-checks the output; this checks what the runtime does with it, against
 * the mock.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(
    join(fixtures, "refs-into-operations.yaml"),
    "refs-into-operations",
  );
}, 60_000);
afterAll(() => it?.close());

test("an operation whose body is a ref into another's union is checked by it and sent", async () => {
  const ok = await it.client.callOperation(it.operations.thingsReboot!, {
    id: 1,
    requestBody: { type: "reboot" },
  });
  expect(ok.ok, ok.ok ? "" : ok.error.message).toBe(true);
  const wrong = await it.client.callOperation(it.operations.thingsReboot!, {
    id: 1,
    requestBody: { type: "resize" },
  });
  expect(wrong.ok ? "" : wrong.error.message).toContain("type must be one of reboot");
});

test("the default answer, through a ref into another operation's, is an error class", () => {
  expect(Object.keys(it.operations.thingsReboot!.errors ?? {})).toEqual(["4XX", "5XX"]);
  expect(it.files.get("paths.ts")).not.toContain('["schema"]');
});
