/**
 * A spec split over files. The mock read only the file it was given, so every schema in another
 * file was unknown to it: requests went unchecked and answers were made of placeholders, with no
 * word said. It now bundles such a spec (with Redocly's bundler, as the SDK's generator does),
 * and refuses, naming the ref, a document object that still points at other files.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer } from "../src/index.js";
import { mock } from "./helpers.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "orq-mock-split-"));
  await writeFile(
    join(dir, "openapi.yaml"),
    [
      "openapi: 3.1.0",
      "info: { title: split, version: '1' }",
      "x-speakeasy-globals: { parameters: [{ $ref: 'globals.yaml#/nowhere' }] }",
      "paths:",
      "  /pets:",
      "    post:",
      "      operationId: createPet",
      "      requestBody:",
      "        required: true",
      "        content:",
      "          application/json:",
      "            schema: { $ref: './schemas/pet.yaml' }",
      "      responses:",
      "        '200':",
      "          description: ok",
      "          content:",
      "            application/json:",
      "              schema: { $ref: './schemas/pet.yaml' }",
    ].join("\n"),
  );
  await mkdir(join(dir, "schemas"));
  await writeFile(
    join(dir, "schemas", "pet.yaml"),
    [
      "type: object",
      "required: [pet_name]",
      "properties:",
      "  pet_name: { type: string, maxLength: 10 }",
      "  kind: { type: string, enum: [cat, dog] }",
    ].join("\n"),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function post(url: string, body: unknown) {
  const res = await fetch(url + "/pets", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("a spec split over files", () => {
  it("is bundled: requests are checked, and answers made, by the other file's schema", async () => {
    const server = await mock({ spec: join(dir, "openapi.yaml") });
    const ok = await post(server.url, { pet_name: "Rex", kind: "dog" });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual(expect.objectContaining({ pet_name: expect.any(String) }));
    expect(String(ok.body.pet_name).length).toBeLessThanOrEqual(10);
    const bad = await post(server.url, { kind: "cow" });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toMatch(/pet_name/);
    expect(JSON.stringify(bad.body)).toMatch(/kind/);
  });

  it("names the ref it cannot follow", async () => {
    const broken = join(dir, "broken.yaml");
    await writeFile(
      broken,
      [
        "openapi: 3.1.0",
        "info: { title: broken, version: '1' }",
        "paths:",
        "  /a:",
        "    get:",
        "      responses:",
        "        '200':",
        "          description: ok",
        "          content:",
        "            application/json:",
        "              schema: { $ref: './missing.yaml' }",
      ].join("\n"),
    );
    await expect(startMockServer({ spec: broken })).rejects.toThrow(
      /its \$refs to other files could not be followed:[\s\S]*missing\.yaml/,
    );
  });

  it("refuses a document object that still refers to other files", async () => {
    const spec = {
      openapi: "3.1.0",
      info: { title: "object", version: "1" },
      paths: {
        "/a": {
          get: {
            responses: {
              "200": {
                description: "ok",
                content: { "application/json": { schema: { $ref: "./pet.yaml" } } },
              },
            },
          },
        },
      },
    };
    await expect(startMockServer({ spec })).rejects.toThrow(
      /refers to another file \("\.\/pet\.yaml"\)/,
    );
  });
});
