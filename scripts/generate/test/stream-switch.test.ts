/**
 * A body's `stream` field choosing between the JSON answer and its events
 * (fixtures/stream-switch.yaml): methods and functions get overloads on it, as openai-node's
 * do, so that `stream: true` resolves to the events and `stream: false` (or none) to the JSON
 * without a guard (probe40 F9). Checked by tsc against programs that use them: core's methods
 * and functions, and the browser package's, which retype methods for its file inputs.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadDocument } from "../document.js";
import { generateAll } from "../generate.js";
import { RUNTIME_STANDALONES } from "../transform/runtime-standalone.js";
import {
  fixtures,
  generateSpec,
  prettierConfig,
  tempDir,
  typecheck,
  typecheckPackages,
  writeOutput,
} from "./helpers.js";

const spec = join(fixtures, "stream-switch.yaml");
let files: Map<string, string>;
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, remove: cleanup } = await tempDir("stream-switch"));
  files = await generateSpec(spec);
  await writeOutput(dir, files);
});
afterAll(() => cleanup?.());

const declarations = (func: string) =>
  [...files.get(`funcs/${func}.ts`)!.matchAll(/^export function \w+/gm)].length;

describe("stream switch", () => {
  test("three overloads and the implementation where `stream` is a boolean; one signature else", () => {
    expect(declarations("chatCreate")).toBe(4);
    expect(declarations("agentsResponsesCreate")).toBe(4);
    expect(declarations("completionsCreate")).toBe(4);
    expect(declarations("transcriptionsCreate")).toBe(4);
    // A `stream` of text chooses nothing the types can follow; an answer only ever of events
    // has no other way to go.
    expect(declarations("textsCreate")).toBe(1);
    expect(declarations("eventsCreate")).toBe(1);
  });

  test("core's methods and functions resolve to what the call asked for", async () => {
    await writeFile(
      join(dir, "usage.ts"),
      `import type { EventStream, OperationCaller } from "./contract.js";
import type { CreateChatStreamEvent } from "./models.js";
import type { Resources } from "./resources.js";
import { agentsResponsesCreate } from "./funcs/agentsResponsesCreate.js";
import { completionsCreate } from "./funcs/completionsCreate.js";

declare const orq: Resources<{ signal?: AbortSignal }>;
declare const core: OperationCaller<{ signal?: AbortSignal }, Error>;
declare const flag: boolean;

export async function usage(): Promise<string> {
  let text = "";
  // The body alone, \`default: false\`.
  for await (const chunk of await orq.chat.create({ model: "m", stream: true })) text += chunk.data.delta;
  text += (await orq.chat.create({ model: "m" })).text;
  text += (await orq.chat.create({ model: "m", stream: false })).text;
  const either = await orq.chat.create({ model: "m", stream: flag });
  // @ts-expect-error a run-time boolean may get either
  text += either.text;
  const events: EventStream<CreateChatStreamEvent> = await orq.chat.create({ model: "m", stream: true });
  // @ts-expect-error the events are no JSON answer
  const json: { text: string } = await orq.chat.create({ model: "m", stream: true });

  // Beside a path parameter, nullable, the body optional.
  for await (const chunk of await orq.agents.responses.create({ agentKey: "a", requestBody: { input: "i", stream: true } }))
    text += chunk.data.delta;
  text += (await orq.agents.responses.create({ agentKey: "a" })).text;
  text += (await orq.agents.responses.create({ agentKey: "a", requestBody: { input: "i", stream: null } })).text;
  const streamed = await agentsResponsesCreate(core, { agentKey: "a", requestBody: { input: "i", stream: true } });
  if (streamed.ok) for await (const chunk of streamed.value) text += chunk.data.delta;

  // One by one, streaming by default: leaving \`stream\` out gets the events.
  for await (const chunk of await orq.completions.create({ prompt: "p" }, "m")) text += chunk.data.delta;
  text += (await orq.completions.create({ prompt: "p", stream: false }, "m")).text;
  const whole = await completionsCreate(core, { prompt: "p", stream: false }, "m");
  if (whole.ok) text += whole.value.text;
  // @ts-expect-error by default it streams
  text += (await orq.completions.create({ prompt: "p" }, "m")).text;

  // A multipart form with a file.
  const file = new Blob(["x"]);
  for await (const chunk of await orq.transcriptions.create({ file, stream: true })) text += chunk.data.delta;
  text += (await orq.transcriptions.create({ file })).text;

  // No switch: a union to narrow.
  const texts = await orq.texts.create({ stream: "yes" });
  // @ts-expect-error may be events
  text += texts.text;
  return text + String(events) + String(json);
}
`,
    );
    const checked = await typecheck([dir], dir);
    expect(checked.output).toBe("");
    expect(checked.code).toBe(0);
  });

  test("the browser package keeps the overloads of a method that takes no files", async () => {
    const { core, runtimes } = await generateAll(
      await loadDocument(spec),
      prettierConfig,
      // Written beside a copy of core's source, as core's own folder is.
      { apiErrorModule: "../errors/api-error.js" },
    );
    const browser = RUNTIME_STANDALONES.find((r) => r.folder.startsWith("packages/browser/"))!;
    const { code, output } = await typecheckPackages(
      { "packages/core": core, "packages/browser": runtimes.get(browser.folder)! },
      `import { Orq, OrqCore, chatCreate, transcriptionsCreate } from "./packages/browser/src/generated/index.js";
declare const input: HTMLInputElement;
const orq = new Orq({ serverURL: "/api" });
const core = new OrqCore({ serverURL: "/api" });

export async function usage(): Promise<string> {
  let text = "";
  for await (const chunk of await orq.chat.create({ model: "m", stream: true })) text += chunk.data.delta;
  text += (await orq.chat.create({ model: "m" })).text;
  const streamed = await chatCreate(core, { model: "m", stream: true });
  if (streamed.ok) for await (const chunk of streamed.value) text += chunk.data.delta;
  const whole = await chatCreate(core, { model: "m" }, { timeoutMs: 1 });
  if (whole.ok) text += whole.value.text;
  // A method that takes files takes the browser's too, and answers either (its overloads are
  // not carried through the retyping).
  const either = await orq.transcriptions.create({ file: input.files!, stream: true });
  if (!("text" in either)) for await (const chunk of either) text += chunk.data.delta;
  const result = await transcriptionsCreate(core, { file: input.files! });
  if (result.ok && "text" in result.value) text += result.value.text;
  // @ts-expect-error a number is no file
  await orq.transcriptions.create({ file: 1 });
  return text;
}
`,
      { "@orq-sdk/core": "./packages/core/src/index.ts" },
    );
    expect(output).toBe("");
    expect(code).toBe(0);
  }, 120_000);
});
