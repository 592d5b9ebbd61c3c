/**
 * Answers of server-sent events (fixtures/event-streams.yaml): what the table tells the runtime
 * (`response.stream` with the event schema and the sentinel), the names the event types go by,
 * and the types SDK users get, checked by tsc against a program that uses them. (The fixture is
 * also generated twice, type-checked and prettier-checked with the others in fixtures.test.ts.)
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Operation, SchemaNode, SchemaRef } from "../templates/contract.js";
import { fixtures, generateSpec, tempDir, typecheck, writeOutput } from "./helpers.js";

let files: Map<string, string>;
let dir: string;
let cleanup: () => Promise<void>;
let operations: Record<string, Operation>;
let schemas: Record<string, unknown>;

const resolve = (ref: SchemaRef | undefined): SchemaNode =>
  typeof ref === "function" ? ref() : (ref ?? {});
const flat = (code: string) => code.replace(/\s+/g, " ");

beforeAll(async () => {
  ({ dir, remove: cleanup } = await tempDir("event-streams"));
  files = await generateSpec(join(fixtures, "event-streams.yaml"));
  await writeOutput(dir, files);
  operations = await import(join(dir, "operations.ts"));
  schemas = await import(join(dir, "schemas.ts"));
});
afterAll(() => cleanup?.());

describe("event streams", () => {
  test("the table gives each stream its event schema and sentinel; the flag is on", () => {
    const only = operations.deploymentStream!.response!;
    expect(only).toMatchObject({ status: "200", mediaType: "text/event-stream" });
    expect(only.schema).toBeUndefined();
    expect(only.stream!.sentinel).toBe("[DONE]");
    const delta = resolve(resolve(only.stream!.schema).properties!.data);
    expect(delta).toMatchObject({ names: { delta_text: "deltaText" }, required: ["delta_text"] });

    const either = operations.createChatCompletion!.response!;
    expect(either.mediaType).toBe("application/json");
    expect(resolve(either.schema).names).toEqual({ full_text: "fullText" });
    expect(either.stream!.sentinel).toBe("[DONE]"); // from the response object
    expect(resolve(resolve(either.stream!.schema).properties!.data).names).toEqual({
      delta_text: "deltaText",
      finish_reason: "finishReason",
    });

    const events = operations.listEvents!.response!;
    expect(events.stream).not.toHaveProperty("sentinel");
    expect(resolve(events.stream!.schema)).toBe(schemas.EventStreamSchema);

    expect(schemas.usesEventStreams).toBe(true);
  });

  test("event types get names: the answer's own when it is only a stream, else ...StreamEvent", () => {
    const models = files.get("models.ts")!;
    expect(flat(models)).toContain(
      'export type DeploymentStreamResponseBody = paths["/v2/deployments/stream"]["post"]["responses"]["200"]["content"]["text/event-stream"];',
    );
    expect(flat(models)).toContain(
      'type $CreateChatCompletionResponseBody = paths["/v2/router/chat/completions"]["post"]["responses"]["200"]["content"]["application/json"]; export interface CreateChatCompletionResponseBody extends $CreateChatCompletionResponseBody {}',
    );
    expect(flat(models)).toContain(
      'export type CreateChatCompletionStreamEvent = paths["/v2/router/chat/completions"]["post"]["responses"]["200"]["content"]["text/event-stream"];',
    );
    // The contract's `EventStream` keeps its name; the component takes `Schema`.
    expect(models).toMatch(
      /^type \$EventStreamSchema = components\["schemas"\]\["EventStream"\];\nexport interface EventStreamSchema extends \$EventStreamSchema \{\}$/m,
    );

    const completions = flat(files.get("funcs/routerChatCompletionsCreate.ts")!);
    expect(completions).toContain(
      "request: CreateChatCompletionRequestBody & { stream: true }, options?: Options, ): APIPromise<Result<EventStream<CreateChatCompletionStreamEvent>, E>>;",
    );
    expect(completions).toContain(
      "request: CreateChatCompletionRequestBody & { stream?: false | null | undefined }, options?: Options, ): APIPromise<Result<CreateChatCompletionResponseBody, E>>;",
    );
    expect(completions).toContain(
      "Promise< Result<CreateChatCompletionResponseBody | EventStream<CreateChatCompletionStreamEvent>, E> >",
    );
    expect(flat(files.get("funcs/deploymentsStream.ts")!)).toContain(
      "Promise<Result<EventStream<DeploymentStreamResponseBody>, E>>",
    );
  });

  test("SDK users get typed events; a stream switch picks the answer's type, else a union to narrow", async () => {
    await writeFile(
      join(dir, "usage.ts"),
      `import type { EventStream, OperationCaller } from "./contract.js";
import type { CreateChatCompletionStreamEvent, DeploymentStreamResponseBody } from "./models.js";
import type { Resources } from "./resources.js";
import { deploymentsStream } from "./funcs/deploymentsStream.js";
import { routerChatCompletionsCreate } from "./funcs/routerChatCompletionsCreate.js";

declare const orq: Resources<{ signal?: AbortSignal }>;
declare const core: OperationCaller<{ signal?: AbortSignal }, Error>;

export async function usage(): Promise<string> {
  let text = "";
  const events = await orq.deployments.stream({ key: "k" });
  for await (const event of events) text += event.data?.deltaText ?? "";
  const reader: ReadableStreamDefaultReader<DeploymentStreamResponseBody> = events.getReader();
  await reader.cancel();

  const result = await deploymentsStream(core, { key: "k" });
  if (result.ok) for await (const event of result.value) text += event.data?.deltaText;

  // \`stream: true\` resolves to the events, \`stream: false\` or none to the JSON (overloads).
  const chunks = await orq.router.chat.completions.create({ model: "m", stream: true });
  for await (const chunk of chunks) text += chunk.data.deltaText + (chunk.data.finishReason ?? "");
  // @ts-expect-error a stream has no fullText
  text += chunks.fullText;
  text += (await orq.router.chat.completions.create({ model: "m" })).fullText;
  text += (await orq.router.chat.completions.create({ model: "m", stream: false })).fullText;
  const streamed = await routerChatCompletionsCreate(core, { model: "m", stream: true });
  if (streamed.ok) for await (const chunk of streamed.value) text += chunk.data.deltaText;
  const whole = await routerChatCompletionsCreate(core, { model: "m" });
  if (whole.ok) text += whole.value.fullText;
  // A \`boolean\` known only at run time: either, to be narrowed.
  const answer = await orq.router.chat.completions.create({ model: "m", stream: text === "" });
  // @ts-expect-error the answer may be a stream
  text += answer.fullText;
  if ("fullText" in answer) text += answer.fullText;
  else for await (const chunk of answer) text += chunk.data.deltaText;
  const stream: EventStream<CreateChatCompletionStreamEvent> | undefined =
    "fullText" in answer ? undefined : answer;
  // @ts-expect-error a stream of the events is no JSON answer
  const notJson: { fullText: string } = await orq.router.chat.completions.create({ model: "m", stream: true });
  // @ts-expect-error nor is the JSON a stream
  const notStream: EventStream<CreateChatCompletionStreamEvent> = await orq.router.chat.completions.create({ model: "m" });
  void notJson;
  void notStream;
  // @ts-expect-error an event's data is required here, and deltaText a string
  const wrong: number = (null as unknown as CreateChatCompletionStreamEvent).data.deltaText;
  return text + String(stream) + String(wrong);
}
`,
    );
    const checked = await typecheck([dir], dir);
    expect(checked.code, checked.output).toBe(0);
  });
});
