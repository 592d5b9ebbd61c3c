/** One change between two specs, as a user of the SDK feels it, and its semver level. */

export type Level = "major" | "minor" | "patch";

export type ChangeKind =
  | "operation-added"
  | "operation-removed"
  | "operation-renamed"
  | "property-added"
  | "property-removed"
  | "required"
  | "optional"
  | "type"
  | "enum-value-added"
  | "enum-value-removed"
  | "constraint-tightened"
  | "constraint-loosened"
  | "constraint"
  | "body"
  /** The arguments a method takes one by one, or whether it does. */
  | "arguments"
  | "property-renamed"
  | "export-removed"
  | "server"
  /** What the server uses for a request field a call leaves out. */
  | "default"
  | "docs"
  /** What the generator makes of the operation changed, and no rule says how: see `classify`. */
  | "unclassified";

export interface Change {
  /** The SDK method, `router.images.edits.create` (or what the spec has when it has none). */
  operation: string;
  /** `request.orq.retry.onCodes`, `response.data[].b64Json`, or "" for the operation itself. */
  path: string;
  kind: ChangeKind;
  level: Level;
  /** What changed, in a few words: `no longer accepts "standard"`, `maximum 10 → 5`. */
  detail?: string;
}

const RANK: Record<Level, number> = { patch: 0, minor: 1, major: 2 };

export function highest(changes: readonly Change[]): Level | undefined {
  let top: Level | undefined;
  for (const c of changes) if (!top || RANK[c.level] > RANK[top]) top = c.level;
  return top;
}

export function byLevel(a: Change, b: Change): number {
  return RANK[b.level] - RANK[a.level];
}

const LABEL: Record<Level, string> = { major: "Breaking", minor: "Compatible", patch: "Docs" };

/**
 * `orq.router.images.edits.create(): request.quality Changed (Breaking): no longer accepts "standard"`.
 * A group (see `grouped`) names each of its operations, once: `orq.a(), orq.b(): request.orq…`.
 */
export function describe(change: Change | readonly Change[]): string {
  const group: readonly Change[] = Array.isArray(change) ? change : [change as Change];
  // Each operation once, however many times the change is in it.
  const who = [
    ...new Set(group.map((c) => (c.operation === "*" ? "The API spec" : `orq.${c.operation}()`))),
  ].join(", ");
  return `${who}:${what(group[0]!)}`;
}

/**
 * The same change in several operations as one entry: a shared schema (the `orq` settings every
 * router call takes) changed once upstream, and listing it per operation buries the rest. In
 * the order of each group's first change.
 */
export function grouped(changes: readonly Change[]): Change[][] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const key = what(change);
    const group = groups.get(key);
    if (group) group.push(change);
    else groups.set(key, [change]);
  }
  return [...groups.values()];
}

/** A change without its operation: ` request.quality Changed (Breaking): no longer accepts…`. */
function what(change: Change): string {
  const verb =
    change.kind === "property-added" || change.kind === "operation-added"
      ? "Added"
      : change.kind === "property-removed" ||
          change.kind === "operation-removed" ||
          change.kind === "export-removed"
        ? "Removed"
        : "Changed";
  const where = change.path ? ` ${change.path}` : "";
  const detail = change.detail ? `: ${change.detail}` : "";
  return `${where} ${verb} (${LABEL[change.level]})${detail}`;
}
