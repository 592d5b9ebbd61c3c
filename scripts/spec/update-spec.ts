/**
 * Published orq spec → the spec this repo ships: extract the operations listed in
 * specs/operations.yaml, apply specs/overlay.yaml, put the keys in a stable order.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parse } from "yaml";
import { extractOperations } from "./extract.js";
import { canonicalOrder } from "./order.js";
import { applyOverlay, checkOverlay } from "./overlay.js";
import {
  fingerprint,
  recordReview,
  restsOn,
  reviewMessage,
  unreviewedActions,
} from "./overlay-review.js";
import { repoFiles, userCwd } from "./paths.js";
import { isObject, loadSpec, writeSpec, type JsonObject } from "./spec-file.js";

export async function readOperationIds(file: string): Promise<string[]> {
  const config = parse(await readFile(file, "utf8")) as unknown;
  const ids = isObject(config) ? config.operations : undefined;
  if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== "string"))
    throw new Error(`${file}: expected "operations:" with a list of operationIds`);
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (dupes.length) throw new Error(`${file}: listed twice: ${dupes.join(", ")}`);
  return ids as string[];
}

export async function readOverlay(file: string) {
  return checkOverlay(parse(await readFile(file, "utf8")), file);
}

/** The shipped spec made from a published one, with the repo's operation list and overlay. */
export async function shippedSpec(published: JsonObject, root?: string): Promise<JsonObject> {
  return (await build(published, root)).spec;
}

/** The listed operations as published, the overlay, and the spec they make. */
async function build(published: JsonObject, root?: string) {
  const files = repoFiles(root);
  const extracted = extractOperations(published, await readOperationIds(files.operations));
  const overlay = await readOverlay(files.overlay);
  const spec = applyOverlay(extracted, overlay);
  refuseIgnored(spec);
  return { extracted, overlay, spec: canonicalOrder(spec) };
}

/**
 * A listed operation the published spec marks `x-speakeasy-ignore: true` would be extracted and
 * then left out by the generator, as the official SDK leaves it out: say so, rather than ship a
 * spec whose operation silently has no method.
 */
function refuseIgnored(spec: JsonObject): void {
  const ignored: string[] = [];
  for (const item of Object.values(isObject(spec.paths) ? spec.paths : {}))
    for (const op of Object.values(isObject(item) ? item : {}))
      if (isObject(op) && op["x-speakeasy-ignore"] === true) ignored.push(String(op.operationId));
  if (ignored.length)
    throw new Error(
      `specs/operations.yaml lists operations the published spec marks x-speakeasy-ignore: true ` +
        `(left out of the official SDK): ${ignored.join(", ")}. Remove them from the list, or ` +
        `ship them anyway with an action in specs/overlay.yaml that sets x-speakeasy-ignore: false.`,
    );
}

export interface UpdateOptions {
  /**
   * A person has read what changed under the overlay's actions (see `overlay-review.ts`):
   * record the published text's fingerprints in specs/overlay.yaml instead of failing.
   */
  overlayReviewed?: boolean;
  /** The repository whose specs/ folder is read (and whose overlay a review is recorded in). */
  root?: string;
}

/**
 * Reads the published spec (path relative to `cwd`, or URL) and writes the shipped one. Fails,
 * writing nothing, when the published text changed under an overlay action that no one has
 * reviewed since.
 */
export async function updateSpec(
  source: string,
  out = repoFiles().spec,
  cwd = userCwd,
  options: UpdateOptions = {},
): Promise<JsonObject> {
  const files = repoFiles(options.root);
  const { extracted, overlay, spec } = await build(await loadSpec(source, cwd), options.root);
  const before = await loadSpec(files.spec).catch(() => undefined);
  const unreviewed = unreviewedActions(extracted, overlay, { before, after: spec });
  if (unreviewed.length && !options.overlayReviewed)
    throw new Error(reviewMessage(unreviewed, source));
  if (unreviewed.length)
    await recordReview(
      files.overlay,
      overlay.actions.map((action) => fingerprint(restsOn(extracted, action))),
    );
  await writeSpec(spec, out, specHeader(source));
  return spec;
}

/** The comment at the top of specs/openapi.yaml: what wrote it, from what. */
export function specHeader(source: string): string {
  const from = /^https?:/i.test(source) ? source : basename(source);
  return `The orq.ai API as this SDK ships it. Written by \`pnpm spec:update\` from the published spec
(${from}); do not edit by hand:
  - the operations listed in specs/operations.yaml, extracted with every component they use,
    exactly as published;
  - then the actions of specs/overlay.yaml: what the SDK knows beyond the published text (image
    takes one file or up to 16, x-max-bytes, how every multipart field is encoded, the server).
The generator (scripts/generate) and the mock server (packages/mock) both read this file.`;
}
