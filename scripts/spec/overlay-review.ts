/**
 * Whether specs/overlay.yaml still agrees with the published text. The overlay rewrites what
 * the published spec says (the edit's `image`, the multipart encodings, the server): when the
 * vendor changes those same places, the overlay silently won, and `spec:update` reported nothing
 * (probe35 F1: a narrowed media type, a lower file count, a new server, all dropped).
 *
 * So each action records, as `x-upstream`, a fingerprint of the published text it was last
 * reviewed against: what its target selects, whole; for the document root, only the values its
 * update overwrites (the root holds every path, and any change would touch it). `spec:update`
 * fails when a fingerprint no longer matches, shows what the published text now says there, and
 * `--overlay-reviewed` records the new fingerprints once a person has read them. The
 * fingerprint is a hash: nothing of the published text itself is committed.
 */
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { structuredPatch } from "diff";
import { exec } from "jsonpath-rfc9535";
import { isMap, isSeq, parseDocument, stringify, type Node, type Pair, type Scalar } from "yaml";
import type { Overlay, OverlayAction } from "./overlay.js";
import { isObject, type Json, type JsonObject } from "./spec-file.js";

/** The action's extension field holding its fingerprint. */
export const REVIEWED = "x-upstream";

/** An action whose recorded fingerprint is not the published text's. */
export interface UnreviewedAction {
  /** 1-based, as the overlay's readers count. */
  index: number;
  action: OverlayAction;
  recorded: string | undefined;
  fingerprint: string;
  /** How what the SDK ships at the target changes with this update (a line diff), or "". */
  shippedChange: string;
  /** What the action removes or overwrites, as the published spec now says it (YAML), or "". */
  overridden: string;
}

/** The part of `spec` an action rests on (see the module's comment). */
export function restsOn(spec: JsonObject, action: OverlayAction): Json[] {
  const found: Json[] = [];
  exec(spec, action.target, (value, path) =>
    found.push(
      path.length === 0 && isObject(action.update) ? overwritten(value, action.update) : value,
    ),
  );
  return found;
}

/**
 * The values of `node` that `update` would replace: its keys, as deep as both are objects. A key
 * `node` lacks is `(absent)` with `markAbsent` (a fingerprint sees a value appear), else left out.
 */
function overwritten(node: Json, update: JsonObject, markAbsent = true): JsonObject {
  const values: JsonObject = {};
  for (const [key, value] of Object.entries(update)) {
    const current = isObject(node) ? node[key] : undefined;
    const found =
      isObject(value) && isObject(current) ? overwritten(current, value, markAbsent) : current;
    if (found !== undefined && !(isObject(found) && Object.keys(found).length === 0))
      values[key] = found;
    else if (markAbsent) values[key] = "(absent)";
  }
  return values;
}

/** What an action removes, or what its update overwrites, in `spec` (nothing it only adds). */
function overriddenIn(spec: JsonObject, action: OverlayAction): Json[] {
  const found: Json[] = [];
  exec(spec, action.target, (value) => {
    if (action.remove === true) found.push(value);
    else if (isObject(action.update) && isObject(value)) {
      const values = overwritten(value, action.update, false);
      if (Object.keys(values).length) found.push(values);
    }
  });
  return found;
}

/** A short, stable hash of a JSON value: the same value in any key order gives the same one. */
export function fingerprint(value: Json): string {
  return "sha256:" + createHash("sha256").update(canonical(value)).digest("hex").slice(0, 16);
}

function sortedKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys(value[key]!)]),
  );
}

function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isObject(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key]!)}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

/**
 * The actions whose fingerprint does not match `published` (the listed operations as published,
 * before any action). `shipped`: the spec the SDK ships today (`before`) and the one this
 * update makes (`after`), for what changes at each target.
 */
export function unreviewedActions(
  published: JsonObject,
  overlay: Overlay,
  shipped: { before?: JsonObject; after?: JsonObject } = {},
): UnreviewedAction[] {
  const found: UnreviewedAction[] = [];
  for (const [i, action] of overlay.actions.entries()) {
    const print = fingerprint(restsOn(published, action));
    const recorded = (action as unknown as JsonObject)[REVIEWED];
    if (recorded === print) continue;
    const at = (spec: JsonObject | undefined) => {
      if (!spec) return [];
      const nodes: Json[] = [];
      exec(spec, action.target, (value) => nodes.push(value));
      return nodes;
    };
    found.push({
      index: i + 1,
      action,
      recorded: typeof recorded === "string" ? recorded : undefined,
      fingerprint: print,
      shippedChange: shipped.before ? lineDiff(at(shipped.before), at(shipped.after)) : "",
      overridden: yamlOf(overriddenIn(published, action)),
    });
  }
  return found;
}

const MAX_LINES = 30;

