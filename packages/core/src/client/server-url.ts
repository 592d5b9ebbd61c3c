import { ValidationError } from "../errors/validation-error.js";

/**
 * `serverURL` (the client's, or one call's) made absolute, without a trailing slash: operations'
 * paths are written after it. A page may give a path such as `/api/orq` (its own backend, which
 * adds the key): that resolves against the page's address, as `fetch` would resolve it.
 * Anywhere without a `location` (Node, Deno without `--location`) the URL must be absolute.
 */
export function absoluteServerURL(serverURL: string | URL, operation: string): string {
  let url: URL | undefined;
  try {
    // (Against the document's base URL, a `<base href>`, as `fetch` resolves it.)
    url = new URL(
      serverURL,
      (globalThis as { document?: { baseURI: string } }).document?.baseURI ??
        globalThis.location?.href,
    );
  } catch {}
  // A user name or password in it (`https://user:pass@host`): fetch refuses to send such a URL,
  // and the secret would sit in the client for every inspection of it to show. A query or a
  // fragment: the path written after it would land in it (`/?tenant=1/v2/…`), or be cut off
  // (`/#x/v2/…` goes to `/`), and the request, key and files, would go somewhere else.
  if (
    !/^https?:$/.test(url?.protocol ?? "") ||
    url!.username ||
    url!.password ||
    /[?#]/.test(url!.href)
  ) {
    const message =
      "serverURL must be an http or https URL without a user name, password, query or fragment, e.g. https://api.orq.ai";
    throw new ValidationError(operation, [{ path: "serverURL", message }]);
  }
  return url!.href.replace(/\/+$/, "");
}
