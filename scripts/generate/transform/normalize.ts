import { openJsonSchemaValues } from "./json-schema-values.js";
import {
  componentRef,
  componentSchemas,
  deref,
  eachObject,
  followRef,
  isObject,
  pathItems,
  type Document,
  type Json,
  type JsonObject,
} from "../document.js";
import { JSON_SEQUENCE, JSON_TYPE, sequenceOf, successStatuses } from "./collect-operations.js";
import { ANNOTATIONS } from "./schema-nodes.js";
import { inlineDeepRefs } from "./inline-deep-refs.js";
import { matchTemplateParameters } from "./template-parameters.js";
import { mistypedKeywords } from "./mistyped-keywords.js";
import { typeNames } from "./type-names.js";
import { untypedMultipartFields } from "./untyped-multipart-fields.js";
import { cutUnguardedCycles } from "./unguarded-cycles.js";
import { redirectedDownloads } from "./redirected-downloads.js";
import { fernStreaming } from "./fern-streaming.js";
import { sentinelEvents } from "./sentinel-events.js";
import { dropUnsendableBody } from "./bodies-fetch-cannot-send.js";
import { dropWebSocketOperations } from "./websocket-operations.js";
import { dropSharedOperationIds } from "./shared-operation-ids.js";
import { undeclaredSchemes } from "./undeclared-schemes.js";

/**
 * Media types whose body is text the spec's schema describes, not bytes: besides text, forms,
 * JSON and XML, a JWT (`application/jwt`, Okta's `application/secevent+jwt`) and JOSE.
 */
const TEXTUAL =
  /^(text\/|multipart\/|application\/(x-www-form-urlencoded|([\w.+-]+\+)?(json|xml|jwt)|jose)\b)/;

/**
 * A copy of the document in which two spellings that mean the same are written one way, so the
 * runtime tables and openapi-typescript (which knows only the first of each) agree:
 *
 * - a `$ref` into the middle of a schema or an operation is a copy of what it points at (see
 *   `inlineDeepRefs`), before anything below rewrites what it points into;
 * - an operationId the spec gives several operations is taken from them all, so that each is
 *   named by its path (see `dropSharedOperationIds`);
 * - a security requirement that names a scheme the document does not declare is read as its
 *   one scheme, or left out (see `undeclaredSchemes`);
 * - a discriminator `mapping` value that is a bare component name (§ 4.8.25.1: "`mapping`
 *   values MAY be schema names or references") becomes `#/components/schemas/<name>`;
 * - a request or response body of a binary media type (anything but text, JSON, XML and forms)
 *   without a `schema` (3.1 § 4.8.14.3, "Considerations for File Uploads":
 *   `application/octet-stream: {}`), with an empty one (`schema: {}`) or with a bare
 *   `{ type: string }` gets the 3.0 spelling of bytes, `{ type: string, format: binary }`: a
 *   file to send, a Blob to receive;
 * - a `text/event-stream` schema that describes each event's `data` alone (OpenAI's
 *   `$ref: CreateChatCompletionStreamResponse`) is wrapped as the event, `{ data: <schema> }`,
 *   the way Speakeasy-style specs (the orq spec) write it: an object of the SSE fields (`data`,
 *   `event`, `id`, `retry`) with `data`;
 * - a success answer of text (`text/plain`, XML) whose schema is no string is typed as the
 *   string the SDK returns, and one of JSON that names no schema is any value (see
 *   `answerAsRead`);
 * - a property an object schema requires but does not declare (`required: [call_id]` beside
 *   `properties: { type }`, as OpenAI writes some) is declared, as `{}` (any value): JSON
 *   Schema lets such a property be anything, and declared it gets its camelCase name both in
 *   the types and in the runtime, which would otherwise refuse it as "not a known field";
 * - an `allOf` part that refers to a tagged union is that union as a `oneOf` of one (see
 *   `taggedUnionParts`);
 * - a request body in a sequential media type given by 3.2's `itemSchema` alone is the array of
 *   its items (see `sequenceItems`), and an answer in one is the array of its values (see
 *   `sequenceAnswers`);
 * - a parameter listed twice in one list (same name and location, which § 4.8.9.1 forbids but
 *   specs have) is listed once, as its last listing, which is the one the runtime reads: the
 *   types would otherwise declare the name twice and fail to compile;
 * - a request body on GET or HEAD, which fetch cannot send, is left out (see
 *   `dropUnsendableBody`), and so is an operation that only opens a WebSocket (see
 *   `dropWebSocketOperations`);
 * - a path's template and its path parameters are made to agree (see `matchTemplateParameters`);
 * - a schema that reaches itself without going down a level (`Loop: { allOf: [$ref Loop] }`)
 *   has that reference cut (see `cutUnguardedCycles`);
 * - a `oneOf` or `anyOf` of constants alone is the `enum` of them (see `constantChoices`);
 * - an `enum` with values of another `type` than its own is read as its values say (see
 *   `enumOfOtherType`), and `type: "null"` beside a union as that union or null (see
 *   `nullTypeBesideUnion`);
 * - a multipart field whose schema says nothing of its values is a file or any value (see
 *   `untypedMultipartFields`);
 * - a `type` that is no JSON Schema type name (`bool`, `int`, `String`, `file`) is read as
 *   meant, or left out (see `typeNames`);
 * - a schema keyword written with a value of the wrong type (`pattern: 0`, `maxLength: "10"`)
 *   is read as meant, or left out (see `mistypedKeywords`);
 * - a body's or an answer's media type written with parameters or capitals
 *   (`application/x-www-form-urlencoded;charset=UTF-8`, `Application/JSON`) is written bare and
 *   in lower case, and one misspelt (`application/form-data`) as meant (see
 *   `canonicalMediaTypes`);
 * - an operation that streams by Fern's `x-fern-streaming` alone gets the stream in its answer's
 *   content (see `fernStreaming`);
 * - an object whose declared fields are JSON Schema's keywords is a schema the caller writes,
 *   open to the rest of them (see `openJsonSchemaValues`);
 * - an event of a union that is the stream's end (`{ data: "[DONE]" }`) is its sentinel, not
 *   one of its events (see `sentinelEvents`).
 */
