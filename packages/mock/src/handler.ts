import type { IncomingMessage, ServerResponse } from "node:http";
import { checkAuth } from "./auth.js";
import { parseCookies } from "./cookies.js";
import { BodyTooLargeError, readAtLeast } from "./body.js";
import { applyCors, isPreflight } from "./cors.js";
import { isObject, type SpecDocument } from "./document.js";
import { answerWithFault } from "./fault-responses.js";
import type { Fault, FaultQueue } from "./faults.js";
import { isImageResponseSchema, shapeImageResponse } from "./image-response.js";
import { tinyPng } from "./png.js";
import { headerRecord, queryRecord, toRecordedFile, toRecordedPart } from "./record.js";
import {
  bodyAs,
  bodySchemaPointer,
  emptyBody,
  readRequestBody,
  type ReadBody,
} from "./request-body.js";
import { errorBody, sendJson, summarize } from "./respond.js";
import type { Operation, Router } from "./routes.js";
import {
  canonicalMediaType,
  isEventStream,
  isJsonMediaType,
  isJsonSequence,
} from "./media-type.js";
import { answersJson, isBinaryResponse, sampleBytes } from "./sample-bytes.js";
import { asksForEventStream, type ResponseSynthesizer } from "./synthesize-response.js";
import type { RecordedRequest, ValidationErrorDetail } from "./types.js";
import { parseUrlEncoded, type EncodedPair } from "./urlencoded.js";
import type { Validators } from "./validate.js";

const FILE_ROUTE = /^\/files\/(img_[0-9a-f]+)\.png$/;

export interface HandlerDeps {
  doc: SpecDocument;
  router: Router;
  validators: Validators;
  synthesizer: ResponseSynthesizer;
  faults: FaultQueue;
  baseUrl: () => string;
  record: (request: RecordedRequest) => void;
  /** Keeps a hanging response open until the server closes. */
  hold: (res: ServerResponse) => void;
  sleep: (ms: number) => Promise<void>;
}

/** One request, start to finish: route, fault, auth, body, validation, response, record. */
export class RequestHandler {
  private readonly imageIds = new Set<string>();
  private readonly imageOperations = new Map<Operation, boolean>();
  private counter = 0;

  constructor(private readonly deps: HandlerDeps) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://mock.invalid");
    const method = (req.method ?? "GET").toUpperCase();
    const record: RecordedRequest = {
      operationId: undefined,
      method,
      path: url.pathname,
      query: queryRecord(url.searchParams),
      headers: headerRecord(req),
      contentType: req.headers["content-type"],
      body: undefined,
      files: [],
      parts: [],
      status: 0,
    };
    res.setHeader("x-request-id", `mock_${++this.counter}`);
    applyCors(req, res);

    const match = this.deps.router.match(method, url.pathname, url.search);
    // A plain OPTIONS with no operation of the spec's to serve it is answered as a preflight.
    if (isPreflight(req) || (method === "OPTIONS" && match.kind !== "operation")) {
      res.writeHead(204, { "content-length": "0" });
      return this.finish(record, 204, () => res.end());
    }

    const file = FILE_ROUTE.exec(url.pathname);
    if (file && (method === "GET" || method === "HEAD") && this.imageIds.has(file[1]!)) {
      const png = tinyPng();
      res.writeHead(200, { "content-type": "image/png", "content-length": String(png.length) });
      return this.finish(record, 200, () => res.end(png));
    }

    let operation = match.kind === "operation" ? match.operation : undefined;
    // Twins told apart by a fragment that take different media types (Box's `/schema#add` takes
    // JSON, `#update` JSON Patch): the body is read by the one that takes the request's type.
    const contentType = req.headers["content-type"];
    if (
      match.kind === "operation" &&
      match.twins.length &&
      contentType &&
      bodySchemaPointer(this.deps.doc, match.operation, contentType) === undefined
    )
      operation =
        match.twins.find((twin) => bodySchemaPointer(this.deps.doc, twin, contentType)) ??
        operation;
    record.operationId = operation?.operationId;

    let fault: Fault | undefined = this.deps.faults.take(record.operationId);
    if (fault) record.fault = fault.kind;
    if (fault?.kind === "reset") {
      await readAtLeast(req, fault.afterBytes ?? 1);
      this.deps.record(record);
      req.socket.destroy();
      return;
    }
    if (fault?.kind === "delay") {
      await this.deps.sleep(fault.ms);
      fault = undefined;
    }

    if (!fault) {
      if (!operation) {
        const allow =
          match.kind === "method-not-allowed" ? { allow: match.allowed.join(", ") } : undefined;
        return this.fail(
          res,
          record,
          404,
          "not_found",
          `No operation for ${method} ${url.pathname}`,
          undefined,
          allow,
        );
      }
      const auth = checkAuth(this.deps.doc, operation, req.headers, url.searchParams);
      if (!auth.ok) {
        return this.fail(res, record, 401, "unauthorized", auth.message, undefined, {
          "www-authenticate": 'Bearer realm="orq-mock"',
        });
      }
    }

