import type { FaultControl } from "./faults.js";

export interface MockServerOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** A path to an OpenAPI 3.0/3.1 file (YAML or JSON) or a parsed document; default: the bundled orq.ai spec. */
  spec?: string | object;
  /** Called after each request has been answered and recorded. */
  onRequest?: (request: RecordedRequest) => void;
  /** Keep at most this many requests in `requests` (oldest dropped first); default: unlimited. */
  maxRecordedRequests?: number;
}

export interface RecordedFile {
  /** The form field (part name) as sent. */
  field: string;
  filename: string | undefined;
  /** The part's Content-Type header as sent ("application/octet-stream" when it had none). */
  contentType: string;
  size: number;
  /** Hex SHA-256 of the part's bytes. */
  sha256: string;
  /** The part's headers: names lowercased, values exactly as sent. */
  headers: Record<string, string>;
}

export interface RecordedRaw {
  /** The request's Content-Type as sent. */
  contentType: string;
  size: number;
  /** Hex SHA-256 of the body's bytes. */
  sha256: string;
}

export interface RecordedPart {
  name: string;
  filename?: string;
  contentType?: string;
}

export interface RecordedRequest {
  /** The matched operation, or undefined (unknown route, preflight, a generated image download). */
  operationId: string | undefined;
  method: string;
  /** The URL path, without the query string. */
  path: string;
  query: Record<string, string | string[]>;
  /** Request headers, names lowercased. */
  headers: Record<string, string>;
  contentType: string | undefined;
  /** The decoded body with the field names as sent on the wire; file parts are not in it. */
  body: unknown;
  files: RecordedFile[];
  /** Every multipart (or urlencoded) part, in wire order. */
  parts: RecordedPart[];
  /**
   * A body that is neither JSON nor a form (text, XML, bytes), as it arrived. Text bodies are also
   * in `body` as a string; binary ones are only counted and hashed, never held.
   */
  raw?: RecordedRaw;
  /**
   * The operation's declared parameters as the mock read them (by style, `content` or cookie),
   * by location and declared name, typed by their schemas. Set once the request was validated.
   */
  parameters?: Record<"query" | "path" | "header" | "cookie", Record<string, unknown>>;
  /** The status the mock answered; 0 when it answered nothing (reset and hang faults, aborted uploads). */
  status: number;
  /** Why the request was refused (422 details, or one `{ message }` for other errors). */
  errors?: unknown[];
  /** The fault that answered this request, if one did. */
  fault?: string;
}

/** One ajv-style error, plus where in the request it was found. */
export interface ValidationErrorDetail {
  location: "body" | "query" | "path" | "header" | "cookie";
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message: string;
}

export interface MockServer {
  /** e.g. http://127.0.0.1:4010, no trailing slash. */
  url: string;
  port: number;
  /** Every request received, in arrival order (a live array). */
  requests: RecordedRequest[];
  /** One-shot faults for the SDK's reliability tests. */
  faults: FaultControl;
  /** Forgets recorded requests and pending faults. */
  reset(): void;
  /** Stops listening and ends every open connection, hanging requests included. */
  close(): Promise<void>;
}
