/**
 * Patterns the runtime compiles with the `u` flag (JSON Schema's regexes are Unicode ones).
 * DigitalOcean's spec writes `^[a-zA-Z0-9_\-\:]+$`, an error in that mode: every call of the
 * five operations using it failed with "SyntaxError: Invalid regular expression".
 */
import { describe, expect, test } from "vitest";
import { unicodePattern } from "../transform/unicode-pattern.js";

describe("unicodePattern", () => {
  const tests: [string, { given: string; want: string | undefined }][] = [
    [
      "a pattern that compiles stays",
      { given: "^\\p{L}+\\.[a-z]{2,}$", want: "^\\p{L}+\\.[a-z]{2,}$" },
    ],
    [
      "a needless escape in a class goes",
      { given: "^[a-zA-Z0-9_\\-\\:]+$", want: "^[a-zA-Z0-9_\\-:]+$" },
    ],
    ["a needless escape outside a class goes", { given: "^a\\-b\\@c$", want: "^a-b@c$" }],
    ["meaningful escapes stay", { given: "^\\d+\\.\\(x\\)\\/\\:$", want: "^\\d+\\.\\(x\\)\\/:$" }],
    ["a class after an escaped bracket", { given: "^\\[[\\-\\:]\\]$", want: "^\\[[\\-:]\\]$" }],
    ["PCRE syntax cannot be read", { given: "(?i)^abc$", want: undefined }],
  ];
  for (const [name, { given, want }] of tests)
    test(name, () => {
      expect(unicodePattern(given)).toBe(want);
      if (want !== undefined) expect(() => new RegExp(want, "u")).not.toThrow();
    });

  test("the rewritten pattern matches what the written one means", () => {
    const re = new RegExp(unicodePattern("^[a-zA-Z0-9_\\-\\:]+$")!, "u");
    for (const ok of ["tag:v1", "a-b_c", "Z9"]) expect(re.test(ok)).toBe(true);
    for (const bad of ["a b", "a/b", "x;"]) expect(re.test(bad)).toBe(false);
    // `_-:` would be a range (from `_` to `:`, empty) if the class's `\-` were dropped.
    expect(re.test("`")).toBe(false);
  });
});