    let body: ReadBody;
    try {
      body = await readRequestBody(this.deps.doc, req, operation);
    } catch (error) {
      // (req.destroyed says nothing here: a fully read request is auto-destroyed.)
      if (isAbort(error) || res.destroyed || req.socket.destroyed) {
        // The client went away mid-body: nothing to answer, but tests want to see it happened.
        record.errors = [{ message: `request aborted: ${(error as Error).message}` }];
        this.deps.record(record);
        return;
      }
      if (fault) {
        body = emptyBody();
      } else if (error instanceof BodyTooLargeError) {
        return this.fail(res, record, 413, "payload_too_large", error.message);
      } else {
        return this.fail(
          res,
          record,
          400,
          "bad_request",
          `Malformed request body: ${(error as Error).message}`,
        );
      }
    }
    record.body = body.value;
    if (body.raw) record.raw = { contentType: record.contentType ?? "", ...body.raw };
    record.parts = body.parts.map(toRecordedPart);
    record.files = body.parts.flatMap((p) => (p.kind === "file" ? [toRecordedFile(p)] : []));

    if (fault) {
      if (fault.kind === "hang") {
        this.deps.record(record);
        this.deps.hold(res);
        return;
      }
      const status = await answerWithFault(fault, req, res, () => {
        const response = operation
          ? this.successResponse(operation, record)
          : { status: 200, payload: "{}" };
        return { status: response.status, text: response.payload ?? "{}" };
      });
      record.status = status;
      this.deps.record(record);
      return;
    }
    if (!operation) return; // unreachable: handled above, kept for the type checker

    if (body.problem) {
      return this.fail(res, record, body.problem.status, body.problem.code, body.problem.message);
    }
    // Twins told apart only by a fragment (`/chat` and `/chat#stream`, the stream's request has
    // `stream: true`): the first whose request this one fits serves it, as a real server's one
    // handler would. A form is decoded again by each twin's schema (Mistral's multipart
    // transcriptions and their `#stream` twin).
    // (Twins whose templates name the parameters otherwise, Xero's `{AttachmentID}` beside
    // `{FileName}`, are each checked by their own names: by the first's, the second never fit.)
    const pathParamsOf = (candidate: Operation) =>
      (match.kind === "operation" && match.twinPathParams.get(candidate)) ||
      (match.kind === "operation" ? match.rawPathParams : {});
    if (match.kind === "operation" && match.twins.length) {
      const fits = [...new Set([operation, match.operation, ...match.twins])]
        .map((candidate) => ({
          candidate,
          read: bodyAs(this.deps.doc, body, candidate, contentType ?? ""),
        }))
        .find(
          ({ candidate, read }) =>
            !this.validate(req, url, candidate, pathParamsOf(candidate), read, { ...record })
              .length,
        );
      if (fits && fits.candidate !== operation) {
        operation = fits.candidate;
        record.operationId = operation.operationId;
        body = fits.read;
        record.body = body.value;
      }
    }
    const errors = this.validate(
      req,
      url,
      operation,
      operation ? pathParamsOf(operation) : {},
      body,
      record,
    );
    if (errors.length > 0) {
      return this.fail(res, record, 422, "validation_error", summarize(errors), errors);
    }

