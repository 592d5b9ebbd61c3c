/**
 * The whole published orq spec, end to end: its generated tables driven by core's runtime (on
 * the spec's own generated constants, as in an SDK generated from it) against the mock server
 * serving that same spec. For every operation with a JSON or multipart body (or none; files are
 * a real PNG), a request the mock's own sampler makes valid for the spec (its required parameters
 * and its body) is renamed to the SDK's names by the runtime, then sent through the SDK: the SDK
 * must take it, the mock must accept what arrives (it validates every request with ajv), and the
 * SDK must take the mock's schema-valid answer. Any failure is a place where the generator, the
 * runtime and the spec disagree.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Operation } from "../templates/contract.js";
import { isObject, pointerOf } from "../../../packages/mock/src/document.js";
import { tinyPng } from "../../../packages/mock/src/png.js";
import { loadSpec } from "../../../packages/mock/src/spec.js";
import { ResponseSynthesizer } from "../../../packages/mock/src/synthesize-response.js";
import { Validators } from "../../../packages/mock/src/validate.js";
import { fullSpec, hasFullSpec } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

describe.skipIf(!hasFullSpec)("every operation of the whole orq spec, through the SDK", () => {
  let run: RuntimeAgainstMock;
  let sample: (op: Operation) => unknown;
  let sampleParameter: (op: Operation, name: string, where: string) => unknown;

  beforeAll(async () => {
    run = await runtimeAgainstMock(fullSpec, "whole-spec-calls");
    const doc = await loadSpec(fullSpec);
    const synthesizer = new ResponseSynthesizer(doc, new Validators(doc, "request"));
    // The pointer of an operation's JSON body schema, through a `$ref`'d request body.
    sample = (op) => {
      const at = ["paths", op.path, op.method, "requestBody"];
      const { value: body, refs } = doc.deref(doc.get(`#${pointerOf(at)}`));
      const base = refs.length ? refs.at(-1)!.slice(1) : pointerOf(at);
      if (!isObject(body)) return undefined;
      return synthesizer.sample(
        `${base}${pointerOf(["content", op.requestBody!.mediaType, "schema"])}`,
      );
    };
    // A parameter is declared on the operation or on its path (§ 4.8.9), maybe as a `$ref`.
    sampleParameter = (op, name, where) => {
      for (const at of [
        ["paths", op.path, op.method, "parameters"],
        ["paths", op.path, "parameters"],
      ]) {
        const list = doc.get(`#${pointerOf(at)}`);
        if (!Array.isArray(list)) continue;
        for (const [i, item] of list.entries()) {
          const { value: p, refs } = doc.deref(item);
          if (!isObject(p) || p.name !== name || p.in !== where) continue;
          const base = refs.length ? refs.at(-1)!.slice(1) : pointerOf([...at, String(i)]);
          return synthesizer.sample(`${base}/schema`);
        }
      }
      return undefined;
    };
  }, 120_000);
  afterAll(() => run?.close());

  test("the SDK sends what the mock accepts and reads what it answers", async () => {
    const png = new Blob([tinyPng()], { type: "image/png" });
    const tried: string[] = [];
    const failures: string[] = [];
    for (const op of Object.values(run.operations)) {
      const multipart = op.requestBody?.mediaType === "multipart/form-data";
      if (op.requestBody && !multipart && !/json/.test(op.requestBody.mediaType)) continue;
      if (op.response?.stream) continue;
      tried.push(op.operationId);
      let request: unknown;
      // Required parameters only (in SDK names); the optional ones are left to the server.
      const parameters = Object.fromEntries(
        (op.parameters ?? [])
          .filter((p) => p.required)
          .map((p) => [p.sdk, sampleParameter(op, p.name, p.in)]),
      );
      if (op.requestBody) {
        // The sample is in wire names: the runtime's own response pass renames it to the SDK's.
        const body = sample(op);
        // A multipart body's file fields get a real PNG (the sampler writes a string there).
        if (multipart && isObject(body))
          for (const [field, how] of Object.entries(op.requestBody.encoding ?? {}))
            if (how === "file")
              body[field] = Array.isArray(body[field]) ? [png] : (png as unknown as string);
        const isFile = (value: unknown) => value instanceof Blob;
        const pass = { mode: "wire", isFile, issues: [] as unknown[], files: [] };
        request = run.checkAndRename(op.requestBody.schema, body, pass);
        if (pass.issues.length) {
          failures.push(`${op.operationId}: sample refused: ${JSON.stringify(pass.issues)}`);
          continue;
        }
      }
      if (op.parameters?.length)
        request = {
          ...parameters,
          ...(request === undefined ? {} : { [op.bodyKey ?? "requestBody"]: request }),
        };
      const result = await run.client.callOperation(op, request);
      if (!result.ok) failures.push(`${op.operationId}: ${result.error.message.slice(0, 400)}`);
    }
    console.log(`${tried.length} operations called; ${failures.length} failed`);
    expect(tried.length).toBeGreaterThan(200);
    expect(failures).toEqual([]);
  }, 300_000);
});
