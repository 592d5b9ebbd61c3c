/** The bare, lowercased media type of a Content-Type value, with common aliases folded. */
export function canonicalMediaType(mediaType: string): string {
  const bare = mediaType.split(";")[0]!.trim().toLowerCase();
  return ALIASES[bare] ?? bare;
}

const ALIASES: Record<string, string> = {
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  // Mailgun's spec writes its multipart bodies so (the generator reads it so too).
  "application/form-data": "multipart/form-data",
};

export function isJsonMediaType(mediaType: string): boolean {
  const bare = canonicalMediaType(mediaType);
  return (
    bare === "application/json" ||
    bare === "text/json" ||
    (bare.endsWith("+json") && !isJsonSequence(bare))
  );
}

/**
 * JSON values one after another: NDJSON, JSON Lines (`application/stream+json` is Spring's and
 * Cohere's name for it), or RFC 7464's `json-seq`.
 */
export function isJsonSequence(mediaType: string): boolean {
  return /^application\/(x-ndjson|jsonl|x-jsonl|jsonlines|x-jsonlines|json-seq|stream\+json)$/.test(
    canonicalMediaType(mediaType),
  );
}

export function isEventStream(mediaType: string): boolean {
  return canonicalMediaType(mediaType) === "text/event-stream";
}

/** `encoding[field].contentType` is a comma-separated list, e.g. "image/png, image/jpeg". */
export function parseMediaTypeList(list: unknown): string[] | undefined {
  if (typeof list !== "string") return undefined;
  const types = list
    .split(",")
    .map((t) => canonicalMediaType(t))
    .filter((t) => t !== "");
  return types.length > 0 ? types : undefined;
}

/** Whether a media type matches a pattern: exact, `type/*`, or the full wildcard. */
export function mediaTypeMatches(mediaType: string, pattern: string): boolean {
  const type = canonicalMediaType(mediaType);
  const wanted = canonicalMediaType(pattern);
  if (wanted === "*/*" || wanted === "*") return true;
  if (wanted.endsWith("/*")) return type.startsWith(wanted.slice(0, -1));
  return type === wanted;
}

/**
 * The key of a `content` map a body of this media type is read by: the most specific that
 * matches (`application/json` before `application/*` before `*` + `/*`, § 4.8.14 "the most
 * specific key is applicable").
 */
export function bestMediaKey(keys: string[], mediaType: string): string | undefined {
  const specificity = (key: string) => {
    const wanted = canonicalMediaType(key);
    return wanted === "*/*" || wanted === "*" ? 0 : wanted.endsWith("/*") ? 1 : 2;
  };
  return keys
    .filter((key) => mediaTypeMatches(mediaType, key))
    .sort((a, b) => specificity(b) - specificity(a))[0];
}

// Besides text/*: the structured text formats a body is commonly declared as.
const TEXT_TYPES = new Set([
  "application/xml",
  "application/yaml",
  "application/x-yaml",
  "application/javascript",
  "application/ecmascript",
  "application/graphql",
  "application/sql",
  "application/x-ndjson",
  "application/jsonl",
  "application/jwt",
  "application/jose",
]);

/**
 * Whether a Content-Type stands for text rather than bytes: `text/*`, XML, YAML and a few
 * others, or anything that names a `charset` (only text has one).
 */
export function isTextMediaType(contentType: string): boolean {
  const bare = canonicalMediaType(contentType);
  if (bare.startsWith("text/") || TEXT_TYPES.has(bare) || isJsonSequence(bare)) return true;
  if (bare.endsWith("+xml") || bare.endsWith("+yaml") || bare.endsWith("+jwt")) return true;
  return /;\s*charset=/i.test(contentType);
}
