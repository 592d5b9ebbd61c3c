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

/** `orq.router.images.edits.create(): request.quality Changed (Breaking): no longer accepts "standard"` */
export function describe(change: Change): string {
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
  const who = change.operation === "*" ? "The API spec" : `orq.${change.operation}()`;
  return `${who}:${where} ${verb} (${LABEL[change.level]})${detail}`;
}