export function normalize(input: Document): Document {
  const doc = structuredClone(input);
  inlineDeepRefs(doc);
  dropSharedOperationIds(doc);
  undeclaredSchemes(doc);
  matchTemplateParameters(doc);
  typeNames(doc);
  mistypedKeywords(doc);
  const schemaNames = new Set(Object.keys(componentSchemas(doc)));
  const declaredAround = declaredByEnclosingObjects(doc);
  eachObject(doc, (at) => {
    if (isObject(at.discriminator) && isObject(at.discriminator.mapping))
      bareMappings(at.discriminator.mapping, schemaNames);
    declareRequired(at, declaredAround.get(at));
    nullableParts(at);
    nullableReference(at);
    taggedUnionParts(doc, at);
    constantChoices(at);
    enumOfOtherType(at);
    nullTypeBesideUnion(at);
    openJsonSchemaValues(at);
  });
  const components = isObject(doc.components) ? doc.components : {};
  // (A path item written as a `$ref` is normalized where it is, once however often it is used.)
  for (const item of new Set(pathItems(doc).map(([, item]) => item))) {
    uniqueParameters(doc, item);
    dropWebSocketOperations(item);
    for (const [method, op] of Object.entries(item)) {
      if (!isObject(op)) continue;
      uniqueParameters(doc, op);
      dropUnsendableBody(method, op);
      redirectedDownloads(doc, method, op);
      fernStreaming(doc, op);
      if (isObject(op.requestBody)) {
        inlineContentRef(doc, op.requestBody);
        canonicalMediaTypes(op.requestBody);
        sequenceItems(op.requestBody.content);
        binaryBodies(op.requestBody.content);
        untypedMultipartFields(doc, op.requestBody.content);
      }
      for (const response of Object.values(isObject(op.responses) ? op.responses : {}))
        if (isObject(response)) {
          inlineContentRef(doc, response);
          canonicalMediaTypes(response);
          sequenceAnswers(doc, response.content);
          binaryBodies(response.content);
          sentinelEvents(doc, response);
          eventEnvelopes(doc, response.content);
        }
    }
  }
  for (const group of [components.requestBodies, components.responses])
    for (const body of Object.values(isObject(group) ? group : {}))
      if (isObject(body)) {
        inlineContentRef(doc, body);
        canonicalMediaTypes(body);
        sequenceItems(body.content);
        binaryBodies(body.content);
        untypedMultipartFields(doc, body.content);
      }
  for (const response of Object.values(isObject(components.responses) ? components.responses : {}))
    if (isObject(response)) {
      sequenceAnswers(doc, response.content);
      sentinelEvents(doc, response);
      eventEnvelopes(doc, response.content);
    }
  // Once every content map is written one way (inlined, its media types canonical), shared
  // answers' too.
  for (const item of new Set(pathItems(doc).map(([, item]) => item)))
    for (const op of Object.values(item))
      if (isObject(op) && isObject(op.responses))
        for (const status of successStatuses(op.responses))
          answerAsRead(doc, deref(doc, op.responses[status]));
  cutUnguardedCycles(doc);
  return doc;
}

