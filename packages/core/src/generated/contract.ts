// generated — do not edit. Made by scripts/generate from the OpenAPI spec; run `pnpm generate`.
/**
 * The contract between generated code and the SDK runtime: the shapes of the tables the
 * generator writes, and the one method generated functions call. Generated code depends on
 * nothing else, so any spec's output type-checks on its own.
 */

/** JSON Schema types, plus `file` for a binary upload field. */
export type JsonType = "string" | "number" | "integer" | "boolean" | "object" | "array" | "null";
export type NodeType = JsonType | "file";

/**
 * The runtime form of an OpenAPI schema: JSON Schema with the documentation stripped and three
 * additions that types cannot carry: `names` (wire name → the SDK's camelCase name, only where
 * they differ), `type: "file"` with `mediaTypes` and `maxBytes`, and `$ref`s as thunks
 * `() => node`, so that cycles work and unused schemas tree-shake.
 */
export interface SchemaNode {
  readonly type?: NodeType | readonly NodeType[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;

  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;

  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: string;
  /**
   * An answer's string here is read as a `Date`, as the SDK's types say (a `date-time`: see the
   * generator's `readsAsDate`). A request takes a `Date` or the text.
   */
  readonly asDate?: true;

  /** Schemas of the first positions, in order (a tuple); `items` applies to those after them. */
  readonly prefixItems?: readonly SchemaRef[];
  readonly items?: SchemaRef;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  /**
   * At least `minContains` (default 1) and at most `maxContains` items pass this schema
   * (checked in requests only).
   */
  readonly contains?: SchemaRef;
  readonly minContains?: number;
  readonly maxContains?: number;

  /** Keyed by wire name. */
  readonly properties?: { readonly [wire: string]: SchemaRef };
  readonly names?: { readonly [wire: string]: string };
  /** Wire names. */
  readonly required?: readonly string[];
  /** Absent: extra keys pass untouched (requests reject unknown keys of a declared object). */
  readonly additionalProperties?: SchemaRef | boolean;
  /** Regular expression (`u` flag) → the schema of undeclared keys it matches, kept as they are. */
  readonly patternProperties?: { readonly [pattern: string]: SchemaRef };
  /** Wire name → the wire names required when it is given (checked in requests only). */
  readonly dependentRequired?: { readonly [wire: string]: readonly string[] };
  /**
   * Wire name → a schema the object must also pass when that property is given; its properties
   * are then declared with the object's (checked in requests only).
   */
  readonly dependentSchemas?: { readonly [wire: string]: SchemaRef };
  /** The schema every key of the object (its wire name) must pass (checked in requests only). */
  readonly propertyNames?: SchemaRef;
  /**
   * For keys that neither the object nor its allOf parts, pattern properties or applying
   * `then`/`else`/`dependentSchemas` declare: `false` refuses them, a schema checks them
   * (in requests only; `additionalProperties` wins when both are set).
   */
  readonly unevaluatedProperties?: SchemaRef | boolean;
  /** Wire names of properties the server sets (`readOnly`): a request neither needs nor sends them. */
  readonly readOnly?: readonly string[];
  /** Wire names of properties only ever sent (`writeOnly`): an answer need not have them. */
  readonly writeOnly?: readonly string[];
  readonly minProperties?: number;
  readonly maxProperties?: number;

  readonly oneOf?: readonly SchemaRef[];
  readonly anyOf?: readonly SchemaRef[];
  readonly allOf?: readonly SchemaRef[];
  /** The value must not pass this schema (checked in requests only). */
  readonly not?: SchemaRef;
  /**
   * A value that passes `if` must also pass `then`, any other `else` (checked in requests only;
   * written only with one of them). A `$ref` as `then` is a thunk, which makes the node a
   * thenable: never resolve a promise with a node.
   */
  readonly if?: SchemaRef;
  readonly then?: SchemaRef;
  readonly else?: SchemaRef;
  readonly discriminator?: {
    /** Wire name. */
    readonly propertyName: string;
    /**
     * Tag → schema. On a base without `oneOf`/`anyOf` (subtypes extend it with `allOf`), every
     * subtype and the base itself, the implicit ones by component name: the tag picks the schema
     * the value is checked and renamed by.
     */
    readonly mapping?: { readonly [tag: string]: SchemaRef };
  };

  /** Media types a file field accepts (the multipart `encoding.contentType`). */
  readonly mediaTypes?: readonly string[];
  /** The largest file accepted, in bytes (`x-max-bytes`). */
  readonly maxBytes?: number;
}

export type SchemaRef = SchemaNode | (() => SchemaNode);

/** How a multipart field goes on the wire. */
export type FieldEncoding = "file" | "json" | "text";

/** How a value is written into a URL, a header, a cookie or a form (OpenAPI § 4.8.12.4). */
export type Style =
  "matrix" | "label" | "simple" | "form" | "spaceDelimited" | "pipeDelimited" | "deepObject";

/** A style and its options; each absent where it is the default. */
export interface Serialization {
  /** Absent: `simple` in a path or a header, `form` in a query, a cookie or a form body. */
  readonly style?: Style;
  /** Absent: `true` for `form`, `false` for every other style. */
  readonly explode?: boolean;
  /** Query and form values: RFC 3986's reserved characters go as they are. */
  readonly allowReserved?: boolean;
}

export interface Parameter extends Serialization {
  /** Wire name. */
  readonly name: string;
  /** The SDK's camelCase name. */
  readonly sdk: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly schema: SchemaRef;
  /**
   * Written as a media type says (`content`) rather than in a style: `json` as JSON text, `text`
   * as the value's text; either then percent-encoded as its location needs.
   */
  readonly content?: "json" | "text";
  /** The one value the spec allows a required parameter: sent when the call gives none. */
  readonly fixed?: unknown;
}

/** A variable of the spec's servers that a client option sets (`serverVariables`). */
export interface ServerVariable {
  /** The name the server URLs write it by (`{region}`). */
  readonly name: string;
  readonly default: string;
  /** The values the spec allows, where it lists them. */
  readonly enum?: readonly string[];
}

/**
 * What `createOrqClient` (openapi-fetch) is told of an operation (`wireCalls`), where it would
 * otherwise write the body as JSON, send the key as a bearer token and read the answer as JSON.
 */
export interface WireCall {
  /** A form, a JSON sequence (`lines`: an array's items each on a line, or the one value), or a raw body. */
  readonly body?: { readonly mediaType: string; readonly lines?: "each" | "one" };
  /** Where the key goes (see `Operation["auth"]`); `false`: the operation takes none. */
  readonly auth?: Operation["auth"];
  /** openapi-fetch's `parseAs` for an answer that is not JSON: text, or a stream of bytes or events. */
  readonly parseAs?: "text" | "stream";
  /** Query parameters written in a style of their own (`explode: false`), by wire name. */
  readonly query?: {
    readonly [name: string]: Serialization & { readonly content?: "json" | "text" };
  };
}

/** Everything the runtime needs to call one operation. */
export interface Operation {
  readonly operationId: string;
  readonly method: "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
  readonly path: string;
  /**
   * The operation's own server (its path's or its own `servers`, OpenAPI § 4.8.9 and § 4.8.10),
   * variables at their defaults, without a trailing slash; absent where it is the document's.
   * A client given a `serverURL` sends every operation there instead.
   */
  readonly server?: string;
  /** Dotted resource path of the method, e.g. `router.images.edits.create`. */
  readonly sdkName: string;
  readonly parameters?: readonly Parameter[];
  /**
   * With parameters, the request's key for the body when it is not `requestBody`: the
   * camelCase name of the component schema the body is (`updateAlertRequest`), as the official
   * SDK names it.
   */
  readonly bodyKey?: string;
  /**
   * The request's keys, in order, when the client's method takes them as arguments one by one
   * (`agents.update(requestBody, agentKey)`), as the spec asks of the official SDK
   * (`x-speakeasy-max-method-params`).
   */
  readonly positional?: readonly string[];
  /**
   * Where the key goes when not in `Authorization: Bearer <key>`: `false` for an operation that
   * takes none; else the header, query parameter or cookie the spec's `apiKey` scheme names, or
   * `Authorization: Basic <base64 of the key>` (`scheme: "basic"`; the key is `user:password`, or a user name alone).
   */
  readonly auth?:
    | false
    | {
        readonly in: "header" | "query" | "cookie";
        readonly name: string;
        readonly scheme?: "basic";
        /**
         * The word the key goes after in `Authorization`, where the spec's `apiKey` scheme says
         * one (DeepL's `DeepL-Auth-Key`, a `Bearer` scheme written as an `apiKey`), unless the
         * key has a word of its own (`Token …`).
         */
        readonly prefix?: string;
      };
  /**
   * Requirements of several security schemes at once (Plaid's client id, secret and version
   * headers): each set is filled from the client's `credentials`, one value per scheme, placed as
   * `auth` would place a key (`bearer`: as `Authorization: Bearer <value>`). The first set the
   * client has every credential for is sent. `required`: no other requirement can be met (by
   * the one key, or anonymously), so a call without a full set is refused before it is sent.
   */
  readonly credentials?: {
    readonly sets: readonly (readonly {
      readonly securityScheme: string;
      readonly in: "header" | "query" | "cookie";
      readonly name: string;
      readonly scheme?: "basic";
      readonly prefix?: string;
      readonly bearer?: true;
    }[])[];
    readonly required: boolean;
    /**
     * A requirement is `{}`: the call may go with no key. Otherwise a client with `credentials`
     * (none of them for this operation) and no key is refused before sending: they were meant
     * for it and are misplaced, and the call would go with no key.
     */
    readonly anonymous?: true;
  };
  readonly requestBody?: {
    readonly mediaType: string;
    readonly required: boolean;
    readonly schema: SchemaRef;
    /**
     * How each wire field is encoded, where the runtime would not infer it from the value (an
     * object or array as one JSON text part or field, anything else as text). Multipart bodies:
     * a `FieldEncoding`. Form bodies: `json`, or the style the field is written in, as a query
     * parameter would be (the spec's `style`, `explode` or `allowReserved`; `{}` for `form`'s
     * defaults, which write an object as its own fields).
     */
    readonly encoding?: { readonly [wire: string]: FieldEncoding | Serialization };
    /**
     * The multipart file fields that take a value besides a file (Telegram's `photo`: a file, or
     * the file_id of one): text there is that value, never a URL for the runtime to fetch.
     */
    readonly valueToo?: readonly string[];
    /**
     * A JSON sequence body (NDJSON, JSON Lines, `json-seq`): `each` item of the array one JSON
     * text per line, or the `one` value as the only line.
     */
    readonly lines?: "each" | "one";
    /**
     * A multipart body the spec names no fields for (a bare file): the caller's `FormData`, with
     * the fields the API expects, goes as it is.
     */
    readonly formData?: true;
    /**
     * A body of files the spec also takes in this JSON media type: a multipart one with the same
     * fields but the files, or bytes (Deepgram's audio, or `{ url }`). A call without files goes
     * as JSON (where a `null` can go, which a form has not; where an object can, which bytes
     * have not).
     */
    readonly json?: string;
    /**
     * Root fields that allow one value and default to it (Mistral's `stream: true` on its
     * streaming twins), by wire name: sent with it when the call gives none.
     */
    readonly fill?: { readonly [wire: string]: unknown };
  };
  /** The response the method resolves to: the 2XX one, else `default` when the spec has no 2XX. */
  readonly response?: {
    readonly status: string;
    /** `text/event-stream` when the answer is only ever a stream of events. */
    readonly mediaType: string;
    readonly schema?: SchemaRef;
    /**
     * The answer may be (or always is) a stream of server-sent events: each event, `{ data }`
     * with `data` parsed from JSON, is checked and renamed by `schema`; a `data` equal to
     * `sentinel` ends the stream and is not an event.
     */
    readonly stream?: { readonly schema: SchemaRef; readonly sentinel?: string };
    /** A JSON sequence answer (NDJSON, JSON Lines): `each` line an item of the array, or `one`. */
    readonly lines?: "each" | "one";
    /** Every media type it comes in, when that is several and not JSON (`image/jpg, image/png`). */
    readonly accepts?: string;
    /** Text media types a JSON answer may come as instead: asked for, and read as text. */
    readonly textToo?: string;
  };
  /**
   * The other 2XX answers the spec lists (a 202 with a job beside a 200, a 204 beside a 201), by
   * status (`2XX` for the range): an answer with one of these statuses is read by its own entry,
   * `mediaType: ""` for one without a body.
   */
  readonly otherResponses?: {
    readonly [status: string]: {
      readonly mediaType: string;
      readonly schema?: SchemaRef;
      readonly lines?: "each" | "one";
    };
  };
  /**
   * Error answers whose body is a component, by status (`404`, or `4XX` for the range): the
   * error class they are thrown as, and the schema its `data$` is read by.
   */
  readonly errors?: {
    readonly [status: string]: readonly [
      { readonly prototype: object; readonly kind: string },
      SchemaRef,
    ];
  };
  /** Default timeout the spec declares (`x-speakeasy-timeout`), in milliseconds. */
  readonly timeoutMs?: number;
  /**
   * The header the spec declares for an idempotency key (its wire name), optional to give: a
   * call that gives none is sent a random one, the same on every attempt.
   */
  readonly idempotencyKey?: string;
  /**
   * The query parameter (its SDK name) that picks which fields the answer holds (`fields`,
   * `$select`): an answer to a call that gives it is not checked for required fields.
   */
  readonly selects?: string;
  /** How the client's method walks a list's pages (`for await`), when the spec says how. */
  readonly pagination?: Pagination;
}

/**
 * How the page after an answer is asked for: its query parameter (SDK name) takes the answer's
 * `next` field or else the last item's id (`after`), the answer's `next` cursor (`cursor`), the
 * next page number (`page`, from `first`, default 1) or the count of items read so far
 * (`offset`). Paths are the SDK's names of the answer's fields; `items: []` is the answer itself.
 * The walk ends at an empty page, when `more` is false (or, a `page` or `offset` walk's link to
 * the next page, `null`), or at `total` pages (`page`) or items (`offset`).
 */
export interface Pagination {
  readonly kind: "after" | "cursor" | "page" | "offset";
  readonly param: string;
  readonly items: readonly string[];
  readonly next?: readonly string[];
  /** `after` without `next`: the items' id field, when not `id`. */
  readonly key?: string;
  /**
   * `after`: the parameter that walks the other way (`endingBefore`); a call that gives it walks
   * back, by the answer's `prev` cursor or else the first item's `key`.
   */
  readonly before?: string;
  readonly prev?: readonly string[];
  readonly more?: readonly string[];
  readonly total?: readonly string[];
  readonly first?: number;
}

/**
 * An answer that is a stream of server-sent events, each `{ data }` (plus `event`, `id` and
 * `retry` when the server sends them): read it with `for await`, or as the web `ReadableStream`
 * it is. Leaving the loop early, or `cancel()`, closes the response.
 */
export type EventStream<T> = ReadableStream<T> & AsyncIterable<T>;

/**
 * An answer of bytes (`audio/mpeg`, a PDF, a download), as the SDK resolves it: a web
 * `ReadableStream` that `for await` reads in every runtime, Safari's too (whose streams are not
 * async-iterable), and a TypeScript project whose `lib` has only `DOM` (whose `ReadableStream`
 * type is not).
 */
export type ByteStream = ReadableStream<Uint8Array> & AsyncIterable<Uint8Array>;

/**
 * What a standalone function resolves to: check `ok`, or destructure (`const { value, error }`),
 * as with the official SDK: the other branch's field is typed as never there.
 */
export type Result<T, E> =
  | { readonly ok: true; readonly value: T; readonly error?: never }
  | { readonly ok: false; readonly error: E; readonly value?: never };

/**
 * The HTTP exchange behind a call, as the official SDK's `$inspect()` reports it: `complete`
 * when an answer came (2XX or not; its body has been read), `request-error` when the last
 * request got no answer (connection, timeout, abort), `invalid` when nothing was sent (the
 * request broke a rule). After retries, the last attempt's. The request is the one sent,
 * without its body, and with the API key replaced by `[redacted]`.
 */
export type APICall =
  | { readonly status: "complete"; readonly request: Request; readonly response: Response }
  | { readonly status: "request-error"; readonly request: Request; readonly response?: undefined }
  | { readonly status: "invalid"; readonly request?: undefined; readonly response?: undefined };

/**
 * What a standalone function returns: a promise of its result that can also report the HTTP
 * exchange behind it (a response header such as a request id, the status), as in the official
 * SDK: `const [result, call] = await routerImagesEditsCreate(orq, request).$inspect()`.
 */
export interface APIPromise<T> extends Promise<T> {
  $inspect(): Promise<[T, APICall]>;
}

/**
 * What a list method returns: a promise of its first page, as any method's, that `for await`
 * also walks item by item, asking for each next page as the loop reaches it (as openai-node's
 * lists do). `pages()` walks the pages themselves, this one first.
 */
export interface PagePromise<Page, Item> extends Promise<Page>, AsyncIterable<Item> {
  pages(): AsyncIterable<Page>;
}

/** What a generated function needs from a client: the runtime pipeline for one operation. */
export interface OperationCaller<Options, Error> {
  callOperation(
    operation: Operation,
    request: unknown,
    options?: Options,
  ): APIPromise<Result<unknown, Error>>;
}

/**
 * What an upload field takes in every runtime. Runtime packages accept more (a path through
 * `fileFromPath`, a canvas, …) by turning it into one of these.
 * Node's `Readable` is an `AsyncIterable<Uint8Array>`.
 */
export type FileContent =
  Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** The content alone, or the official SDK's `{ fileName, content }`. */
export type FileInput = FileContent | { fileName: string; content: FileContent };

/** openapi-typescript's markers around `readOnly` and `writeOnly` properties, matched by shape. */
type ReadOnlyMarker = { readonly $read: unknown };
type WriteOnlyMarker = { readonly $write: unknown };

/**
 * A request's type, for specs with `readOnly`/`writeOnly` properties: the read-only ones gone
 * (`?: never`: the server sets them), the write-only ones as they are.
 */
export type RequestShape<T> = T extends FileContent | Date
  ? T
  : T extends ReadOnlyMarker
    ? never
    : T extends { readonly $write: infer U }
      ? RequestShape<U>
      : T extends readonly (infer E)[]
        ? RequestShape<E>[]
        : T extends object
          ? {
              [K in keyof T as NonNullable<T[K]> extends ReadOnlyMarker ? never : K]: RequestShape<
                T[K]
              >;
            } & { [K in keyof T as NonNullable<T[K]> extends ReadOnlyMarker ? K : never]?: never }
          : T;

/** An answer's type, for such specs: the write-only properties gone, the read-only ones as they are. */
export type ResponseShape<T> = T extends Blob | Date | ReadableStream
  ? T
  : T extends WriteOnlyMarker
    ? never
    : T extends { readonly $read: infer U }
      ? ResponseShape<U>
      : T extends readonly (infer E)[]
        ? ResponseShape<E>[]
        : T extends object
          ? {
              [
                K in keyof T as NonNullable<T[K]> extends WriteOnlyMarker ? never : K
              ]: ResponseShape<T[K]>;
            }
          : T;
