/**
 * A method's and a standalone function's doc comment (fixtures/operation-docs.yaml): the
 * operation's description was dropped, where the official SDK shows it as `@remarks`. It is kept
 * now, its lines as written; a description that only repeats the summary is not. A property that
 * is a bare `$ref` (`contact`) had no doc comment, so an editor did not strike a deprecated one
 * through; it has the component's now, and so has the component's type.
 */
import { join } from "node:path";
import { beforeAll, expect, test } from "vitest";
import { fixtures, generateSpec } from "./helpers.js";

let files: Map<string, string>;
beforeAll(async () => {
  files = await generateSpec(join(fixtures, "operation-docs.yaml"));
}, 60_000);

const RUN_DOC = [
  "   * Run an agent",
  "   *",
  "   * `POST /agents/{key}/run`",
  "   *",
  "   * @remarks",
  "   * Run an agent with inline configuration or an existing agent reference.",
  "   *",
  "   * - Supports A2A messages *\\/ and tools",
  "   *",
  "   * @deprecated",
  "   */",
];

test("the description is the doc comment's remarks, in the methods and the functions", () => {
  const method = files.get("resources.ts")!;
  const indent = /^( *)\* Run an agent$/m.exec(method)![1]!;
  expect(method).toContain(RUN_DOC.map((l) => l.replace(/^ {3}/, indent)).join("\n"));
  const fn = files.get("funcs/agentsRun.ts")!;
  expect(fn).toContain(RUN_DOC.map((l) => l.replace(/^ {2}/, "")).join("\n"));
});

test("a description that repeats the summary adds nothing", () => {
  expect(files.get("resources.ts")).toMatch(/\* List agents\n\s*\*\n\s*\* `GET \/agents`\n\s*\*\//);
});

test("a property that is a bare $ref has its component's doc, and so has the component's type", () => {
  const types = files.get("sdk-types.ts")!;
  expect(types).toMatch(
    /\* @deprecated\n\s*\* @description @deprecated Use identity instead\. The contact making the request\.\n\s*\*\/\n\s*contact\?:/,
  );
  expect(types).toMatch(
    /\/\*\* @description The identity making the request\. \*\/\n\s*identity\?:/,
  );
  const models = files.get("models.ts")!;
  expect(models).toContain(
    "/**\n * @deprecated Use identity instead. The contact making the request.\n */\nexport interface PublicContact ",
  );
  expect(models).toContain(
    "/**\n * The identity making the request.\n */\nexport interface PublicIdentity ",
  );
});

test("a description's lines that start with @ stay text; a lone CR breaks a line", () => {
  const fn = files.get("funcs/agentsGet.ts")!;
  expect(fn).toContain(
    [
      " * @remarks",
      " * Returns one agent.",
      " * \\@deprecated is what the old field says",
      " *   \\@see nothing",
      " */",
    ].join("\n"),
  );
  expect(fn).not.toMatch(/^ \* @deprecated/m);
});

test("an optional argument of a method's request type takes undefined", () => {
  const models = files.get("models.ts")!.replace(/\s+/g, " ");
  expect(models).toContain("requestBody?: RunAgentRequestBody | undefined;");
  expect(models).toMatch(/limit\?: NonNullable<[^;]*\["limit"\] \| undefined;/);
});