/**
 * A body's or an answer's whole `content` map written as one `$ref` (Lob's, to its own
 * `components.mediaTypes`): OpenAPI has no such reference, but the intent is plain, and read as
 * written the map had one media type, named `$ref`. The map it points at takes its place.
 */
function inlineContentRef(doc: Document, holder: JsonObject): void {
  const content = holder.content;
  if (!isObject(content) || typeof content.$ref !== "string") return;
  let target: Json;
  try {
    target = followRef(doc, content.$ref);
  } catch {
    return;
  }
  if (isObject(target)) holder.content = structuredClone(target);
}

/**
 * Media types no registry knows, written for one that is (Mailgun's `application/form-data`
 * for its multipart bodies: taken for bytes, the method refused the object its types asked
 * for, "must be a file or text"; probe75).
 */
const MISSPELT_MEDIA_TYPES: Readonly<Record<string, string>> = {
  "application/form-data": "multipart/form-data",
};

/**
 * Media types are case-insensitive and their parameters say nothing of the body's shape (RFC
 * 9110 § 8.3.1): Spring writes `application/x-www-form-urlencoded;charset=UTF-8`, some specs
 * `Application/JSON`, and every rule of the generator and the runtime that knows a form, a
 * multipart body or JSON by its name missed them (such a body was taken for raw bytes, so the
 * method refused every call its types allowed). Each key is written as `type/subtype` in lower
 * case, in its place, unless another key is already that (the first keeps it).
 */
function canonicalMediaTypes(holder: JsonObject): void {
  const content = holder.content;
  if (!isObject(content)) return;
  const keys = Object.keys(content);
  const bare = (key: string) => {
    const name = key.split(";")[0]!.trim().toLowerCase();
    return MISSPELT_MEDIA_TYPES[name] ?? name;
  };
  if (keys.every((key) => bare(key) === key)) return;
  const taken = new Set(keys.filter((key) => bare(key) === key));
  const out: JsonObject = {};
  for (const key of keys) {
    const name = bare(key) !== key && bare(key) && !taken.has(bare(key)) ? bare(key) : key;
    taken.add(name);
    out[name] = content[key]!;
  }
  holder.content = out;
}

/**
 * A `oneOf` or `anyOf` whose every branch is only a `const` or an `enum` (with its `title` or
 * `description`), as Discord writes most of its enums (`oneOf: [{ const: users }, { const:
 * roles }, …]`), is the `enum` of their values: it takes the same values, and a value it
 * refuses is then told every one ("must be one of users, roles, everyone"), not the first
 * branch's alone. Not where a `oneOf`'s branches share a value (which `oneOf` refuses), nor beside
 * an `enum` or `const` of the schema's own.
 */
function constantChoices(schema: JsonObject): void {
  if (schema.enum !== undefined || schema.const !== undefined) return;
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches) || branches.length < 2) continue;
    const values: Json[] = [];
    for (const branch of branches) {
      if (!isObject(branch)) return;
      const own = Object.keys(branch).filter((k) => k !== "title" && k !== "description");
      if (own.length !== 1) return;
      if (own[0] === "const") values.push(branch.const!);
      else if (own[0] === "enum" && Array.isArray(branch.enum)) values.push(...branch.enum);
      else return;
    }
    const distinct = new Map(values.map((v) => [JSON.stringify(v), v]));
    if (keyword === "oneOf" && distinct.size < values.length) return;
    schema.enum = [...distinct.values()];
    delete schema[keyword];
    return;
  }
}

