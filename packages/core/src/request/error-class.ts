import { APIError } from "../errors/api-error.js";
import type { Operation } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";
import { checkAndRename, type Pass } from "../schema/check-and-rename.js";
import { own } from "../schema/resolve.js";

/**
 * An error answer the spec describes with a component (`404: $ref NotFoundError`) becomes that
 * component's error class (the official SDK's `HonoApiError`), with its body checked and
 * renamed as `data$`; it stays an `APIError` (and `instanceof APIError` holds either way). The
 * status is looked up as written, then as its range (`4XX`). A body that does not match the
 * schema leaves the error as it was: the class promises its `data$`. The body's fields are also
 * set on the error itself, as the official SDK sets them (`error.code`), but those it has already
 * (`message`, `statusCode`, `toString`) and `cause`. Called after the key is scrubbed from the
 * body, so `data$` is clean too.
 *
 * `undefined` when the spec has no such answers, so that bundles carry none of this.
 */
export const asErrorClass = spec.usesErrorClasses
  ? (op: Operation, error: unknown): void => {
      if (!(error instanceof APIError) || !op.errors) return;
      const status = String(error.statusCode);
      const entry = own(op.errors, status) ?? own(op.errors, `${status[0]}XX`);
      if (!entry) return;
      const pass: Pass = { mode: "wire", isFile: () => false, issues: [], files: [] };
      const data = checkAndRename(entry[1], error.body, pass);
      if (pass.issues.length) return;
      Object.setPrototypeOf(error, entry[0].prototype);
      Object.assign(error, { name: entry[0].kind, data$: data });
      if (data && typeof data === "object" && !Array.isArray(data))
        for (const [field, value] of Object.entries(data))
          // (`cause` too: an Error's own, though one made without a cause has none.)
          if (!(field in error) && field !== "cause")
            (error as unknown as Record<string, unknown>)[field] = value;
    }
  : undefined;
