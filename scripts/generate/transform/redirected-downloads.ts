import { deref, isObject, type Document, type JsonObject } from "../document.js";

/** The redirects fetch follows (RFC 9110 § 15.4), on its own, to where they point. */
const FOLLOWED = /^(30[12378]|3XX)$/i;

/**
 * A GET that answers with a redirect and with no body of its own (GitHub's tarballs and logs:
 * only a 302; Box's download: a 302 to the file, or a 202 while it is not ready) answers, once
 * fetch has followed the redirect, with whatever is there: a file, most often. The spec says
 * nothing of it, so the SDK typed the call `void` and read the file as text, every byte above
 * 0x7F lost without a word. Such a GET gets a 200 of bytes, which the SDK types and hands over
 * as a stream, as it does an answer the spec declares binary. A GET whose success is "no
 * content" (a 204, GitHub's membership check) keeps it.
 */
export function redirectedDownloads(doc: Document, method: string, op: JsonObject): void {
  const responses = op.responses;
  if (method !== "get" || !isObject(responses)) return;
  const statuses = Object.keys(responses);
  // (A 200 beside the redirect that says nothing of a body, Vapi's recordings', `200: {
  // description: "" }` beside `302`, is the same: the SDK typed them `void`, probe84.)
  const ok = deref(doc, responses["200"]);
  if (!statuses.some((s) => FOLLOWED.test(s)) || (ok !== undefined && hasContent(ok))) return;
  const successes = statuses.filter((s) => /^2/.test(s));
  if (successes.some((s) => s === "204" || s === "205")) return;
  if (successes.some((s) => hasContent(deref(doc, responses[s])))) return;
  responses["200"] = {
    ...(isObject(ok) ? ok : {}),
    description: "What the redirect leads to (a file, as bytes).",
    // (Any type: the SDK asks for what is there, `Accept: */*`.)
    content: { "*/*": { schema: { type: "string", format: "binary" } } },
  };
}

/** Whether a response says what its body holds (a non-empty `content`); not a `$ref` left. */
function hasContent(response: unknown): boolean {
  return (
    !isObject(response) || (isObject(response.content) && Object.keys(response.content).length > 0)
  );
}
