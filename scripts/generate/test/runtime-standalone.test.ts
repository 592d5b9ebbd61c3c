/**
 * The Deno and browser packages' generated files (`RUNTIME_STANDALONES`): core's standalone
 * functions, typed for the runtime's upload inputs, one per operation. They were hand-written
 * lists of today's two operations (probe35 F2): an operation added to the spec got a browser
 * function that took only core's inputs, failed a Deno test until someone edited the list, and
 * one removed broke the browser build.
 */
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadDocument } from "../document.js";
import { generateAll } from "../generate.js";
import { RUNTIME_STANDALONES } from "../transform/runtime-standalone.js";
import { fixtures, fullSpec, prettierConfig, typecheckPackages } from "./helpers.js";

const funcsOf = (core: Map<string, string>) =>
  [...core.keys()]
    .filter((f) => f.startsWith("funcs/"))
    .map((f) => f.slice("funcs/".length, -".ts".length))
    .sort();
const declared = (code: string) =>
  [...code.matchAll(/^export const (\w+): \w+Standalone</gm)].map((m) => m[1]!).sort();

describe("each runtime package's file names every operation's function", () => {
  test.each([
    ["positional.yaml", join(fixtures, "positional.yaml")],
    ["the whole published spec", fullSpec],
  ])(
    "%s",
    async (_, spec) => {
      const { core, runtimes } = await generateAll(await loadDocument(spec), prettierConfig);
      const funcs = funcsOf(core);
      expect(funcs.length).toBeGreaterThan(5);
      expect([...runtimes.keys()].sort()).toEqual(RUNTIME_STANDALONES.map((r) => r.folder).sort());
      for (const target of RUNTIME_STANDALONES) {
        const files = runtimes.get(target.folder)!;
        expect([...files.keys()]).toEqual([target.file]);
        const code = files.get(target.file)!;
        expect(declared(code), target.folder).toEqual(funcs);
        expect(code).toContain('export * from "@orq-sdk/core";');
      }
    },
    120_000,
  );
});

describe("the browser package, built on a core with other operations", () => {
  test("a new multipart operation's function takes a FileList, a canvas, a URL", async () => {
    const { core, runtimes } = await generateAll(
      await loadDocument(join(fixtures, "positional.yaml")),
      prettierConfig,
      // Written beside a copy of core's source, as core's own folder is.
      { apiErrorModule: "../errors/api-error.js" },
    );
    const browser = RUNTIME_STANDALONES.find((r) => r.folder.startsWith("packages/browser/"))!;
    const { code, output } = await typecheckPackages(
      { "packages/core": core, "packages/browser": runtimes.get(browser.folder)! },
      `import { OrqCore, agentsAvatarSet, agentsUpdate, type SetAvatarRequest } from "./packages/browser/src/generated/index.js";
declare const input: HTMLInputElement;
declare const canvas: HTMLCanvasElement;
const core = new OrqCore({ serverURL: "/api" });
// Takes its request's keys one by one: the body first, then the agent's key.
export const fromInput = agentsAvatarSet(core, { image: input.files! }, "agent_1");
export const fromCanvas = agentsAvatarSet(core, { image: canvas }, "agent_1", { timeoutMs: 1 });
export const fromURL = agentsAvatarSet(core, { image: "/me.png" }, "agent_1");
// @ts-expect-error a number is no file
export const wrong = agentsAvatarSet(core, { image: 1 }, "agent_1");
export const json = agentsUpdate(core, { displayName: "n" }, "agent_1");
export type Core = SetAvatarRequest;
`,
      { "@orq-sdk/core": "./packages/core/src/index.ts" },
    );
    expect(output).toBe("");
    expect(code).toBe(0);
  }, 120_000);
});
