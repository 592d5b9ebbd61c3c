/**
 * The diff's second opinion: what the generator makes of a spec, compared whole. The rules in
 * `classify` and `SchemaDiff` name each change a user feels, but a spec can change in ways no
 * rule knows yet (a keyword, an encoding, a credential). What the SDK sends and checks is all in
 * each operation's runtime table entry, and what users import is all in `models.ts`: where these
 * differ and no rule said anything, the change is reported anyway, as breaking, to be reviewed.
 */
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import type { Document } from "../../generate/document.js";
import { CONTRACT, models } from "../../generate/generate.js";
import type { CollectedOperation } from "../../generate/transform/collect-operations.js";
import type { ErrorClasses } from "./operations.js";
import { runtimeTables } from "../../generate/transform/runtime-tables.js";
import { canonical } from "./schema.js";
import { typeChoice } from "./types.js";
import type { JsonObject } from "../spec-file.js";

export interface GeneratedSurface {
  /**
   * operationId → the operation's table entry, each top-level field as canonical JSON (keys and
   * the lists whose order means nothing, `required`, `enum` and `type`, sorted), with every component
   * schema it uses written in where it is referenced (so a change anywhere below shows), and
   * with nothing of the documentation.
   */
  operations: Map<string, Map<string, string>>;
  /**
   * The component types `models.ts` exports, by name (`PublicIdentity`), each with the component
   * it is (a new component may take a name another one had: `thing_input` before `ThingInput`).
   */
  componentTypes: Map<string, string>;
}

/** `doc` and `ops` as `readAsGenerator` gives them (normalized, binary read in context). */
export function generatedSurface(
  doc: Document,
  ops: CollectedOperation[],
  /** The error classes `readAsGenerator` found for `ops`. */
  classes: ErrorClasses,
): GeneratedSurface {
  const tables = runtimeTables(doc, ops);
  const components = new Map<string, string>();
  for (const [, ident, code] of tables.schemas.matchAll(
    /^export const (\w+): SchemaNode = (.*);$/gm,
  ))
    components.set(ident!, code!);
  const operations = new Map<string, Map<string, string>>();
  for (const [, code] of tables.operations.matchAll(/^export const \w+: Operation = (.*);$/gm)) {
    // The generator prints plain data (JSON values, bare keys): read back as a value.
    const entry = runInNewContext(`(${inline(code!, components)})`) as Record<string, unknown>;
    const fields = new Map(
      Object.entries(entry).map(([key, value]) => [key, canonical(asRules(value), UNORDERED)!]),
    );
    operations.set(entry.operationId as string, fields);
  }
  // As generated: a component that is an error body leaves its name to the class (`HonoApiError`,
  // with `HonoApiErrorData` for the type), one with read-only or write-only fields is written
  // through `ResponseShape`/`RequestShape`, and a plain object is an interface.
  const exported = models(doc, ops, readFileSync(CONTRACT, "utf8"), classes);
  const componentTypes = new Map(
    [
      ...exported.matchAll(
        // (`type $Thing = …` where the model is `interface Thing extends $Thing {}`.)
        /^(?:export type |type \$)(\w+) = (?:\w+Shape<)?components\["schemas"\]\[("(?:[^"\\]|\\.)*")\]/gm,
      ),
    ].map((m): [string, string] => [m[1]!, JSON.parse(m[2]!) as string]),
  );
  return { operations, componentTypes };
}

/**
 * The entry with each `() => Component` replaced by the component's own code, recursively; a
 * component met again inside itself is named, not written again.
 */
function inline(code: string, components: Map<string, string>, open: string[] = []): string {
  return code.replace(/\(\) => (\w+)/g, (whole, ident: string) => {
    const target = components.get(ident);
    if (target === undefined) return whole;
    if (open.includes(ident)) return JSON.stringify({ $recursive: ident });
    return inline(target, components, [...open, ident]);
  });
}

/**
 * A table's rules as they constrain values: a bound that bounds nothing (`minLength: 0`,
 * `uniqueItems: false`) is no rule, and a field required twice is required once. (Written so or
 * not, the runtime checks the same.)
 */
function asRules(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asRules);
  if (!value || typeof value !== "object") return value;
  // A choice between bare types is the type list it means (as `flatten` reads it), and one
  // value allowed is one value, written as `const` or as an `enum` of one.
  const choice = typeChoice(value as JsonObject);
  const node =
    "const" in choice && !("enum" in choice)
      ? Object.fromEntries(
          Object.entries(choice).map(([k, v]) => (k === "const" ? ["enum", [v]] : [k, v])),
        )
      : choice;
  // An object that declares properties takes no other key unless it says so: `false` says
  // what its absence says. (Answers are read whatever keys they hold.)
  const closedAnyway =
    node.additionalProperties === false &&
    typeof node.properties === "object" &&
    node.properties !== null &&
    Object.keys(node.properties).length > 0;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(node)) {
    if ((key === "minLength" || key === "minItems" || key === "minProperties") && v === 0) continue;
    if (key === "uniqueItems" && v === false) continue;
    if (key === "additionalProperties" && closedAnyway) continue;
    out[key] = key === "required" && Array.isArray(v) ? [...new Set(v)] : asRules(v);
  }
  return out;
}

/** Lists whose order the runtime ignores. */
const UNORDERED: ReadonlySet<string> = new Set(["required", "enum", "type"]);
