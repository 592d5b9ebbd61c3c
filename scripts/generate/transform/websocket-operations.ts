import { isObject, pathItems, type Document, type JsonObject } from "../document.js";

/**
 * Whether the operation only opens a WebSocket: it answers `101 Switching Protocols` and no 2XX
 * (Together's `GET /realtime`). Fetch cannot open one (it forbids the `Upgrade` it takes), so
 * a method for it could never work.
 */
function opensWebSocketOnly(op: JsonObject): boolean {
  const statuses = Object.keys(isObject(op.responses) ? op.responses : {});
  return statuses.includes("101") && !statuses.some((status) => status.startsWith("2"));
}

/**
 * Leaves out of the document each operation that only opens a WebSocket: the SDK has no
 * method for it, where it had one that failed at every call (probe70).
 */
export function dropWebSocketOperations(item: JsonObject): void {
  for (const [method, op] of Object.entries(item))
    if (isObject(op) && isObject(op.responses) && opensWebSocketOnly(op)) delete item[method];
}

/** A warning for each operation `dropWebSocketOperations` leaves out, for `pnpm generate`. */
export function webSocketOperationWarnings(doc: Document): string[] {
  const found: string[] = [];
  for (const [path, item] of pathItems(doc))
    for (const [method, op] of Object.entries(item))
      if (isObject(op) && isObject(op.responses) && opensWebSocketOnly(op))
        found.push(
          `${method.toUpperCase()} ${path}: it answers only 101 Switching Protocols (a WebSocket), which fetch cannot open: the SDK has no method for it`,
        );
  return found;
}