/**
 * `allOf: [$ref Link, { nullable: true }]` (Box's `shared_link`, `parent`, `classification`: 8
 * times): a part that says nothing but `nullable` is meant for the whole, as `nullable` beside
 * the parts is read (strictly, that part alone allows anything, and the others still refused
 * the `null` Box answers and takes to remove a link). A `{ nullable: false }` part says nothing
 * and goes too. (The mock reads it the same way.)
 */
function nullableParts(schema: JsonObject): void {
  if (!Array.isArray(schema.allOf)) return;
  const onlyNullable = (part: unknown) =>
    isObject(part) && Object.keys(part).length === 1 && typeof part.nullable === "boolean";
  if (!schema.allOf.some(onlyNullable)) return;
  if (schema.allOf.some((part) => onlyNullable(part) && (part as JsonObject).nullable))
    schema.nullable = true;
  schema.allOf = schema.allOf.filter((part) => !onlyNullable(part));
  if (!schema.allOf.length) delete schema.allOf;
}

/**
 * `type: "null"` beside a `oneOf` or `anyOf` (Vercel's `aliasAssigned: { oneOf: [number,
 * boolean], type: "null" }`, 17 of its schemas): read strictly, no value is valid (null is none
 * of the branches), and the runtime took null alone while the API answers numbers and objects.
 * What the author meant is the union, or null: written so (the mock reads it the same way).
 */
function nullTypeBesideUnion(schema: JsonObject): void {
  const onlyNull =
    schema.type === "null" ||
    (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === "null");
  if (!onlyNull || (!Array.isArray(schema.oneOf) && !Array.isArray(schema.anyOf))) return;
  const { type: _null, description, title, ...union } = schema;
  for (const key of Object.keys(schema)) delete schema[key];
  if (description !== undefined) schema.description = description;
  if (title !== undefined) schema.title = title;
  schema.anyOf = [union, { type: "null" }];
}

/**
 * An `enum` none of whose values is of the schema's `type` (NestJS's `@ApiProperty({ enum })`
 * left at `type: object` over strings): read strictly, no value is valid, and openapi-typescript
 * stopped the whole generation on it. The values are what the API takes, so the type becomes
 * theirs (the mock reads it the same way). Where some values are of the type, the others are
 * dropped instead.
 */
function enumOfOtherType(schema: JsonObject): void {
  const { enum: values, type } = schema;
  if (!Array.isArray(values) || !values.length || type === undefined) return;
  const dropped = droppedEnumValues(schema);
  if (dropped) {
    if (dropped.length) schema.enum = values.filter((value) => !dropped.includes(value));
    // A listed `null` beside values of the type (Together's `level: { type: string, enum:
    // [null, info, …] }`) says the value may be null, as 3.0's `nullable` would: the API sends
    // it, and an answer holding it was refused.
    const declared = [type].flat();
    if (values.includes(null) && !declared.includes("null")) schema.type = [...declared, "null"];
    return;
  }
  const own = [...new Set(values.map(kindOf))];
  schema.type = own.length === 1 ? own[0]! : own;
}

/**
 * The values of an `enum` that are not of the schema's `type`, where some are (Plaid's
 * `type: string, enum: [4.1, "3_lite"]`, Shutterstock's `[43, 169, "nonstandard"]`): they can
 * never be valid, and the runtime refuses them, so they are dropped (`pnpm generate` says
 * which). `undefined` where none is of the type, or there is no type to judge by. A `null` is
 * never dropped: it makes the schema nullable (see `enumOfOtherType`).
 */
export function droppedEnumValues(schema: JsonObject): Json[] | undefined {
  const { enum: values, type } = schema;
  if (!Array.isArray(values) || !values.length || type === undefined) return undefined;
  const declared = [type].flat();
  const fits = (kind: string) =>
    declared.includes(kind) || (kind === "integer" && declared.includes("number"));
  const kinds = values.map(kindOf);
  if (!kinds.some(fits)) return undefined;
  return values.filter((_, i) => !(fits(kinds[i]!) || kinds[i] === "null"));
}

