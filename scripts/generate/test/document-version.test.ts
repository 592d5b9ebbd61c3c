/**
 * What the generator says of a document it does not read: the version it found, and the ones it
 * reads. It said `no "openapi: 3.x" field` of `openapi: "3.0"` and `openapi: 3.2.0`, which have one.
 */
import { expect, test } from "vitest";
import { checkDocument } from "../document.js";

const doc = (openapi: unknown) => ({ openapi, info: { title: "t", version: "1" }, paths: {} });

test("a version it does not read is quoted, with the ones it reads", () => {
  for (const openapi of ["3.0", "3.2.0", "2.0", 3.1])
    expect(() => checkDocument(doc(openapi), "spec.yaml")).toThrow(
      `spec.yaml: openapi: ${JSON.stringify(openapi)} is not a version this generator reads: it reads 3.0.x and 3.1.x`,
    );
});

test("a Swagger 2.0 document is named as such, with the way to convert it", () => {
  expect(() => checkDocument({ swagger: "2.0", info: {}, paths: {} }, "spec.yaml")).toThrow(
    'spec.yaml: swagger: "2.0" is a Swagger (OpenAPI 2) document, which this generator does not ' +
      "read: convert it to OpenAPI 3 first (e.g. `npx swagger2openapi`)",
  );
});

test("no openapi field at all is said so", () => {
  for (const doc of [{ info: {}, paths: {} }, [], "openapi: 3.0.0", null])
    expect(() => checkDocument(doc, "spec.yaml")).toThrow(
      'spec.yaml: not an OpenAPI 3.0 or 3.1 document (no "openapi" field)',
    );
});

test("3.0.x and 3.1.x are read", () => {
  for (const openapi of ["3.0.0", "3.0.3", "3.1.0", "3.1.1"])
    expect(checkDocument(doc(openapi), "spec.yaml").openapi).toBe(openapi);
});
