import type { Operation } from "../generated/contract.js";

/**
 * Puts the key where the operation's security scheme says (`op.auth`) instead of
 * `Authorization: Bearer`, and returns the URL, which carries it for a query key. A header or
 * query parameter of that name the call gave (one the spec lists as a parameter too, as specs
 * without security schemes do: ElevenLabs' `xi-api-key`) is sent instead, as a call's own
 * `Authorization` is.
 */
export function placeKey(
  auth: NonNullable<Operation["auth"]>,
  key: string,
  headers: Headers,
  url: string,
): string {
  if (!auth) return url;
  // (A key with a word of its own, `Token …`, goes as given.)
  const value =
    auth.scheme === "basic"
      ? `Basic ${basicCredentials(key)}`
      : auth.prefix && !/\s/.test(key)
        ? `${auth.prefix} ${key}`
        : key;
  if (auth.in === "query")
    return new URLSearchParams(url.split("?")[1]).has(auth.name)
      ? url
      : `${url}${url.includes("?") ? "&" : "?"}${encodeURIComponent(auth.name)}=${encodeURIComponent(value)}`;
  // One `Cookie` header, its pairs joined by "; " (RFC 6265): `append` would join with ", ". A
  // cookie of that name the call gave goes instead of the key, as a header's does (both went,
  // probe69).
  const cookie = headers.get("cookie");
  if (auth.in === "cookie")
    cookie?.split(/;\s*/).some((pair) => pair.split("=")[0] === auth.name) ||
      headers.set(
        "cookie",
        [cookie, `${auth.name}=${cookieValue(value)}`].filter(Boolean).join("; "),
      );
  else headers.has(auth.name) || headers.set(auth.name, value);
  return url;
}

/**
 * A key as a cookie's value: as it is (base64's `+/=`, an Express `s:` signature, which the
 * server reads back byte for byte), but for what a cookie value cannot hold (RFC 6265 § 4.1.1:
 * spaces, `"`, `,`, `;`, `\`), percent-encoded.
 */
export function cookieValue(key: string): string {
  return key.replace(/[\s",;\\]/g, encodeURIComponent);
}

/**
 * Whether a redirect could carry the key to another origin: fetch drops `Authorization` and
 * cookies there, not a header of the spec's own (`x-api-key`). Such requests refuse redirects.
 */
export function keyFollowsRedirects(auth: Operation["auth"]): boolean {
  return !!auth && auth.in === "header" && auth.name !== "authorization";
}

/**
 * The key as Basic credentials, `user:password` in base64 (RFC 7617). A key without `:` is the
 * user name with no password, as APIs that take their key this way (Stripe) read it.
 */
export function basicCredentials(key: string): string {
  return btoa(key.includes(":") ? key : `${key}:`);
}