/** A JSON value's type as a schema names it (`integer` for a whole number). */
function kindOf(value: Json): string {
  return value === null
    ? "null"
    : Array.isArray(value)
      ? "array"
      : typeof value === "number"
        ? Number.isInteger(value)
          ? "integer"
          : "number"
        : typeof value;
}

/**
 * An `allOf` part that is a reference to a tagged union (`allOf: [Base, { $ref: Method }]`, with
 * `Method: { oneOf: [Card, Bank], discriminator }`; utoipa's and Pydantic's `allOf: [$ref]`
 * that adds a description or `nullable`) becomes `{ oneOf: [{ $ref: Method }] }`, the same
 * schema. openapi-typescript reads an `allOf` reference to a schema with a discriminator as a
 * subtype extending its base, and writes `Omit<Method, "kind">`: the tag, and (a union having
 * no common properties) every branch's fields, were gone from the type. A base that subtypes
 * extend (a discriminator and no union) stays as it is.
 */
function taggedUnionParts(doc: Document, schema: JsonObject): void {
  if (!Array.isArray(schema.allOf)) return;
  schema.allOf = schema.allOf.map((part) => {
    if (!isObject(part) || typeof part.$ref !== "string" || Object.keys(part).length !== 1)
      return part;
    const target = deref(doc, part);
    const branches = isObject(target) ? (target.oneOf ?? target.anyOf) : undefined;
    if (!isObject(target) || target.discriminator === undefined || !Array.isArray(branches))
      return part;
    // A base whose union lists its own subtypes (`Pet: oneOf: [Cat, Dog]`, each `allOf: [Pet]`):
    // the reference is a subtype's to its base, which openapi-typescript reads right.
    const extendsIt = branches.some((branch) => {
      const subtype = deref(doc, branch);
      return (
        isObject(subtype) &&
        Array.isArray(subtype.allOf) &&
        subtype.allOf.some((p) => isObject(p) && p.$ref === part.$ref)
      );
    });
    return extendsIt ? part : { oneOf: [part] };
  });
}

/**
 * `nullable: true` beside a `$ref` (Intercom's `ai_agent`, Front's), read as "this, or null":
 * the reference becomes an `allOf` of one, which `nullable` applies to (see `nullable-ref`).
 * OpenAPI 3.0 says the siblings of a `$ref` are ignored, but the APIs that write this send
 * `null` there, and the mock, like most tools, takes it so: refusing it made their answers fail.
 */
function nullableReference(schema: JsonObject): void {
  if (typeof schema.$ref !== "string" || schema.nullable !== true) return;
  schema.allOf = [{ $ref: schema.$ref }, ...(Array.isArray(schema.allOf) ? schema.allOf : [])];
  delete schema.$ref;
}

/**
 * Declares the required properties an object schema leaves out, where nothing else can declare
 * them: not beside a union or `allOf` of its own, whose branches or parts may (a part's own
 * `{}` would still lose to the real schema another part declares: the first one found wins),
 * nor where the object the schema is a branch or part of declares them (`declared`).
 */
function declareRequired(schema: JsonObject, declared?: ReadonlySet<string>): void {
  const { properties, required } = schema;
  if (!isObject(properties) || !Array.isArray(required)) return;
  if (schema.oneOf || schema.anyOf || schema.allOf) return;
  for (const name of required)
    if (typeof name === "string" && !Object.hasOwn(properties, name) && !declared?.has(name))
      properties[name] = {};
}

/**
 * For each inline branch of a `oneOf`/`anyOf` and each inline `allOf` part, the properties the
 * object around it declares (its own, and its inline `allOf` parts'). A branch that only
 * requires one of them (GitHub's check run update: `conclusion`, a string enum of the object,
 * required by the `anyOf` branch for `status: completed`) must not declare it as `{}`: merged
 * with the object, the branch's schema wins, and any value was taken.
 */