    const response = this.successResponse(operation, record);
    if (response.payload === undefined) {
      res.writeHead(response.status, { "content-length": "0" });
      return this.finish(record, response.status, () => res.end());
    }
    const payload = response.payload;
    res.writeHead(response.status, {
      "content-type": response.contentType ?? "application/json",
      "content-length": String(Buffer.byteLength(payload)),
    });
    return this.finish(record, response.status, () => res.end(payload));
  }

  private validate(
    req: IncomingMessage,
    url: URL,
    operation: Operation,
    rawPathParams: Record<string, string>,
    body: ReadBody,
    record: RecordedRequest,
  ): ValidationErrorDetail[] {
    const { errors, values } = this.deps.validators.validateParams(operation, {
      query: withoutLiteralQuery(operation, parseUrlEncoded(url.search.slice(1))),
      path: rawPathParams,
      headers: headerRecord(req),
      cookies: parseCookies(req.headers.cookie),
    });
    record.parameters = values;
    const requestBody = this.deps.doc.deref(operation.op.requestBody).value;
    if (!body.present) {
      // (Not on GET or HEAD: fetch cannot send a body with them, so no client could meet it;
      // the SDK's generator reads such a body as optional too.)
      if (
        isObject(requestBody) &&
        requestBody.required === true &&
        operation.method !== "GET" &&
        operation.method !== "HEAD"
      ) {
        errors.push({
          location: "body",
          instancePath: "",
          schemaPath: "",
          keyword: "required",
          params: {},
          message: "request body is required",
        });
      }
      return errors;
    }
    errors.push(...body.errors);
    // A field decoding already refused (a text part where only a file or an object goes) is not
    // reported again by the schema, in its words.
    const refused = new Set(body.errors.map((error) => error.instancePath));
    if (body.schemaPointer)
      errors.push(
        ...this.deps.validators
          .validateBody(body.schemaPointer, body.forValidation, body.multipart)
          .filter((error) => !refused.has(error.instancePath)),
      );
    return errors;
  }

  private successResponse(
    operation: Operation,
    record: RecordedRequest,
  ): { status: number; contentType: string | undefined; payload: string | Buffer | undefined } {
    const base = this.deps.synthesizer.forOperation(
      operation,
      asksForEventStream(record.headers, record.body),
    );
    if (base.contentType === undefined)
      return { status: base.status, contentType: undefined, payload: undefined };
    const schema = base.schemaPointer ? this.deps.doc.get("#" + base.schemaPointer) : undefined;
    if (isBinaryResponse(this.deps.doc, base.contentType, schema)) {
      const { contentType, bytes } = sampleBytes(base.contentType);
      return { status: base.status, contentType, payload: bytes };
    }
    let body = structuredClone(base.body);
    if (this.isImageOperation(operation, base.schemaPointer) && isObject(body)) {
      const request = isObject(record.body) ? record.body : {};
      body = shapeImageResponse(
        body,
        {
          n: request.n,
          responseFormat: request.response_format,
          size: request.size,
          quality: request.quality,
        },
        (id) => `${this.deps.baseUrl()}/files/${id}.png`,
        (id) => this.imageIds.add(id),
      );
    }
    if (isJsonMediaType(base.contentType) || answersJson(this.deps.doc, base.contentType, schema)) {
      const contentType = isJsonMediaType(base.contentType) ? base.contentType : "application/json";
      return { status: base.status, contentType, payload: JSON.stringify(body) };
    }
    if (isEventStream(base.contentType)) {
      return { status: base.status, contentType: "text/event-stream", payload: eventText(body) };
    }
    // NDJSON, JSON Lines, json-seq: an array answer one value per line, any other its one value.
    if (isJsonSequence(base.contentType) && typeof body !== "string") {
      const rs = canonicalMediaType(base.contentType) === "application/json-seq" ? "\x1e" : "";
      const values = Array.isArray(body) ? body : [body];
      return {
        status: base.status,
        contentType: base.contentType,
        payload: values.map((value) => `${rs}${JSON.stringify(value)}\n`).join(""),
      };
    }
    return {
      status: base.status,
      contentType: base.contentType,
      payload: typeof body === "string" ? body : JSON.stringify(body),
    };
  }

  private isImageOperation(operation: Operation, schemaPointer: string | undefined): boolean {
    let known = this.imageOperations.get(operation);
    if (known === undefined) {
      known =
        schemaPointer !== undefined &&
        isImageResponseSchema(this.deps.doc, this.deps.doc.get("#" + schemaPointer));
      this.imageOperations.set(operation, known);
    }
    return known;
  }

  private fail(
    res: ServerResponse,
    record: RecordedRequest,
    status: number,
    code: string,
    message: string,
    details?: ValidationErrorDetail[],
    headers?: Record<string, string>,
  ): void {
    record.errors = details ?? [{ message }];
    this.finish(record, status, () =>
      sendJson(res, status, errorBody(code, message, details), headers),
    );
  }

  /** Records before answering: a client that has its response can already see the record. */
  private finish(record: RecordedRequest, status: number, send: () => void): void {
    record.status = status;
    this.deps.record(record);
    send();
  }
}

function isAbort(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return (
    code === "ECONNRESET" ||
    code === "ERR_STREAM_PREMATURE_CLOSE" ||
    (error as Error)?.message === "aborted"
  );
}

/**
 * The request's query without the pairs its path key carries as literal text (`?beta=true`):
 * those chose the operation and are no parameters of it, unless it also declares one by the name.
 */
function withoutLiteralQuery(operation: Operation, pairs: EncodedPair[]): EncodedPair[] {
  const literal = operation.literalQuery.filter(
    (l) => !operation.parameters.some((p) => p.in === "query" && p.name === l.name),
  );
  if (!literal.length) return pairs;
  return pairs.filter(
    (pair) => !literal.some((l) => l.name === pair.name && l.value === pair.value),
  );
}

/** The fields of one server-sent event (WHATWG HTML § 9.2.6). */
const EVENT_FIELDS = new Set(["data", "event", "id", "retry"]);

/**
 * One server-sent event for a sampled answer. A spec may describe the event (`{ data, event }`,
 * as Speakeasy-style specs do: its fields are written as such) or only its `data` (as OpenAI's
 * does: the whole sample is the data).
 */
function eventText(body: unknown): string {
  const isEvent =
    isObject(body) && "data" in body && Object.keys(body).every((k) => EVENT_FIELDS.has(k));
  // Text is the data as it is, as the SDK reads a `type: string` event (JSON-quoted, it came
  // back with its quotes, probe77), a line of its own per line; anything else is JSON.
  const data = (value: unknown) =>
    (typeof value === "string" ? value : JSON.stringify(value))
      .split(/\r\n|\r|\n/)
      .map((line) => `data: ${line}\n`)
      .join("");
  if (!isEvent) return `${data(body)}\n`;
  const fields = Object.entries(body).filter(([name]) => name !== "data");
  return `${fields.map(([name, value]) => `${name}: ${String(value)}\n`).join("")}${data(body.data)}\n`;
}
