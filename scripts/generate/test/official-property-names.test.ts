/**
 * Property names as the official SDK (`@orq-ai/node`, installed for the benchmarks) writes them:
 * every wire → camelCase rename its models make, compared with ours. The one difference is a
 * Speakeasy special case (it writes `SDK` in capitals inside `supports_openai_sdk`). A name
 * that is camelCase already keeps its acronyms in both (`postURL`): the official SDK then has no
 * rename to list, and `names.test.ts` checks ours.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { propertyNames } from "../names.js";

const store = new URL("../../../node_modules/.pnpm/", import.meta.url).pathname;
const official = readdirSync(store)
  .filter((dir) => dir.startsWith("@orq-ai+node@"))
  .map((dir) => join(store, dir, "node_modules/@orq-ai/node/models"))[0];

function renames(dir: string): [string, string][] {
  const pairs = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
    const code = readFileSync(join(entry.parentPath, entry.name), "utf8");
    // `remap(v, { "agent_id": "agentId", … })`, however the build calls it.
    for (const m of code.matchAll(/remap\)?\(v, \{([^}]*)\}/g))
      for (const pair of m[1]!.matchAll(/"([^"]+)": "([^"]+)"/g)) pairs.set(pair[1]!, pair[2]!);
  }
  return [...pairs];
}

describe("property names", () => {
  test("are the official SDK's, rename for rename", () => {
    expect(official, "@orq-ai/node is installed (a benchmarks dependency)").toBeDefined();
    const pairs = renames(official!);
    expect(pairs.length).toBeGreaterThan(500);
    const differ = pairs
      .filter(([wire, name]) => propertyNames([wire]).get(wire) !== name)
      .map(([wire, name]) => `${wire}: ${name}`);
    expect(differ).toEqual(["supports_openai_sdk: supportsOpenaiSDK"]);
  });
});
