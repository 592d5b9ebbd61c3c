import { followRef, holdsData, isObject, type Document, type Json } from "../document.js";

/**
 * Replaces each `$ref` into the middle of a component (PagerDuty's `#/components/schemas/Tag/
 * allOf/0`, `#/components/parameters/audit_method_type/schema`) with a copy of what it points
 * at. openapi-typescript writes such a ref as an indexed access through its types
 * (`components["parameters"]["audit_method_type"]["schema"]`), which names members the types do
 * not have, and the SDK did not compile. A ref met again inside its own copy stays a ref.
 *
 * Done first of all (see `normalize`): every later step rewrites keywords and keys (`anyOf` made
 * a `oneOf` for the types, path templates matched to their parameters), after which a ref into
 * them (DigitalOcean's 2,831 into its operations' bodies, `#/paths/~1v2~1…/anyOf/0`) would
 * point at nothing, and generation stopped.
 */
export function inlineDeepRefs(doc: Document): void {
  const whole = /^#\/components\/[^/]+\/[^/]+$/;
  const inlining = new Set<string>();
  const walk = (node: Json | undefined, nodeKey?: string): void => {
    if (Array.isArray(node)) return node.forEach((item) => walk(item, nodeKey));
    if (!isObject(node)) return;
    const ref = node.$ref;
    if (
      typeof ref === "string" &&
      ref.startsWith("#/") &&
      !whole.test(ref) &&
      // (A `$defs` entry is one of its own, which the types name: see `hoistDefs`.)
      !DEFS_ENTRY.test(ref) &&
      !inlining.has(ref)
    ) {
      let target: Json;
      try {
        target = followRef(doc, ref);
      } catch {
        return;
      }
      if (!isObject(target)) return;
      delete node.$ref;
      const copy = structuredClone(target);
      for (const [key, value] of Object.entries(copy)) if (!(key in node)) node[key] = value;
      inlining.add(ref);
      walk(node, nodeKey);
      inlining.delete(ref);
      return;
    }
    for (const [key, value] of Object.entries(node)) if (!holdsData(key, nodeKey)) walk(value, key);
  };
  walk(doc);
}

const DEFS_ENTRY = /\/\$defs\/[^/]+$/;
