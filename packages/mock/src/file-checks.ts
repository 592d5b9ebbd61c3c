import { bodyError } from "./body-error.js";
import { isSniffable, sniffMediaType } from "./magic.js";
import { canonicalMediaType, mediaTypeMatches } from "./media-type.js";
import type { FilePart } from "./multipart.js";
import type { ValidationErrorDetail } from "./types.js";

export interface FileRules {
  /** Accepted media types (wildcards allowed), or undefined for "anything". */
  allowed: string[] | undefined;
  maxBytes: number | undefined;
}

/** What the byte checks look at: a multipart file part, or a raw request body. */
export interface ReceivedBytes {
  size: number;
  /** The first bytes (magic.ts's MAGIC_BYTES of them). */
  head: Buffer;
  /** The media type it was sent as, or undefined when it was sent without one. */
  contentType: string | undefined;
}

/** The checks JSON Schema cannot express for a file part: name, size, declared and actual type. */
export function checkFilePart(
  part: FilePart,
  instancePath: string,
  rules: FileRules,
): ValidationErrorDetail[] {
  const errors: ValidationErrorDetail[] = [];
  if (!part.filename) {
    errors.push(bodyError(instancePath, "filename", "file part must carry a filename", {}));
  }
  errors.push(...checkBytes(part, instancePath, rules));
  return errors;
}

/** Size, declared type and actual type of bytes that arrived (a file part or a raw body). */
export function checkBytes(
  bytes: ReceivedBytes,
  instancePath: string,
  rules: FileRules,
): ValidationErrorDetail[] {
  const errors: ValidationErrorDetail[] = [];
  const fail = (keyword: string, message: string, params: Record<string, unknown>) =>
    errors.push(bodyError(instancePath, keyword, message, params));

  // No image or document is empty; a field that takes any bytes (no types, a wildcard,
  // application/octet-stream) takes none too.
  const concrete = rules.allowed?.filter(
    (type) => !type.includes("*") && type !== "application/octet-stream",
  );
  if (bytes.size === 0 && concrete?.length) {
    fail("empty", "file must not be empty", {});
  }
  if (rules.maxBytes !== undefined && bytes.size > rules.maxBytes) {
    fail("x-max-bytes", `file must not be larger than ${rules.maxBytes} bytes`, {
      limit: rules.maxBytes,
      size: bytes.size,
    });
  }
  const declared = bytes.contentType ?? "application/octet-stream";
  // `application/octet-stream` is any bytes, as OpenAPI reads it (a binary part's default), not
  // a label the part must carry: Topaz's `contentMediaType: application/octet-stream` images
  // came as `image/jpeg`, as the SDK labels them, and were refused (probe76).
  if (
    rules.allowed &&
    !rules.allowed.some(
      (pattern) =>
        mediaTypeMatches(declared, pattern) ||
        canonicalMediaType(pattern) === "application/octet-stream",
    )
  ) {
    fail(
      "contentType",
      `file content type "${declared}" is not one of ${rules.allowed.join(", ")}`,
      { contentType: declared, allowed: rules.allowed },
    );
  }
  if (bytes.size > 0 && isSniffable(declared)) {
    const actual = sniffMediaType(bytes.head);
    if (actual !== canonicalMediaType(declared)) {
      fail(
        "magic",
        `file bytes are not ${canonicalMediaType(declared)}` +
          (actual ? ` (they look like ${actual})` : ""),
        { declared, detected: actual ?? null },
      );
    }
  }
  return errors;
}