function declaredByEnclosingObjects(doc: Document): Map<JsonObject, Set<string>> {
  const around = new Map<JsonObject, Set<string>>();
  eachObject(doc, (at) => {
    const parts = Array.isArray(at.allOf) ? at.allOf.filter(isObject) : [];
    const names = new Set<string>();
    for (const holder of [at, ...parts])
      if (isObject(holder.properties))
        for (const name of Object.keys(holder.properties)) names.add(name);
    if (!names.size) return;
    for (const key of ["oneOf", "anyOf", "allOf"] as const)
      for (const branch of Array.isArray(at[key]) ? at[key] : [])
        if (isObject(branch))
          around.set(branch, new Set([...(around.get(branch) ?? []), ...names]));
  });
  return around;
}

function bareMappings(mapping: JsonObject, components: Set<string>): void {
  for (const [tag, target] of Object.entries(mapping)) {
    if (typeof target === "string" && !target.includes("/") && components.has(target)) {
      mapping[tag] = componentRef(target);
    }
  }
}

/**
 * OAS 3.2 describes a sequential media type (`application/jsonl`, `x-ndjson`, `json-seq`) by the
 * `itemSchema` of its items. Without a `schema`, the body is the array of them.
 */
function sequenceItems(content: Json | undefined): void {
  for (const media of Object.values(isObject(content) ? content : {}))
    if (isObject(media) && media.schema === undefined && media.itemSchema !== undefined)
      media.schema = { type: "array", items: media.itemSchema };
}

/**
 * An answer in a sequential media type (NDJSON, JSON Lines, `json-seq`) is a list of values: by
 * 3.2's `itemSchema` (`sequenceItems`), or, in the 3.0 and 3.1 specs this generator reads, by a
 * `schema` that describes one value (Ollama's and Cohere's streams: `application/x-ndjson:
 * { schema: $ref Delta }` is each line's; those versions have no other way to say it). Read as
 * one value, an answer of three lines was refused ("got an array of 3"); it is the array of them.
 * A schema of an array already says so, and one of text is text (`sequenceOf`).
 */
function sequenceAnswers(doc: Document, content: Json | undefined): void {
  sequenceItems(content);
  for (const [mediaType, media] of Object.entries(isObject(content) ? content : {})) {
    if (!isObject(media) || media.schema === undefined || !JSON_SEQUENCE.test(mediaType)) continue;
    let lines: ReturnType<typeof sequenceOf>;
    try {
      lines = sequenceOf(doc, media.schema);
    } catch {
      continue;
    }
    if (lines === "one") media.schema = { type: "array", items: media.schema };
  }
}

/** Whether a schema keyword describes and says nothing of the value (vendor extensions too). */
const annotates = (key: string): boolean => ANNOTATIONS.has(key) || key.startsWith("x-");

function binaryBodies(content: Json | undefined): void {
  for (const [mediaType, media] of Object.entries(isObject(content) ? content : {})) {
    if (!isObject(media) || TEXTUAL.test(mediaType)) continue;
    const schema = media.schema;
    // No schema, `{}` (Jira's avatar uploads under `*/*`) or a bare string: nothing but bytes.
    // One of `format: byte` is read both ways, as specs mean both: the bytes themselves (Xero's
    // attachments under `application/octet-stream`), or their base64 text (Spotify's playlist
    // covers under `image/jpeg`): a file goes as its bytes, a text (checked as base64) as it is.
    const says = isObject(schema) ? Object.keys(schema).filter((key) => !annotates(key)) : [];
    const bare =
      isObject(schema) && (!says.length || (schema.type === "string" && says.join() === "type"));
    const base64 =
      isObject(schema) &&
      schema.type === "string" &&
      says.length === 2 &&
      says.includes("format") &&
      schema.format === "byte";
    if (schema === undefined || bare) media.schema = { type: "string", format: "binary" };
    else if (base64)
      media.schema = { anyOf: [{ type: "string", format: "binary" }, { ...schema }] };
  }
}

