import { vi } from "vitest";

const SCHEMAS = new URL("../../src/generated/schemas.ts", import.meta.url).pathname;

/**
 * The shipped spec uses none of the rarer features, so its generated `uses*` constants are false
 * and the runtime leaves that code out. This turns every one on, as for a spec that uses them
 * all (the whole published orq spec uses most): modules imported afterwards see them on.
 */
export function turnOnEveryFeature(): void {
  vi.resetModules();
  vi.doMock(SCHEMAS, async (importOriginal) => {
    const original = await importOriginal<Record<string, unknown>>();
    return Object.fromEntries(
      Object.entries(original).map(([name, value]) => [name, name.startsWith("uses") || value]),
    );
  });
}

/** Back to the spec's own constants. */
export function restoreFeatures(): void {
  vi.doUnmock(SCHEMAS);
  vi.resetModules();
}
