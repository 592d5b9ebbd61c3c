import { isObject, pointerOf, type JsonObject, type SpecDocument } from "./document.js";
import { isEventStream, isJsonMediaType } from "./media-type.js";
import type { Operation } from "./routes.js";
import { SchemaSampler } from "./sample-schema.js";
import { successCode } from "./success-code.js";
import type { Validators } from "./validate.js";

export interface SynthesizedResponse {
  status: number;
  /** The response media type, or undefined for a response without content (e.g. 204). */
  contentType: string | undefined;
  /** The JSON value to send (for JSON and event-stream media types), or text for others. */
  body: unknown;
  /** Pointer of the response schema in the document, when there is one. */
  schemaPointer: string | undefined;
}

/**
 * Builds each operation's success response: status, media type and body. A first pass trusts the
 * spec's examples and takes the first branch of each oneOf/anyOf; only if that value does not
 * validate does a second, strict pass check every example and branch with ajv (slower).
 */
export class ResponseSynthesizer {
  private readonly cache = new Map<Operation, SynthesizedResponse>();
  private readonly streamCache = new Map<Operation, SynthesizedResponse>();

  constructor(
    private readonly doc: SpecDocument,
    private readonly validators: Validators,
  ) {}

  /**
   * The base response of an operation; cached, so callers must clone `body` before changing it.
   * `stream`: the answer as server-sent events, where the operation offers them beside JSON.
   */
  forOperation(operation: Operation, stream = false): SynthesizedResponse {
    const cache = stream ? this.streamCache : this.cache;
    let response = cache.get(operation);
    if (!response) {
      response = this.build(operation, stream);
      cache.set(operation, response);
    }
    return response;
  }

  /** A value for the schema at `pointer`, valid against it whenever the synthesizer manages. */
  sample(pointer: string): unknown {
    const schema = this.doc.get("#" + pointer);
    const validate = this.validators.at(pointer);
    const first = new SchemaSampler(this.doc, this.validators, false).value(schema, 0, []);
    if (!validate || validate(first)) return first;
    return new SchemaSampler(this.doc, this.validators, true).value(schema, 0, []);
  }

  private build(operation: Operation, stream: boolean): SynthesizedResponse {
    const responses = isObject(operation.op.responses) ? operation.op.responses : {};
    const code = successCode(responses);
    const status = code && /^\d+$/.test(code) ? Number(code) : 200;
    if (code === undefined)
      return { status, contentType: undefined, body: undefined, schemaPointer: undefined };

    const { value: response, refs } = this.doc.deref(responses[code]);
    const responsePointer =
      refs.length > 0 ? refs.at(-1)!.slice(1) : `${operation.pointer}/responses/${code}`;
    const content = isObject(response) && isObject(response.content) ? response.content : {};
    const mediaType = pickMediaType(Object.keys(content), stream);
    if (mediaType === undefined || status === 204 || status === 205) {
      return { status, contentType: undefined, body: undefined, schemaPointer: undefined };
    }
    const media = isObject(content[mediaType]) ? content[mediaType] : {};
    const schemaPointer =
      media.schema !== undefined
        ? `${responsePointer}${pointerOf(["content", mediaType, "schema"])}`
        : undefined;

    let body: unknown;
    const mediaExample = firstMediaExample(this.doc, media);
    const validate = schemaPointer ? this.validators.at(schemaPointer) : undefined;
    if (mediaExample !== undefined && (!validate || validate(mediaExample))) body = mediaExample;
    else if (schemaPointer) body = this.sample(schemaPointer);
    // No schema and no example: any JSON value, or some text (`{}` as the text of an HTML page
    // read as no answer, probe65).
    else body = mediaExample ?? (isJsonMediaType(mediaType) ? {} : "sample text");
    return { status, contentType: mediaType, body, schemaPointer };
  }
}

function pickMediaType(types: string[], stream: boolean): string | undefined {
  return (
    (stream ? types.find(isEventStream) : undefined) ??
    types.find((t) => isJsonMediaType(t)) ??
    // (Audio bytes, or a stream of them: a call that asks for no stream gets the bytes.)
    types.find((t) => !isEventStream(t)) ??
    types[0]
  );
}

/**
 * The media's `example`, else the first of its `examples` (a `$ref` to `components/examples`
 * followed). A value that is itself only a local `$ref` (Shutterstock's `value: { $ref:
 * "#/components/schemas/UserDetails/example" }`) is what it points at: answered as written, the
 * mock sent `{"$ref": …}` as the body.
 */
function firstMediaExample(doc: SpecDocument, media: JsonObject): unknown {
  const pointedAt = (value: unknown) =>
    isObject(value) &&
    typeof value.$ref === "string" &&
    Object.keys(value).length === 1 &&
    doc.get(value.$ref) !== undefined
      ? doc.deref(value).value
      : value;
  if (media.example !== undefined) return pointedAt(media.example);
  if (isObject(media.examples)) {
    for (const entry of Object.values(media.examples)) {
      const example = doc.deref(entry).value;
      if (isObject(example) && example.value !== undefined) return pointedAt(example.value);
    }
  }
  return undefined;
}

/**
 * Whether a request asks for server-sent events where its operation answers either way: with
 * `stream: true` in its JSON body (the OpenAI convention, orq's chat completions), or with an
 * `Accept` that names `text/event-stream` and no JSON.
 */
export function asksForEventStream(
  headers: Readonly<Record<string, string>>,
  body: unknown,
): boolean {
  const accept = (headers.accept ?? "").toLowerCase();
  return (
    (isObject(body) && body.stream === true) ||
    (accept.includes("text/event-stream") && !/json|\*\/\*/.test(accept))
  );
}