/**
 * A success answer's schema as the SDK reads the answer:
 * - JSON that names no schema, or an empty one (a 202's JSON given by its example alone), is
 *   still a body, of any value (`{}`, which the runtime tables leave out: read as it comes, or
 *   nothing). A schema that allows any value says no more: 3.1's `true`, a `$ref` to a schema of
 *   annotations alone, and 3.0's `nullable` with no type (probe66).
 * - Text (`text/plain`, HTML, XML) is returned as it came, so it is a string whatever its schema
 *   says: none (ElevenLabs' HTML document), or an object (Swashbuckle writes `text/plain` with
 *   the JSON answer's schema; probe69) or a number. Read as no answer it was typed `void`, and
 *   as its schema an object whose fields compiled and were `undefined` at run time.
 * Event streams, forms and JSON sequences are read by their own rules.
 */
function answerAsRead(doc: Document, response: Json | undefined): void {
  if (!isObject(response) || !isObject(response.content)) return;
  for (const [mediaType, media] of Object.entries(response.content)) {
    if (!isObject(media) || !TEXTUAL.test(mediaType)) continue;
    if (/^(multipart\/|application\/x-www-form-urlencoded|text\/event-stream)/.test(mediaType))
      continue;
    if (JSON_SEQUENCE.test(mediaType)) continue;
    const schema = media.schema === true ? {} : deref(doc, media.schema);
    if (schema !== undefined && !isObject(schema)) continue;
    if (!JSON_TYPE.test(mediaType)) {
      if (schema?.type !== "string")
        media.schema =
          typeof schema?.description === "string"
            ? { type: "string", description: schema.description }
            : { type: "string" };
    } else if (!schema || Object.keys(schema).every((key) => annotates(key) || key === "nullable"))
      media.schema = {};
  }
}

/** The fields of one server-sent event (WHATWG HTML § 9.2.6). */
const EVENT_FIELDS = new Set(["data", "event", "id", "retry"]);

/**
 * A `text/event-stream` schema describes each event (`{ data, event }`, as Speakeasy-style specs
 * write it) or only its `data` (OpenAI's `$ref: ChatCompletionChunk`): the latter is wrapped as
 * the event's `data`, so that the runtime reads every stream's events as `{ data, … }`. A union
 * whose every branch is an event (Together's `oneOf: [ChatCompletionEvent, StreamSentinel]`, the
 * sentinel's `data` the text `[DONE]`) describes the event already.
 */
function eventEnvelopes(doc: Document, content: Json | undefined): void {
  const media = isObject(content) ? content["text/event-stream"] : undefined;
  if (!isObject(media) || media.schema === undefined) return;
  const seen = new Set<Json>();
  const isEvent = (node: Json | undefined): boolean => {
    const schema = deref(doc, node);
    // (A union that holds itself, on the way down, is no event.)
    if (schema === undefined || seen.has(schema)) return false;
    seen.add(schema);
    const fields = isObject(schema) && isObject(schema.properties) ? schema.properties : undefined;
    const branches = isObject(schema) ? (schema.oneOf ?? schema.anyOf) : undefined;
    const event =
      fields !== undefined
        ? Object.hasOwn(fields, "data") &&
          Object.keys(fields).every((name) => EVENT_FIELDS.has(name))
        : Array.isArray(branches) && branches.length > 0 && branches.every(isEvent);
    seen.delete(schema);
    return event;
  };
  // With the fields the runtime gives an event when the server sends them: typed `{ data }`
  // alone, `event.event` did not compile (probe68).
  if (!isEvent(media.schema))
    media.schema = {
      type: "object",
      required: ["data"],
      properties: {
        data: media.schema,
        event: { type: "string" },
        id: { type: "string" },
        retry: { type: "integer" },
      },
    };
}

/** Keeps one listing of each parameter (by name and location) in a path item's or operation's list. */
function uniqueParameters(doc: Document, holder: JsonObject): void {
  if (!Array.isArray(holder.parameters)) return;
  const byKey = new Map<string, Json>();
  for (const listed of holder.parameters) {
    const p = deref(doc, listed);
    const key = isObject(p) ? `${String(p.in)}:${String(p.name)}` : `#${byKey.size}`;
    byKey.set(key, listed); // a later listing replaces an earlier one, in its place
  }
  if (byKey.size < holder.parameters.length) holder.parameters = [...byKey.values()];
}
