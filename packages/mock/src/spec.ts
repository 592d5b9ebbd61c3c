import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { isObject, SpecDocument, type JsonObject } from "./document.js";
import { normalizeDocument } from "./normalize.js";

/**
 * Where the bundled spec is. The build copies it next to the bundle (dist/openapi.yaml); when
 * running from source (vitest, tsx) this file sits in src/ and the spec is the repository's.
 * `import.meta.url` also works in the CJS bundle: tsup's shims provide it.
 */
export function defaultSpecPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, "openapi.yaml"),
    join(here, "..", "..", "..", "specs", "openapi.yaml"),
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found)
    throw new Error(`@orq-sdk/mock: bundled spec not found (looked in ${candidates.join(", ")})`);
  return found;
}

export async function loadSpec(spec?: string | object): Promise<SpecDocument> {
  let raw: unknown;
  if (spec === undefined || typeof spec === "string") {
    const path = spec ?? defaultSpecPath();
    // The yaml parser reads JSON too. Big published specs have more aliases than the default cap.
    // Merge keys (`<<: *common`) are applied, as the SDK's generator reads the spec (js-yaml,
    // through Redocly): left as a key named `<<`, an answer lost its content and came back empty.
    raw = parse(await readFile(path, "utf8"), { maxAliasCount: -1, merge: true });
    if (externalRef(raw) !== undefined) raw = await bundleFiles(path);
  } else {
    // The mock rewrites the document (3.0 -> 2020-12); never touch the caller's object.
    raw = structuredClone(spec);
  }
  if (!isObject(raw) || typeof raw.openapi !== "string" || !raw.openapi.startsWith("3.")) {
    throw new Error("@orq-sdk/mock: the spec must be an OpenAPI 3.0 or 3.1 document");
  }
  // Answers and checks made from a schema the mock cannot see would be wrong without a word.
  const left = externalRef(raw);
  if (left !== undefined)
    throw new Error(
      `@orq-sdk/mock: the spec refers to another file ("${left}"): pass its path, so that it is bundled, or bundle it first`,
    );
  return new SpecDocument(normalizeDocument(raw as JsonObject));
}

/**
 * A spec split over files (`$ref: ./schemas/pet.yaml`), made one document by Redocly's bundler,
 * as `redocly bundle` would (what another file holds becomes a component), and as the SDK's
 * generator reads it: the mock then serves what the SDK was generated from.
 */
async function bundleFiles(path: string): Promise<unknown> {
  const { bundle, createConfig } = await import("@redocly/openapi-core");
  const { bundle: bundled, problems } = await bundle({ ref: path, config: await createConfig({}) });
  // A discriminator mapping value that points nowhere maps nothing: it does not stop the mock.
  const errors = problems.filter(
    (p) =>
      p.severity === "error" && !/\/discriminator\/mapping\//.test(p.location[0]?.pointer ?? ""),
  );
  if (errors.length)
    throw new Error(
      `@orq-sdk/mock: ${path}: its $refs to other files could not be followed:\n  ${errors
        .map((p) => `${p.message}${p.location[0] ? ` (${p.location[0].pointer})` : ""}`)
        .join("\n  ")}`,
    );
  return bundled.parsed;
}

/**
 * The first `$ref` to another file where the mock reads schemas: not inside extensions
 * (`x-…`, which bundlers leave as they are) or data (`example`, `default`, …).
 */
function externalRef(value: unknown): string | undefined {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length) {
    const at = stack.pop();
    if (typeof at !== "object" || at === null || seen.has(at)) continue;
    seen.add(at);
    if (Array.isArray(at)) {
      stack.push(...at);
      continue;
    }
    const node = at as Record<string, unknown>;
    if (typeof node.$ref === "string" && !node.$ref.startsWith("#")) return node.$ref;
    for (const [key, child] of Object.entries(node))
      if (!key.startsWith("x-") && !DATA_KEYS.has(key)) stack.push(child);
  }
  return undefined;
}

const DATA_KEYS = new Set(["example", "examples", "default", "enum", "const"]);
