/**
 * Reading a spec from a file or a URL, and writing one the way the repo keeps it: YAML, a header
 * comment, prettier-formatted, so that `pnpm lint` (prettier --check) passes on what it writes.
 */
import { parseYaml } from "@redocly/openapi-core";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import * as prettier from "prettier";
import { stringify } from "yaml";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const URL_LIKE = /^https?:\/\//i;

/** The text of a spec at a path (relative to `cwd`) or an http(s) URL. */
export async function readSpecText(source: string, cwd = process.cwd()): Promise<string> {
  if (URL_LIKE.test(source)) {
    const response = await fetch(source, { headers: { accept: "application/yaml, */*" } });
    if (!response.ok) throw new Error(`${source}: ${response.status} ${response.statusText}`);
    return response.text();
  }
  return readFile(resolve(cwd, source), "utf8");
}

/**
 * Parses YAML or JSON with the reader the generator and Redocly's linter use (js-yaml, JSON
 * schema: no timestamps, no surprises), which is also several times faster than `yaml` on the
 * 3 MB published spec.
 */
export function parseSpec(text: string, source: string): JsonObject {
  const doc = parseYaml(text) as unknown;
  if (!isObject(doc)) throw new Error(`${source}: not a YAML or JSON object`);
  return doc;
}

export async function loadSpec(source: string, cwd = process.cwd()): Promise<JsonObject> {
  return parseSpec(await readSpecText(source, cwd), source);
}

/**
 * YAML text for a document: no anchors or aliases (a value used twice is written twice, as in
 * the source), no line folding by `yaml` (prettier decides the layout), then prettier with the
 * repo's config for `file`.
 */
export async function formatSpec(doc: Json, file: string, header?: string): Promise<string> {
  const body = stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 });
  const comment = header
    ? header
        .trimEnd()
        .split("\n")
        .map((line) => (line ? `# ${line}` : "#"))
        .join("\n") + "\n"
    : "";
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(comment + body, { ...options, filepath: file, parser: "yaml" });
}

export async function writeSpec(doc: Json, file: string, header?: string): Promise<void> {
  await writeFile(file, await formatSpec(doc, file, header));
}
