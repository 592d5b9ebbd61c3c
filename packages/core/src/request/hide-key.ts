import * as spec from "../generated/schemas.js";
import { basicCredentials, cookieValue } from "./place-key.js";

/**
 * `text` with the API key cut out, in every form a request puts it in or a server may echo it
 * back in: as it is, escaped as JSON escapes it, cut short by a message, and (for specs that place keys elsewhere than
 * a bearer header) URL-encoded in a query or cookie, or as Basic credentials.
 */
export function hideKey(text: string, key: string): string {
  // A key of a few characters (the mock's `any`, a local `local`) is no secret, and cut out of
  // every word that holds it, it broke what it was in: `http://[redacted]host` is no URL, and
  // `$inspect()` threw after a call that went well.
  if (key.length < 8) return text;
  const forms = [key, JSON.stringify(key).slice(1, -1)];
  // (One expression, so that a spec of bearer keys only keeps none of it.)
  if (spec.usesOtherAuth)
    forms.push(encodeURIComponent(key), cookieValue(key), basicCredentials(key));
  // A message cut short (`…`: a long body, a long value) may end inside the key: what of it is
  // left goes too. (Three characters or fewer say nothing: `sk-`.)
  for (let end = key.length - 1; end > 3; end--) forms.push(`${key.slice(0, end)}…`);
  return forms.reduce((hidden, form) => hidden.split(form).join("[redacted]"), text);
}
