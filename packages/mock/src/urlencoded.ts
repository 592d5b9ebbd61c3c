import { unescape } from "node:querystring";

/** One `name=value` pair of a query string or urlencoded body. */
export interface EncodedPair {
  /** The decoded name. */
  name: string;
  /** The value as sent, still percent-encoded: styles split it on delimiters before decoding. */
  raw: string;
  /** The decoded value. */
  value: string;
}

/**
 * Splits `a=1&b=x%2Cy` into pairs, keeping each raw value next to its decoded one: in RFC 6570
 * styles a delimiter sent as is (`tags=a,b`) separates values, and one percent-encoded (`%2C`)
 * belongs to a value. (URLSearchParams and busboy only hand out decoded values.)
 */
export function parseUrlEncoded(text: string): EncodedPair[] {
  const pairs: EncodedPair[] = [];
  for (const piece of text.split("&")) {
    if (piece === "") continue;
    const at = piece.indexOf("=");
    const name = at < 0 ? piece : piece.slice(0, at);
    const raw = at < 0 ? "" : piece.slice(at + 1);
    pairs.push({ name: formDecode(name), raw, value: formDecode(raw) });
  }
  return pairs;
}

/**
 * application/x-www-form-urlencoded decoding: `+` is a space, `%XX` a byte of UTF-8. Malformed
 * escapes are kept as they are (node:querystring's lenient unescape) rather than refused.
 */
export function formDecode(text: string): string {
  return percentDecode(text.replace(/\+/g, " "));
}

/** `%XX` escapes only (paths and cookies, where `+` is a plus), as leniently. */
export function percentDecode(text: string): string {
  return unescape(text);
}
