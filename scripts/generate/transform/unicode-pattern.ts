/**
 * A spec's `pattern` as the runtime reads it: with the `u` flag, which JSON Schema's regexes
 * (ECMA-262, with Unicode: § 6.4 of the validation spec) need for `\p{…}` and code points. In
 * that mode an escaped character that needs no escape (`\:`, `\-` outside a class) is a syntax
 * error, though without it, and in other regex engines, it is the character itself; DigitalOcean
 * writes `^[a-zA-Z0-9_\-\:]+$`. Such escapes are dropped (kept where they mean something, as
 * `\-` in a class). A pattern that still does not compile (PCRE's `(?i)`, say) is `undefined`:
 * the runtime cannot check it, and must not fail on it.
 */
export function unicodePattern(pattern: string): string | undefined {
  if (compiles(pattern)) return pattern;
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\" && i + 1 < pattern.length) {
      const next = pattern[++i]!;
      const meaningful = /[A-Za-z0-9^$\\.*+?()[\]{}|/]/.test(next) || (inClass && next === "-");
      out += meaningful ? c + next : next;
      continue;
    }
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    out += c;
  }
  return compiles(out) ? out : undefined;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}
