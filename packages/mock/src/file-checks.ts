import { isSniffable, sniffMediaType } from "./magic.js";
import { canonicalMediaType, mediaTypeMatches } from "./media-type.js";
import type { FilePart } from "./multipart.js";
import type { ValidationErrorDetail } from "./types.js";

export interface FileRules {
  /** Accepted media types (wildcards allowed), or undefined for "anything". */
  allowed: string[] | undefined;
  maxBytes: number | undefined;
}

/** The checks JSON Schema cannot express for a file part: name, size, declared and actual type. */
export function checkFilePart(
  part: FilePart,
  instancePath: string,
  rules: FileRules,
): ValidationErrorDetail[] {
  const errors: ValidationErrorDetail[] = [];
  const fail = (keyword: string, message: string, params: Record<string, unknown>) =>
    errors.push({ location: "body", instancePath, schemaPath: "", keyword, params, message });

  if (!part.filename) {
    fail("filename", "file part must carry a filename", {});
  }
  if (part.size === 0) {
    fail("empty", "file must not be empty", {});
  }
  if (rules.maxBytes !== undefined && part.size > rules.maxBytes) {
    fail("x-max-bytes", `file must not be larger than ${rules.maxBytes} bytes`, {
      limit: rules.maxBytes,
      size: part.size,
    });
  }
  const declared = part.contentType ?? "application/octet-stream";
  if (rules.allowed && !rules.allowed.some((pattern) => mediaTypeMatches(declared, pattern))) {
    fail(
      "contentType",
      `file content type "${declared}" is not one of ${rules.allowed.join(", ")}`,
      { contentType: declared, allowed: rules.allowed },
    );
  }
  if (part.size > 0 && isSniffable(declared)) {
    const actual = sniffMediaType(part.head);
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
