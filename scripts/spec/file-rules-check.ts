/**
 * Multipart file fields of the shipped spec that say nothing about which files they take: no
 * `encoding` `contentType` and no `contentMediaType`. The SDK and the mock then take any bytes,
 * while the published text usually limits them in prose ("a png, webp or jpg file"). An
 * operation added to specs/operations.yaml, or a file field upstream adds, got no rule and no
 * word about it (probe35 F7); `spec:lint` now names each one, and the way to give it a rule.
 */
import { isObject, loadDocument } from "../generate/document.js";
import { collectOperations } from "../generate/transform/collect-operations.js";
import { multipartEncoding } from "../generate/transform/multipart-encoding.js";
import { normalize } from "../generate/transform/normalize.js";

export async function unruledFileFields(specFile: string): Promise<string[]> {
  const doc = normalize(await loadDocument(specFile));
  const problems: string[] = [];
  for (const op of collectOperations(doc)) {
    const body = op.requestBody;
    if (!body || body.mediaType !== "multipart/form-data") continue;
    const { fields, files } = multipartEncoding(doc, body.schema, body.encoding);
    for (const [field, kind] of Object.entries(fields)) {
      // A rule, or an encoding that says "any file" in so many words.
      const declared = body.encoding?.[field];
      const saysAny = isObject(declared) && typeof declared.contentType === "string";
      if (kind !== "file" || files[field] || saysAny) continue;
      problems.push(
        `${op.method.toUpperCase()} ${op.path} (${op.operationId}): the multipart file field ` +
          `"${field}" says no media type, so the SDK and the mock take any file. Add ` +
          `encoding.${field}.contentType for it in specs/overlay.yaml (the types the API takes, ` +
          `or application/octet-stream for any)`,
      );
    }
  }
  return problems;
}
