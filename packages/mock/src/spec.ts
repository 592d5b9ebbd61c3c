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
    raw = parse(await readFile(path, "utf8"), { maxAliasCount: -1 });
  } else {
    // The mock rewrites the document (3.0 -> 2020-12); never touch the caller's object.
    raw = structuredClone(spec);
  }
  if (!isObject(raw) || typeof raw.openapi !== "string" || !raw.openapi.startsWith("3.")) {
    throw new Error("@orq-sdk/mock: the spec must be an OpenAPI 3.0 or 3.1 document");
  }
  return new SpecDocument(normalizeDocument(raw as JsonObject));
}
