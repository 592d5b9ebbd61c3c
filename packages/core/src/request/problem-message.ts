import { APIError } from "../errors/api-error.js";
import * as spec from "../generated/schemas.js";

/**
 * The `APIError` of an answer whose body says what went wrong in a shape `APIError` does not
 * read itself, for a spec whose error answers have one (`usesProblemDetails`): RFC 9457's
 * problem details (`detail`, else `title`: Mailchimp's, api.video's), a list of errors
 * (`{ errors: [{ message }] }`: Asana's), or a `description` (Telegram's). Without it the message showed the body's JSON, cut
 * short. The body stays the error's `body`, whole.
 */
export const problemError = spec.usesProblemDetails
  ? (operation: string, response: Response, body: unknown): APIError => {
      const found = problemText(body);
      const error = new APIError(operation, response, found ?? body);
      if (found !== undefined) Object.assign(error, { body });
      return error;
    }
  : undefined;

function problemText(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { message, error, detail, title, errors, problems, description } = body as Record<
    string,
    unknown
  >;
  // (The shapes `APIError` reads itself are its to read.)
  if (typeof message === "string" || error) return undefined;
  if (typeof detail === "string") return detail;
  // (api.video lists its `problems`, each with a `title` that names the field.)
  const list = Array.isArray(errors) ? errors : Array.isArray(problems) ? problems : [];
  const first: unknown = list[0];
  if (typeof first === "string") return first;
  const inner =
    typeof first === "object" && first !== null ? (first as Record<string, unknown>) : {};
  const text = inner.message ?? inner.detail ?? inner.title;
  if (typeof text === "string") return text;
  // Telegram's `{ ok: false, error_code, description }`.
  if (typeof description === "string") return description;
  return typeof title === "string" ? title : undefined;
}
