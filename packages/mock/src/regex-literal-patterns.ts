/**
 * The pattern a JavaScript regex literal written as one means (Vapi's `"/^[a-zA-Z0-9_-]{1,64}$/"`
 * on every tool name), as the SDK's generator reads it (scripts/generate/transform/
 * mistyped-keywords.ts): read as written, its slashes must be in the value, and every valid
 * name was refused (probe84). Only an anchored literal (`/^…/`, `/…$/`); `null` for one whose
 * flags JSON Schema cannot say (`/…/i`), which then checks nothing; `undefined` for any other.
 */
export function patternOfLiteral(pattern: string): string | null | undefined {
  const [, body, flags] = /^\/(.+)\/([a-z]*)$/s.exec(pattern) ?? [];
  if (body === undefined || !/^\^|(?<!\\)\$$/.test(body)) return undefined;
  return /^[gu]*$/.test(flags!) ? body : null;
}
