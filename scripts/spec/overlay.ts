/**
 * Applies an OpenAPI Overlay 1.0 document (https://spec.openapis.org/overlay/v1.0.0): each action
 * selects nodes with an RFC 9535 JSONPath `target` (evaluated by `jsonpath-rfc9535`) and either
 * removes them or merges `update` into them, in order.
 *
 * Merge semantics, as the common implementations (Speakeasy, Bump, openapi-format) read the Action Object's `update`:
 * an update merges into a selected object key by key, recursing into objects, while an array or
 * a scalar in the update replaces the one in the target; an update to a selected array is
 * appended to it. Overlay 1.0 selects objects and arrays only, so a scalar target is an error.
 *
 * One rule is stricter than the spec: an action whose target selects nothing fails. Our overlay
 * holds what the SDK knows beyond the published spec (the 16-file image, x-max-bytes, the
 * multipart encoding); if upstream moves a path, silently dropping that would ship a weaker SDK.
 */
import { exec, type Path } from "jsonpath-rfc9535";
import { isObject, type Json, type JsonObject } from "./spec-file.js";

export interface OverlayAction {
  target: string;
  description?: string;
  update?: Json;
  remove?: boolean;
}

export interface Overlay {
  overlay: string;
  info: { title: string; version: string };
  actions: OverlayAction[];
}

export function checkOverlay(value: unknown, source: string): Overlay {
  if (!isObject(value) || typeof value.overlay !== "string" || !/^1\.\d+\.\d+$/.test(value.overlay))
    throw new Error(`${source}: not an Overlay 1.x document (no "overlay: 1.0.0" field)`);
  if (!Array.isArray(value.actions) || value.actions.length === 0)
    throw new Error(`${source}: an overlay needs at least one action`);
  for (const [i, action] of value.actions.entries()) {
    if (!isObject(action) || typeof action.target !== "string" || !action.target.startsWith("$"))
      throw new Error(`${source}: action ${i + 1} has no JSONPath target starting with "$"`);
    if (action.remove !== true && action.update === undefined)
      throw new Error(`${source}: action ${i + 1} (${action.target}) neither updates nor removes`);
  }
  return value as unknown as Overlay;
}

/** The document with the overlay's actions applied; the input is not changed. */
export function applyOverlay(input: JsonObject, overlay: Overlay): JsonObject {
  const doc = structuredClone(input);
  // Every action that finds nothing is named, not only the first: a moved path leaves several.
  const lost: string[] = [];
  for (const [i, action] of overlay.actions.entries()) {
    const where = `overlay action ${i + 1} (${action.description ?? action.target})`;
    const found: Path[] = [];
    exec(doc, action.target, (_value, path) => found.push([...path]));
    if (found.length === 0) {
      lost.push(`action ${i + 1}${describe(action)}\n    target: ${action.target}`);
      continue;
    }
    if (action.remove === true) {
      // Deepest and last first, so that removing one node does not move another (array indexes).
      for (const path of found.sort(comparePathsDescending)) removeAt(doc, path, where);
      continue;
    }
    for (const path of found) {
      const node = valueAt(doc, path);
      if (Array.isArray(node)) node.push(structuredClone(action.update!));
      else if (isObject(node)) {
        if (!isObject(action.update))
          throw new Error(`${where}: the target is an object, so the update must be one too`);
        mergeInto(node, action.update);
      } else
        throw new Error(`${where}: the target selects a ${typeof node}, not an object or array`);
    }
  }
  if (lost.length)
    throw new Error(
      `specs/overlay.yaml: ${lost.length === 1 ? "an action's target selects" : `${lost.length} actions' targets select`} ` +
        `nothing in the spec. Did the published spec move or remove what they change (a path, an ` +
        `operation, a property)? Point each at its new place, or remove it if the published ` +
        `spec now says it itself:\n  ${lost.join("\n  ")}`,
    );
  return doc;
}

/** ` "its description"`, when it has one. */
function describe(action: OverlayAction): string {
  return action.description ? ` "${action.description}"` : "";
}

function mergeInto(target: JsonObject, update: JsonObject): void {
  for (const [key, value] of Object.entries(update)) {
    const current = target[key];
    if (isObject(current) && isObject(value)) mergeInto(current, value);
    else target[key] = structuredClone(value);
  }
}

function valueAt(doc: Json, path: Path): Json {
  let at: Json = doc;
  for (const key of path) at = (at as Record<string | number, Json>)[key]!;
  return at;
}

function removeAt(doc: JsonObject, path: Path, where: string): void {
  if (path.length === 0) throw new Error(`${where}: the whole document cannot be removed`);
  const parent = valueAt(doc, path.slice(0, -1));
  const key = path[path.length - 1]!;
  const node = (parent as Record<string | number, Json>)[key];
  if (typeof node !== "object" || node === null)
    throw new Error(`${where}: Overlay 1.0 removes objects and arrays, not a ${typeof node}`);
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete (parent as JsonObject)[key as string];
}

function comparePathsDescending(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    return typeof a[i] === "number" && typeof b[i] === "number"
      ? (b[i] as number) - (a[i] as number)
      : String(b[i]).localeCompare(String(a[i]));
  }
  return b.length - a.length;
}
