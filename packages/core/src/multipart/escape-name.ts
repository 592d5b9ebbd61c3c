/**
 * Makes a field or file name safe for a part's Content-Disposition header. The HTML standard
 * (and so every FormData implementation) writes `"`, CR and LF as `%22`, `%0D`, `%0A`; other
 * control characters it leaves raw, which makes a malformed header that servers refuse. We
 * escape those the same way, so a name never breaks the request.
 */
export function escapeControls(name: string): string {
  return name.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/g, percent);
}

/**
 * What goes between the quotes: the HTML standard's escaping plus {@link escapeControls}, and a
 * backslash doubled. Parsers that follow HTTP's quoted-string rules (busboy, werkzeug, most
 * servers) read `\"` as an escaped quote, so a raw backslash at the end of a name would swallow
 * the closing quote; doubled, it reads back as one.
 */
export function escapeName(name: string): string {
  return escapeControls(name)
    .replace(/["\r\n]/g, percent)
    .replace(/\\/g, "\\\\");
}

function percent(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
}
