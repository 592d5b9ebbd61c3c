/**
 * Methods that take their request's keys one by one, where the spec asks it of the official SDK
 * (`x-speakeasy-max-method-params`, fixtures/positional.yaml, after the orq spec's agents):
 * `agents.retrieve(agentKey)`, `agents.update(requestBody, agentKey)`, `agents.invoke(key,
 * requestBody?)`, `agents.list(limit?, startingAfter?, …)`, in the official SDK's order
 * (required ones first; the body first in each group). Code written for the official SDK calls
 * them so; a request object there was refused.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

type Method = (...args: unknown[]) => Promise<unknown>;
type Tree = { [name: string]: Tree & Method };

let it: RuntimeAgainstMock;
let orq: Tree;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "positional.yaml"), "positional");
  // The client's methods as `Orq` builds them, from this spec's resource table. (Core's sources
  // by a path TypeScript does not follow: they are typed for the DOM, see runtime-against-mock.)
  const src = new URL("../../../packages/core/src/", import.meta.url).href;
  const { bindMethods }: { bindMethods(core: unknown, table: unknown): unknown } = await import(
    `${src}client/bind-methods.ts`
  );
  const { resources } = await import(join(it.dir, "resources.ts"));
  orq = bindMethods(it.client as never, resources) as Tree;
}, 60_000);
afterAll(() => it?.close());

const last = () => it.mock.requests.at(-1)!;

describe("types", () => {
  test("methods and standalone functions take the arguments in the official order", async () => {
    await writeFile(
      join(it.dir, "usage.ts"),
      `import type { OperationCaller } from "./contract.js";
import type { Resources } from "./resources.js";
import { agentsUpdate, agentsRetrieve, searchList } from "./index.js";

type Options = { timeoutMs?: number };
declare const orq: Resources<Options>;
declare const core: OperationCaller<Options, Error>;

export async function calls(): Promise<void> {
  const agent = await orq.agents.retrieve("a1");
  agent.key satisfies string;
  await orq.agents.list();
  await orq.agents.list(10, "a", undefined, "internal", { timeoutMs: 5 });
  await orq.agents.update({ displayName: "Otter" }, "a1", { timeoutMs: 5 });
  await orq.agents.invoke("a1");
  await orq.agents.invoke("a1", { input: "hi" });
  await orq.agents.avatar.set({ image: new Blob([]) }, "a1");
  await orq.smartRouters.update({ model: "m" }, "r1");
  await orq.search.list("o", "d", { timeoutMs: 1 });
  // Over the spec's limit, or without it: one request object, as before.
  await orq.agents.runs.create({ agentKey: "a1", requestBody: { input: "go" } });
  await orq.things.list({ q: "x" });
  await orq.labels.list({ q: "x" });
  await agentsRetrieve(core, "a1", { timeoutMs: 5 });
  await agentsUpdate(core, { displayName: "Otter" }, "a1");
  await searchList(core, undefined, "d");
  // @ts-expect-error a request object where the key goes
  await orq.agents.retrieve({ agentKey: "a1" });
  // @ts-expect-error the body comes first
  await orq.agents.update("a1", { displayName: "Otter" });
  // @ts-expect-error type is one of its enum
  await orq.agents.list(10, "a", "b", "other");
}
`,
    );
    const { code, output } = await typecheck([it.dir], it.dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  });
});

describe("calls", () => {
  test("a key alone", async () => {
    const agent = await orq.agents!.retrieve!("a1");
    expect(last()).toMatchObject({ method: "GET", path: "/agents/a1" });
    expect(agent).toHaveProperty("key");
  });

  test("optional query parameters, some left out", async () => {
    await orq.agents!.list!(10, undefined, "b9");
    expect(last()).toMatchObject({ path: "/agents", query: { limit: "10", ending_before: "b9" } });
    await orq.agents!.list!();
    expect(last()).toMatchObject({ path: "/agents", query: {} });
  });

  test("the body first, then the key; options after them", async () => {
    await orq.agents!.update!({ displayName: "Otter" }, "a1", { headers: { "x-call": "7" } });
    expect(last()).toMatchObject({
      method: "PATCH",
      path: "/agents/a1",
      body: { display_name: "Otter" },
      headers: { "x-call": "7" },
    });
  });

  test("a named body under its official name", async () => {
    await orq.smartRouters!.update!({ model: "m" }, "r1");
    expect(last()).toMatchObject({ path: "/smart-routers/r1", body: { model: "m" } });
  });

  test("an optional body after the required key, and left out", async () => {
    await orq.agents!.invoke!("a1", { input: "hi" });
    expect(last()).toMatchObject({ path: "/agents/a1/task", body: { input: "hi" } });
    await orq.agents!.invoke!("a1");
    expect(last()).toMatchObject({ path: "/agents/a1/task", body: undefined });
  });

  test("a file in the body", async () => {
    await orq.agents!.avatar!.set!({ image: new Blob([new Uint8Array([137, 80, 78, 71])]) }, "a1");
    expect(last()).toMatchObject({ method: "PUT", path: "/agents/a1/avatar" });
    expect(last().files).toHaveLength(1);
  });

  test("parameters named like the function's own names and reserved words", async () => {
    await orq.search!.list!("o", "d");
    expect(last()).toMatchObject({ path: "/search", query: { options: "o", default: "d" } });
    const { searchList } = await import(join(it.dir, "funcs/searchList.ts"));
    const result = await searchList(it.client, "o2", undefined, {});
    expect(result.ok).toBe(true);
    expect(last()).toMatchObject({ path: "/search", query: { options: "o2" } });
  });

  test("standalone functions take the same arguments", async () => {
    const { agentsUpdate } = await import(join(it.dir, "funcs/agentsUpdate.ts"));
    const result = await agentsUpdate(it.client, { displayName: "Fox" }, "a2");
    expect(result.ok).toBe(true);
    expect(last()).toMatchObject({ path: "/agents/a2", body: { display_name: "Fox" } });
  });

  test('over the spec\'s limit, or set to 0 ("0" too): one request object', async () => {
    await orq.agents!.runs!.create!({ agentKey: "a1", requestBody: { input: "go" } });
    expect(last()).toMatchObject({ path: "/agents/a1/runs", body: { input: "go" } });
    await orq.things!.list!({ q: "x" });
    expect(last()).toMatchObject({ path: "/things", query: { q: "x" } });
    await orq.labels!.list!({ q: "y" });
    expect(last()).toMatchObject({ path: "/labels", query: { q: "y" } });
  });

  test("a request object where the key goes is refused by name, nothing sent", async () => {
    const before = it.mock.requests.length;
    await expect(orq.agents!.retrieve!({ agentKey: "a1" })).rejects.toThrow(
      /agentKey must be a string \(got an object\)/,
    );
    expect(it.mock.requests.length).toBe(before);
  });
});