function yamlOf(nodes: Json[]): string {
  const text =
    nodes.length === 0 ? "" : stringify(nodes.length === 1 ? nodes[0] : nodes, { lineWidth: 0 });
  return capped(text.trimEnd().split("\n").filter(Boolean));
}

function capped(lines: string[]): string {
  const shown = lines.slice(0, MAX_LINES);
  if (lines.length > shown.length) shown.push(`… ${lines.length - shown.length} more lines`);
  return shown.join("\n");
}

/** `-` lines: before; `+` lines: after (keys sorted on both sides: a new order is no change). */
function lineDiff(before: Json[], after: Json[]): string {
  const text = (nodes: Json[]) =>
    nodes.length === 0
      ? ""
      : stringify(sortedKeys(nodes.length === 1 ? nodes[0]! : nodes), { lineWidth: 0 });
  const patch = structuredPatch("before", "after", text(before), text(after), "", "", {
    context: 2,
  });
  return capped(patch.hunks.flatMap((hunk) => ["@@", ...hunk.lines]));
}

/** What `spec:update` says when actions need a person's review. */
export function reviewMessage(unreviewed: UnreviewedAction[], source: string): string {
  const parts = unreviewed.map(({ index, action, recorded, shippedChange, overridden }) => {
    const lines = [
      `action ${index}${action.description ? ` "${action.description}"` : ""}`,
      `  target: ${action.target}`,
      recorded
        ? "  the published text there changed since the action was reviewed"
        : `  not reviewed yet (no ${REVIEWED} fingerprint)`,
    ];
    if (overridden)
      lines.push(
        `  what it ${action.remove ? "removes" : "overwrites"} there, as the published spec now says it:`,
        indent(overridden, "    "),
      );
    if (shippedChange)
      lines.push(
        "  what the SDK ships there changes so (- today, + after this update):",
        indent(shippedChange, "    "),
      );
    else if (recorded)
      lines.push("  what the SDK ships there does not change: the overlay wins over the change");
    return lines.join("\n");
  });
  return (
    `specs/overlay.yaml rewrites parts of the published spec that have changed, and the overlay ` +
    `would silently win over the change (a narrower media type, fewer files, a new server):\n` +
    `${indent(parts.join("\n"), "  ")}\n` +
    `Read each change, edit the action in specs/overlay.yaml if the API now says otherwise (or ` +
    `remove it if the published spec now says what it adds), then record the review: ` +
    `pnpm spec:update ${source} --overlay-reviewed (or pnpm regenerate … --overlay-reviewed).`
  );
}

function indent(text: string, by: string): string {
  return text
    .split("\n")
    .map((line) => by + line)
    .join("\n");
}

/**
 * Writes each action's fingerprint into the overlay file, on the line after its `description`
 * (or its `target`), editing the text in place: the file's comments and hand-folded text stay
 * as they are.
 */
export async function recordReview(file: string, fingerprints: string[]): Promise<void> {
  let text = await readFile(file, "utf8");
  const doc = parseDocument(text, { keepSourceTokens: true });
  const actions = doc.get("actions");
  if (!isSeq(actions)) throw new Error(`${file}: no actions list`);
  // Edits from the end of the file backwards, so that earlier offsets stay right.
  const edits: { at: number; end: number; text: string }[] = [];
  for (const [i, item] of actions.items.entries()) {
    const print = fingerprints[i];
    if (!isMap(item) || print === undefined) continue;
    if (item.flow)
      throw new Error(
        `${file}: action ${i + 1} is written in flow style ({ … }); write it as a block ` +
          `(one key per line) so that its ${REVIEWED} line can be added`,
      );
    const pairs = item.items as Pair<Scalar, Node>[];
    const recorded = pairs.find((pair) => pair.key?.value === REVIEWED);
    if (recorded?.value?.range) {
      const [start, end] = recorded.value.range;
      edits.push({ at: start, end, text: print });
      continue;
    }
    const anchor =
      pairs.find((pair) => pair.key?.value === "description") ??
      pairs.find((pair) => pair.key?.value === "target");
    const key = pairs[0]?.key?.range;
    if (!anchor?.value?.range || !key) throw new Error(`${file}: action ${i + 1} has no target`);
    const indent = key[0] - text.lastIndexOf("\n", key[0] - 1) - 1;
    const lineEnd = text.indexOf("\n", anchor.value.range[1] - 1);
    const at = lineEnd === -1 ? text.length : lineEnd + 1;
    edits.push({ at, end: at, text: `${" ".repeat(indent)}${REVIEWED}: ${print}\n` });
  }
  for (const edit of edits.sort((a, b) => b.at - a.at))
    text = text.slice(0, edit.at) + edit.text + text.slice(edit.end);
  await writeFile(file, text);
}
