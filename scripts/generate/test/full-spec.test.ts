/**
 * The whole published orq spec (OpenAPI 3.1, ~280 operations, 650 schemas), read from
 * ../shared/specs next to the repo and never copied into it: it generates, its output
 * type-checks on its own, and every operation gets distinct names.
 */
import { writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadDocument, isObject, type JsonObject } from "../document.js";
import { collectOperations } from "../transform/collect-operations.js";
import { normalize } from "../transform/normalize.js";
import {
  fullSpec,
  generateSpec,
  hasFullSpec,
  repoRoot,
  tempDir,
  typecheck,
  writeOutput,
} from "./helpers.js";

const where = relative(repoRoot, fullSpec);

describe.skipIf(!hasFullSpec)(`full orq spec (${where})`, () => {
  let files: Map<string, string>;
  let checked: { code: number; output: string };
  let cleanup: () => Promise<void>;
  let generateMs = 0;
  let checkMs = 0;

  beforeAll(async () => {
    const { dir, remove } = await tempDir("full");
    cleanup = remove;
    const started = performance.now();
    files = await generateSpec(fullSpec);
    generateMs = performance.now() - started;
    await writeOutput(dir, files);
    // The core README's example of a list walked page by page, checked with the output.
    await writeFile(
      join(dir, "usage.ts"),
      `import type { Resources } from "./resources.js";
declare const orq: Resources<object>;
export async function usage(): Promise<string[]> {
  const first = await orq.evals.all({ limit: 50 });
  const out = [first.object, String(first.hasMore)];
  for await (const evaluator of orq.evals.all({ limit: 50 })) out.push(evaluator.id);
  for await (const page of orq.evals.all({ limit: 50 }).pages()) out.push(String(page.data.length));
  return out;
}
`,
    );
    const checking = performance.now();
    checked = await typecheck([dir], dir);
    checkMs = performance.now() - checking;
    console.log(
      `full spec: generated ${files.size} files in ${Math.round(generateMs)} ms, tsc in ${Math.round(checkMs)} ms`,
    );
  });
  afterAll(() => cleanup?.());

  test("the output type-checks on its own", () => {
    expect(checked.code, checked.output.split("\n").slice(0, 30).join("\n")).toBe(0);
  });

  test("every operation has a table entry, a method and a function, all distinct", async () => {
    const doc = normalize(await loadDocument(fullSpec));
    let count = 0;
    let ignored = 0;
    for (const item of Object.values(isObject(doc.paths) ? doc.paths : {})) {
      for (const method of ["get", "put", "post", "delete", "options", "head", "patch", "trace"])
        if (isObject(item) && isObject(item[method])) {
          if ((item[method] as JsonObject)["x-speakeasy-ignore"] === true) ignored++;
          else count++;
        }
    }
    const ops = collectOperations(doc);
    expect(ops.length).toBe(count);
    // The 20 internal ones (`GET /v2/models`, the trace insights) the official SDK leaves out.
    expect(ignored).toBe(20);
    expect(ops.some((o) => o.path === "/v2/models" && o.method === "get")).toBe(false);
    const distinct = (list: string[]) => new Set(list).size;
    expect(distinct(ops.map((o) => o.ident))).toBe(count);
    expect(distinct(ops.map((o) => o.typeName))).toBe(count);
    expect(distinct(ops.map((o) => o.funcName.toLowerCase()))).toBe(count);
    expect(distinct(ops.map((o) => o.sdkName.join(".")))).toBe(count);
    expect([...files.keys()].filter((f) => f.startsWith("funcs/")).length).toBe(count);
    expect(files.get("operations.ts")!.match(/^export const \w+: Operation = /gm)!.length).toBe(
      count,
    );
  });

  test("operations take the official SDK's names (x-speakeasy-group and -name-override)", () => {
    const operations = files.get("operations.ts")!;
    // snake_case overrides, a group from a tag.
    expect(operations).toMatch(/sdkName: "traces\.listFacets"/);
    expect(operations).toMatch(/sdkName: "traces\.listFacetValues"/);
    expect(operations).toMatch(/sdkName: "feedback\.createEvaluation"/);
    expect(operations).toMatch(/sdkName: "deployments\.invoke"/);
    expect(operations).toMatch(/sdkName: "datasets\.listDatapoints"/);
    expect(files.has("funcs/datasetsListDatapoints.ts")).toBe(true);
    expect(operations).toMatch(/"hate\/threatening": "hateThreatening"/);
  });

  test("a body that is one component schema goes under its name, as in the official SDK", () => {
    // `alerts.update({ alertId, updateAlertRequest })`; an inline body stays `requestBody`.
    const models = files.get("models.ts")!.replace(/\s+/g, " ");
    expect(models).toMatch(/ updateAlertRequest: \w+;/);
    expect(files.get("operations.ts")).toMatch(/bodyKey: "updateAlertRequest"/);
  });

  test("component models keep the spec's names: only these step aside (for operation types)", () => {
    // A name the SDK exports beside the generated code takes a component's model name away
    // (`ApiKey` became `ApiKeySchema` when core exported an `ApiKey` type): the list is fixed.
    const stepped = [
      ...files.get("models.ts")!.matchAll(/^export (?:type|interface) (\w+Schema)\b/gm),
    ]
      .map((m) => m[1])
      .sort();
    expect(stepped).toEqual([
      "AudioContentPartSchema",
      "CreateMemoryDocumentRequestSchema",
      "CreateMemoryRequestSchema",
      "EvaluatorResponseJsonSchema",
      "FileContentPartSchema",
      "GetLogContextRequestSchema",
      "ImageContentPartSchema",
      "ReasoningPartSchema",
      "RedactedReasoningPartSchema",
      "RefusalPartSchema",
      "SearchKnowledgeRequestSchema",
      "TextContentPartSchema",
      "ThinkingConfigAdaptiveSchema",
      "ThinkingConfigDisabledSchema",
      "ThinkingConfigEnabledSchema",
      "UpdateIdentityRequestSchema",
      "UpdateMemoryDocumentRequestSchema",
      "UpdateMemoryRequestSchema",
      "UpdateMemoryStoreRequestSchema",
    ]);
    expect(files.get("models.ts")).toMatch(/^export (?:type|interface) ApiKey\b/m);
    expect(files.get("models.ts")).toMatch(/^export (?:type|interface) FilePart\b/m);
  });

  test("error bodies take the official SDK's class names, those written inline under models/errors", () => {
    const errors = files.get("errors.ts")!;
    const classes = [...errors.matchAll(/^export class (\w+) extends APIError/gm)].map((m) => m[1]);
    // Components, and inline bodies: an operation's first, its second with the group, as
    // Speakeasy names them (the official SDK 4.15's `models/errors`).
    for (const name of [
      "HonoApiError",
      "KnowledgeApiError",
      "DeleteAgentResponseBody",
      "UpdateAgentResponseBody",
      "DeleteEvalResponseBody",
      "DeleteEvalEvalsResponseBody",
      "CreateAgentScheduleResponseBody",
      "CreateAgentScheduleSchedulesResponseBody",
      "PostV2FeedbackFeedbackResponseBody",
      "GetV2ToolsToolIdVersionsVersionIdResponseBody",
    ])
      expect(classes).toContain(name);
    expect(classes.length).toBe(35);
    expect(errors).toMatch(/Agent not found\./);
    // The root keeps `UpdateAgentResponseBody` for the operation's answer; only the component
    // classes are exported there.
    expect(files.get("index.ts")).toMatch(
      /export \{ HonoApiError, KnowledgeApiError \} from "\.\/errors\.js";/,
    );
    expect(files.get("models.ts")).toMatch(/export type UpdateAgentResponseBody = /);
    expect(files.get("operations.ts")).toMatch(/"409": \[\s*DeleteEvalEvalsResponseBody,/);
  });

  test("answers of server-sent events are streams, typed as such", async () => {
    const ops = collectOperations(normalize(await loadDocument(fullSpec)));
    const streams = ops.filter((o) => o.response?.stream);
    expect(streams.map((o) => `${o.method.toUpperCase()} ${o.path}`)).toContain(
      "POST /v2/agents/stream-run",
    );
    expect(streams.length).toBe(7);
    expect(streams.every((o) => o.response!.stream!.sentinel === "[DONE]")).toBe(true);
    const chat = ops.find((o) => o.path === "/v2/router/chat/completions" && o.method === "post");
    expect(chat!.response).toMatchObject({ mediaType: "application/json", status: "200" });
    expect(chat!.response!.stream).toBeDefined();
    expect(files.get("schemas.ts")).toMatch(/^export const usesEventStreams = true;$/m);
    expect(files.get("resources.ts")!.replace(/\s+/g, " ")).toContain(
      "models.CreateChatCompletionResponseBody | EventStream<models.CreateChatCompletionStreamEvent>",
    );
  });

  test("every list that takes a `starting_after` or `page_token` is walked page by page", async () => {
    const ops = collectOperations(normalize(await loadDocument(fullSpec)));
    const cursors = ops.filter((o) =>
      o.parameters.some((p) => p.in === "query" && /^(starting_after|page_token)$/.test(p.name)),
    );
    expect(cursors.length).toBeGreaterThan(30);
    for (const op of cursors)
      expect(op.pagination, `${op.method} ${op.path}`).toMatchObject({
        kind: op.parameters.some((p) => p.name === "page_token") ? "cursor" : "after",
      });
    // The id each takes: `id` (its `_id`), else the one the parameter says (`file_id`).
    const listFiles = ops.find((o) => o.path === "/v2/files" && o.method === "get");
    expect(listFiles!.pagination).toMatchObject({ param: "startingAfter", key: "fileId" });
    expect(listFiles!.pagination).toMatchObject({ items: ["data"], more: ["hasMore"] });
    expect(files.get("resources.ts")!.replace(/\s+/g, " ")).toMatch(
      /PagePromise< models\.\w+, NonNullable<NonNullable<models\.\w+>\["data"\]>\[number\] >/,
    );
  });

  test("its unions turn on the runtime's union code; it has no raw bodies, and bodiless 200s", () => {
    const flags = files.get("schemas.ts")!;
    // CreateSkillRequest: properties beside `anyOf: [{ required: [path] }, …]`.
    expect(flags).toMatch(/^export const usesUnionsBesideProperties = true;$/m);
    expect(flags).toMatch(/^export const usesObjectUnions = true;$/m);
    expect(flags).toMatch(/^export const usesRawBodies = false;$/m);
    // No answer of bytes, but 200s it gives no body (`POST /v2/router/audio/speech`, whose
    // audio comes there): bytes that come are the byte stream, not text decoded from them.
    expect(flags).toMatch(/^export const usesNonJsonResponses = true;$/m);
    // Chat completions and most of the API take JSON: a caller's JSON type goes as given.
    expect(flags).toMatch(/^export const usesJsonBodies = true;$/m);
  });

  test("generation is deterministic, whatever thread formats which file", async () => {
    const again = await generateSpec(fullSpec, { threads: 0 });
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [file, code] of files) expect(again.get(file) === code, file).toBe(true);
  });
});
