import { isObject, pathItems, type Document, type JsonObject } from "../document.js";
import { METHODS } from "./collect-operations.js";

/**
 * The operations of each operationId the spec gives more than one (Deepgram's `list` for both
 * `GET /v1/models` and `GET /v1/agent/settings/think/models`), in path order: § 4.8.10 says an
 * id MUST be unique, and the ids name the SDK's functions and types.
 */
function sharedOperationIds(doc: Document): Map<string, { op: JsonObject; where: string }[]> {
  const byId = new Map<string, { op: JsonObject; where: string }[]>();
  const inPathOrder = pathItems(doc).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [path, item] of inPathOrder)
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op) || typeof op.operationId !== "string") continue;
      const list = byId.get(op.operationId) ?? [];
      list.push({ op, where: `${method.toUpperCase()} ${path}` });
      byId.set(op.operationId, list);
    }
  for (const [id, ops] of byId) if (ops.length < 2) byId.delete(id);
  return byId;
}

/**
 * Takes a shared operationId from every operation that has it, so each is named by its method
 * and path, as an operation without one is (`models.list` beside
 * `agent.settings.think.models.list`). Generation stopped on it, leaving the spec's users with
 * no SDK; keeping it for one of them would name that one by the accident of path order.
 */
export function dropSharedOperationIds(doc: Document): void {
  for (const ops of sharedOperationIds(doc).values())
    for (const { op } of ops) delete op.operationId;
}

/** A warning for each operationId `dropSharedOperationIds` takes, for `pnpm generate`. */
export function sharedOperationIdWarnings(doc: Document): string[] {
  return [...sharedOperationIds(doc)].map(
    ([id, ops]) =>
      `operationId "${id}" is used by ${ops.length} operations (${ops
        .slice(0, 3)
        .map((o) => o.where)
        .join(
          ", ",
        )}${ops.length > 3 ? ", …" : ""}), though it must be unique: the SDK names them by their paths`,
  );
}
