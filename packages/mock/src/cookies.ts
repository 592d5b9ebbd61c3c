import { percentDecode, type EncodedPair } from "./urlencoded.js";

/**
 * The pairs of a `Cookie` header (`a=1; b=2`, RFC 6265 § 5.4), in order, repeats kept: a form
 * style cookie parameter may be exploded into one cookie per item. A value in double quotes is
 * read without them; values are percent-decoded, as clients percent-encode them.
 */
export function parseCookies(header: string | undefined): EncodedPair[] {
  if (!header) return [];
  const pairs: EncodedPair[] = [];
  for (const piece of header.split(";")) {
    const at = piece.indexOf("=");
    if (at < 0) continue;
    const name = piece.slice(0, at).trim();
    let raw = piece.slice(at + 1).trim();
    if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) raw = raw.slice(1, -1);
    if (name !== "") pairs.push({ name, raw, value: percentDecode(raw) });
  }
  return pairs;
}
