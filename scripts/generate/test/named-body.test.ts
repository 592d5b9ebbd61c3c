/**
 * The key of the body beside parameters (fixtures/named-body.yaml): a body that is one component
 * schema goes under its camelCase name, as in the official SDK (`alerts.update({ alertId,
 * updateAlertRequest })`); an inline one under `requestBody`. Official-style calls used to fail
 * with "requestBody is required" (probe17 B3: 11 operations of the published orq spec).
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "named-body.yaml"), "named-body");
}, 60_000);
afterAll(() => it?.close());

test("the tables and types name the body as the official SDK does", async () => {
  expect(it.operations.updateAlert!.bodyKey).toBe("updateAlertRequest");
  expect(it.operations.updateDataset!.bodyKey).toBeUndefined();
  // Acronyms kept, as the official SDK keeps them (not `addIpRangeRequest`).
  const addRange = Object.values(it.operations).find((op) => op.operationId === "AddIPRange");
  expect(addRange!.bodyKey).toBe("addIPRangeRequest");
  // A leading acronym is lower case whole (probe36 F14: FishAudio's `tTSRequest`).
  expect(it.operations.speak!.bodyKey).toBe("ttsRequest");
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { UpdateAlertRequest, UpdateDatasetRequest } from "./models.js";

export const alert: UpdateAlertRequest = {
  alertId: "a1",
  updateAlertRequest: { displayName: "Latency" },
};
export const dataset: UpdateDatasetRequest = { datasetId: "d1", requestBody: { displayName: "x" } };
// @ts-expect-error the named body is not requestBody
export const wrong: UpdateAlertRequest = { alertId: "a1", requestBody: { displayName: "x" } };
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
});

test("a call sends the named body, checked and renamed", async () => {
  const result = await it.client.callOperation(it.operations.updateAlert!, {
    alertId: "a1",
    updateAlertRequest: { displayName: "Latency" },
  });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(it.mock.requests.at(-1)).toMatchObject({
    method: "PATCH",
    path: "/v2/alerts/a1",
    body: { display_name: "Latency" },
  });
  const refused = await it.client.callOperation(it.operations.updateAlert!, {
    alertId: "a1",
    updateAlertRequest: { displayName: "" },
  });
  expect(String(!refused.ok && refused.error.message)).toMatch(
    /updateAlertRequest\.displayName must be at least 1 character/,
  );
});

test("a body FastAPI named for its handler (Body_<route id>) goes under requestBody", async () => {
  const speak = Object.values(it.operations).find(
    (op) => op.operationId === "text_to_speech_full",
  )!;
  expect(speak.bodyKey).toBeUndefined();
  const result = await it.client.callOperation(speak, {
    voiceId: "v1",
    requestBody: { text: "Hello" },
  });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(it.mock.requests.at(-1)).toMatchObject({ body: { text: "Hello" } });
});

test("a body whose key a parameter has stays requestBody; the parameter keeps its name", () => {
  const replace = Object.values(it.operations).find((op) => op.operationId === "ReplaceThing")!;
  expect(replace.bodyKey).toBeUndefined();
  expect(replace.parameters!.map((p) => p.sdk)).toEqual(["thingId"]);
});

test("a body named constructor is read as an own key, and may be left out", async () => {
  const set = Object.values(it.operations).find((op) => op.operationId === "SetBuilder")!;
  expect(set.bodyKey).toBe("constructor");
  const result = await it.client.callOperation(set, { builderId: "b1" });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  const withBody = await it.client.callOperation(set, {
    builderId: "b1",
    constructor: { name: "Ada" },
  });
  expect(withBody.ok, JSON.stringify(withBody)).toBe(true);
  expect(it.mock.requests.at(-1)).toMatchObject({ body: { name: "Ada" } });
});
