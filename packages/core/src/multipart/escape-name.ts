/**
 * Makes a field or file name safe for a part's Content-Disposition header. The HTML standard
 * (and so every FormData implementation) writes `"`, CR and LF as `%22`, `%0D`, `%0A`; other
 * control characters it leaves raw, which makes a malformed header that servers refuse. We
 * escape every control character the same way, so a name never breaks the request. (CR and LF
 * escaped here come out exactly as FormData would write them: it leaves a `%` as it is.)
 * `encodeURIComponent` of a control character is just that: `%` and two upper-case hex digits.
 */
export function escapeControls(name: string): string {
  return name.replace(/[\0-\x1f\x7f]/g, encodeURIComponent);
}

/**
 * What goes between the quotes: the HTML standard's escaping plus {@link escapeControls}, and a
 * backslash doubled. Parsers that follow HTTP's quoted-string rules (busboy, werkzeug, most
 * servers) read `\"` as an escaped quote, so a raw backslash at the end of a name would swallow
 * the closing quote; doubled, it reads back as one.
 */
export function escapeName(name: string): string {
  return escapeControls(name.replace(/"/g, "%22")).replace(/\\/g, "\\\\");
}
