/**
 * JSON under `text/json` only (fixtures/text-json.yaml; ASP.NET's older name for it): the body
 * is checked, renamed and sent as JSON text with that content type, and the answer is read,
 * checked and renamed as JSON. It was read as a raw body (a structured value was refused as
 * "must be a file or text") and the answer came back as an unchecked string. The mock checks
 * such bodies too.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "text-json.yaml"), "text-json");
}, 60_000);
afterAll(() => it?.close());

test("a text/json body and answer are JSON, checked and renamed both ways", async () => {
  const result = await it.client.callOperation(it.operations.createMovie!, {
    title: "Nosferatu",
    releaseYear: 1922,
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)).toMatchObject({
    headers: { "content-type": "text/json" },
    body: { title: "Nosferatu", release_year: 1922 },
  });
  const answer = result.ok ? (result.value as Record<string, unknown>) : {};
  expect(typeof answer).toBe("object");
  expect(Object.keys(answer).sort()).toEqual(["releaseYear", "title"]);

  const refused = await it.client.callOperation(it.operations.createMovie!, {
    title: "Too early",
    releaseYear: 1800,
  });
  expect(!refused.ok && refused.error.message).toMatch(/releaseYear must be >= 1888/);
});

test("the mock checks a text/json body against its schema", async () => {
  const response = await fetch(`${it.mock.url}/movies`, {
    method: "POST",
    headers: { "content-type": "text/json", authorization: "Bearer k" },
    body: JSON.stringify({ title: 5 }),
  });
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
});
