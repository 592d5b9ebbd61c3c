/**
 * How the SDK names things, from the spec's own names. One module, so that the runtime tables,
 * the camelCase types and the resource tree can never disagree.
 */

const RESERVED = new Set(
  ("break case catch class const continue debugger default delete do else enum export extends false finally " +
    "for function if import in instanceof new null return super switch this throw true try typeof var void " +
    "while with yield let static implements interface package private protected public await").split(" "),
);

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/** `response_format` → `responseFormat`, `b64_json` → `b64Json`, `displayName` stays. */
export function camelCase(name: string): string {
  const parts = words(name);
  if (parts.length === 0) return name;
  return parts
    .map((w, i) => {
      const lower = w === w.toUpperCase() ? w.toLowerCase() : w;
      return i === 0 ? lower.charAt(0).toLowerCase() + lower.slice(1) : lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join("");
}

export function pascalCase(name: string): string {
  const camel = camelCase(name);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/**
 * The SDK name of each property of one object. A name whose camelCase form is not a plain
 * identifier, or that two wire names would share (`_id` and `id`), keeps its wire name: a
 * wrong rename is worse than none.
 */
export function propertyNames(wireNames: readonly string[]): Map<string, string> {
  const wanted = new Map(wireNames.map((wire) => [wire, camelCase(wire)] as const));
  const count = new Map<string, number>();
  for (const sdk of wanted.values()) count.set(sdk, (count.get(sdk) ?? 0) + 1);
  const taken = new Set(wireNames);
  const names = new Map<string, string>();
  for (const [wire, sdk] of wanted) {
    const clash = count.get(sdk)! > 1 || (sdk !== wire && taken.has(sdk));
    names.set(wire, !clash && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(sdk) ? sdk : wire);
  }
  return names;
}

/** A safe TypeScript identifier for a spec name (operationId, component name). */
export function identifier(name: string, style: "camel" | "pascal" = "camel"): string {
  let id = style === "camel" ? camelCase(name) : pascalCase(name);
  if (!/^[A-Za-z_$]/.test(id)) id = `_${id}`;
  id = id.replace(/[^A-Za-z0-9_$]/g, "_");
  return RESERVED.has(id) ? `${id}_` : id;
}

const VERBS: Record<string, { collection: string; item: string }> = {
  get: { collection: "list", item: "get" },
  post: { collection: "create", item: "create" },
  put: { collection: "update", item: "update" },
  patch: { collection: "update", item: "update" },
  delete: { collection: "delete", item: "delete" },
  head: { collection: "head", item: "head" },
  options: { collection: "options", item: "options" },
  trace: { collection: "trace", item: "trace" },
};

/**
 * The resource method for an operation, from its path and method: `POST /v2/router/images/edits`
 * → `router.images.edits.create`. A leading version segment is dropped; path parameters do not
 * name resources; a literal segment after a parameter on a POST is an action
 * (`POST /agents/{key}/run` → `agents.run`).
 */
export function resourceName(method: string, path: string): string[] {
  const segments = path.split("/").filter(Boolean);
  if (segments[0] && /^v\d+(\.\d+)*$/i.test(segments[0])) segments.shift();
  const isParam = (s: string) => /^\{.*\}$/.test(s);
  const resources = segments.filter((s) => !isParam(s)).map(camelCase).filter(Boolean);
  const last = segments[segments.length - 1];
  const beforeLast = segments[segments.length - 2];
  const verbs = VERBS[method] ?? { collection: method, item: method };
  if (last && !isParam(last) && beforeLast && isParam(beforeLast) && method === "post" && resources.length > 1) {
    return resources; // an action: the last segment is the verb
  }
  const onItem = last !== undefined && isParam(last);
  return [...resources, onItem ? verbs.item : verbs.collection];
}
