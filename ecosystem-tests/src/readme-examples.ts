import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./packages.js";

/**
 * The README examples a user copies first: the first ```ts block of each README. Each is
 * type-checked as written and run against the mock, with one change: the client is pointed at
 * the mock (`serverURL`), since the examples talk to api.orq.ai.
 */
export const readmes = [
  { id: "root", file: "README.md" },
  { id: "core", file: "packages/core/README.md" },
  { id: "node", file: "packages/node/README.md" },
  { id: "mock", file: "packages/mock/README.md" },
] as const;

/**
 * Examples known not to run as written, with the reason. Their test expects them to fail, and
 * says so once they pass, so that this list only shrinks.
 */
export const knownBrokenReadmeExamples: Partial<Record<(typeof readmes)[number]["id"], string>> =
  {};

/** Files the examples read from the current folder (each gets the PNG from examples/node/assets). */
export const readmeExampleFiles = ["otter.png", "hat.png", "otter-1.png", "otter-2.jpg"];

export function firstTypeScriptBlock(file: string): string | undefined {
  const text = readFileSync(join(repoRoot, file), "utf8");
  return /^```ts\n([\s\S]*?)^```$/m.exec(text)?.[1];
}

/** The example, with every `new Orq({` / `new OrqCore({` pointed at `ORQ_SERVER_URL`. */
export function pointAtMock(code: string): string {
  return code.replace(
    /new (Orq|OrqCore)\(\{/g,
    'new $1({ serverURL: process.env["ORQ_SERVER_URL"], ',
  );
}
