import { commentText } from "../emit/code.js";
import { componentSchemas, isObject, type Document } from "../document.js";
import { identifier } from "../names.js";
import type { CollectedOperation } from "./collect-operations.js";

/**
 * The error classes the SDK throws for error answers whose body is a component schema (the
 * official SDK's `HonoApiError`, thrown by 14 methods of the published orq spec), by component:
 * each named as the component, which its body type then leaves to it (`HonoApiErrorData`, as the
 * official SDK names it). Not for a component whose name the SDK's own exports or a global
 * hold (`ValidationError`, `Error`): such an answer stays an `APIError`.
 */
export function errorClassNames(
  ops: CollectedOperation[],
  reserved: readonly string[],
): Map<string, string> {
  const names = new Map<string, string>();
  // (Nor one a global holds: a class `Error` would shadow JavaScript's where it is imported.)
  const taken = new Set([...reserved, ...Object.getOwnPropertyNames(globalThis)]);
  for (const op of ops)
    for (const { component } of op.errors) {
      const name = identifier(component, "pascal");
      if (names.has(component) || taken.has(name) || taken.has(`${name}Data`)) continue;
      names.set(component, name);
    }
  return names;
}

/** `errors.ts`: one class per error component, an `APIError` with the body as `data$`. */
export function errorsFile(
  doc: Document,
  classes: Map<string, string>,
  apiErrorModule = "../errors/api-error.js",
): string {
  const schemas = componentSchemas(doc);
  const lines = [
    `import { APIError } from ${JSON.stringify(apiErrorModule)};`,
    `import type { ${[...classes.values()].map((c) => `${c}Data`).join(", ")} } from "./models.js";`,
    "",
  ];
  for (const [component, name] of [...classes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const schema = schemas[component];
    const about =
      isObject(schema) && typeof schema.description === "string" ? schema.description : "";
    lines.push(
      `/** An error answer whose body is \`${commentText(component)}\`${about ? `: ${commentText(about)}` : ""}. */`,
      `export class ${name} extends APIError {`,
      `  static override readonly kind: string = ${JSON.stringify(name)};`,
      `  /** The answer's body, checked and in the SDK's names. */`,
      `  declare readonly data$: ${name}Data;`,
      `}`,
      "",
    );
  }
  return lines.join("\n");
}
