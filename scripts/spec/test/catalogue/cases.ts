/**
 * A catalogue of spec changes, each a pair of small specs with the semver level an SDK user
 * feels and why: what breaks a compiling, correct program (it stops compiling, throws, sends
 * another request or misreads an answer) is major; something new to opt into is minor; docs are
 * a patch. First written as an audit of spec:diff (167 cases; 36 were wrong before the fixes
 * that came with it). `alt` lists other levels that are also right.
 */
import { spec, post, get, q, str, num, int, obj, file, clone, type Obj } from "./builders.js";

export type Level = "major" | "minor" | "patch" | "none";
export interface Case {
  id: string;
  title: string;
  expect: Level;
  why: string;
  old: Obj | string;
  new: Obj | string;
  alt?: Level[];
}
export const cases: Case[] = [];
/**
 * Harmless changes spec:diff still calls breaking, on the safe side: the table of what the SDK
 * checks changed (`oneOf` → `anyOf`, a file's media types widened, an `allOf` merged by hand)
 * and no rule says it takes more, or a union's pairing sees a branch go (X02).
 */
const CONSERVATIVE: Level = "major";
const add = (
  id: string,
  title: string,
  expect: Level,
  why: string,
  old: Obj | string,
  nw: Obj | string,
  alt?: Level[],
) => cases.push({ id, title, expect, why, old, new: nw, alt });

/** Request body property `x` changed from a to b (3.1 and 3.0 spec). */
const reqProp = (
  v: "3.0" | "3.1",
  a: Obj | undefined,
  b: Obj | undefined,
  reqA = false,
  reqB = false,
): [Obj, Obj] => {
  const mk = (s: Obj | undefined, r: boolean) => {
    const props: Obj = { name: str };
    if (s) props.x = s;
    return spec(v, {
      "/v2/things": { post: post({ body: obj(props, r ? ["name", "x"] : ["name"]) }) },
    });
  };
  return [mk(a, reqA), mk(b, reqB)];
};
const resProp = (
  v: "3.0" | "3.1",
  a: Obj | undefined,
  b: Obj | undefined,
  reqA = false,
  reqB = false,
): [Obj, Obj] => {
  const mk = (s: Obj | undefined, r: boolean) => {
    const props: Obj = { id: str };
    if (s) props.x = s;
    return spec(v, {
      "/v2/things": { post: post({ response: obj(props, r ? ["id", "x"] : ["id"]) }) },
    });
  };
  return [mk(a, reqA), mk(b, reqB)];
};
const params = (
  v: "3.0" | "3.1",
  a: Obj[],
  b: Obj[],
  path = "/v2/things",
  pathB = path,
): [Obj, Obj] => [spec(v, { [path]: { get: get(a) } }), spec(v, { [pathB]: { get: get(b) } })];
const R = (id: string, t: string, e: Level, why: string, p: [Obj, Obj], alt?: Level[]) =>
  add(id, t, e, why, p[0], p[1], alt);

// ---------- parameters ----------
/** GET /v2/things whose method takes its parameters one by one, up to `max` of them. */
const positional = (a: Obj[], b: Obj[], maxA = 3, maxB = maxA): [Obj, Obj] => [
  spec("3.1", { "/v2/things": { get: get(a, { "x-speakeasy-max-method-params": maxA }) } }),
  spec("3.1", { "/v2/things": { get: get(b, { "x-speakeasy-max-method-params": maxB }) } }),
];
R(
  "PA1",
  "x-speakeasy-max-method-params added",
  "major",
  "list({ limit }) becomes list(limit): every call changes",
  [spec("3.1", { "/v2/things": { get: get([q("limit")]) } }), positional([q("limit")], [])[0]],
);
R(
  "PA2",
  "optional param added at the end of positional arguments",
  "major",
  "it takes the options' place: list(10, { timeoutMs }) would send the options as offset",
  positional([q("limit")], [q("limit"), q("offset")]),
);
R(
  "PA6",
  "document-level x-speakeasy-max-method-params lowered past an operation's count",
  "major",
  "list(limit, offset) becomes list({ limit, offset })",
  [
    spec(
      "3.1",
      { "/v2/things": { get: get([q("limit"), q("offset")]) } },
      {},
      {
        "x-speakeasy-max-method-params": 2,
      },
    ),
    spec(
      "3.1",
      { "/v2/things": { get: get([q("limit"), q("offset")]) } },
      {},
      {
        "x-speakeasy-max-method-params": 1,
      },
    ),
  ],
);
R(
  "PA3",
  "param added past max-method-params: back to one request object",
  "major",
  "list(limit) becomes list({ limit })",
  positional([q("limit")], [q("limit"), q("offset")], 1),
);
R(
  "PA4",
  "positional params reordered in the spec",
  "major",
  "list(10, 20) now passes its values to the other parameters",
  positional([q("limit"), q("offset")], [q("offset"), q("limit")]),
);
R(
  "PA5",
  "a required param added to positional arguments",
  "major",
  "it goes before the optional ones: list(limit) passes limit to it",
  positional([q("limit")], [q("limit"), q("cursor", str, { required: true })]),
);
R(
  "P01",
  "query param added, optional",
  "minor",
  "new opt-in input",
  params("3.1", [q("limit")], [q("limit"), q("offset")]),
);
R(
  "P02",
  "query param added, required",
  "major",
  "existing calls now lack it: ValidationError",
  params("3.1", [q("limit")], [q("limit"), q("offset", int, { required: true })]),
);
R(
  "P03",
  "query param removed",
  "major",
  "request.limit disappears from the type",
  params("3.1", [q("limit"), q("offset")], [q("limit")]),
);
R(
  "P04",
  "query param renamed (wire+SDK name)",
  "major",
  "old name gone",
  params("3.1", [q("limit")], [q("page_size")]),
);
R(
  "P05",
  "query param optional → required",
  "major",
  "calls without it throw",
  params("3.1", [q("limit")], [q("limit", int, { required: true })]),
);
R(
  "P06",
  "query param required → optional",
  "minor",
  "compatible",
  params("3.1", [q("limit", int, { required: true })], [q("limit")]),
);
R(
  "P07",
  "query array param style form → pipeDelimited",
  "patch",
  "SDK call unchanged, wire format follows server",
  params(
    "3.1",
    [q("ids", { type: "array", items: str })],
    [q("ids", { type: "array", items: str }, { style: "pipeDelimited" })],
  ),
);
R(
  "P08",
  "query array param explode true → false",
  "patch",
  "wire only",
  params(
    "3.1",
    [q("ids", { type: "array", items: str })],
    [q("ids", { type: "array", items: str }, { explode: false })],
  ),
);
R(
  "P09",
  "param location query → header (same name)",
  "patch",
  "request.limit keeps its SDK name/type; only the wire placement changes",
  params("3.1", [q("limit")], [{ name: "limit", in: "header", schema: int }]),
  ["minor"],
);
R(
  "P10",
  "param schema integer → string",
  "major",
  "type changed",
  params("3.1", [q("limit")], [q("limit", str)]),
);
R(
  "P11",
  "param enum value removed",
  "major",
  "value no longer accepted",
  params(
    "3.1",
    [q("sort", { type: "string", enum: ["asc", "desc"] })],
    [q("sort", { type: "string", enum: ["asc"] })],
  ),
);
R(
  "P12",
  "param enum value added",
  "minor",
  "more accepted",
  params(
    "3.1",
    [q("sort", { type: "string", enum: ["asc"] })],
    [q("sort", { type: "string", enum: ["asc", "desc"] })],
  ),
);
R(
  "P13",
  "param maximum 100 → 50",
  "major",
  "tightened",
  params(
    "3.1",
    [q("limit", { type: "integer", maximum: 100 })],
    [q("limit", { type: "integer", maximum: 50 })],
  ),
);
R(
  "P14",
  "header param added, required",
  "major",
  "calls lack it",
  params(
    "3.1",
    [q("limit")],
    [q("limit"), { name: "X-Org", in: "header", required: true, schema: str }],
  ),
);
R(
  "P15",
  "cookie param added, optional",
  "minor",
  "opt-in",
  params("3.1", [q("limit")], [q("limit"), { name: "session", in: "cookie", schema: str }]),
);
R(
  "P16",
  "path param renamed {id} → {thing_id}",
  "major",
  "request.id → request.thingId",
  params(
    "3.1",
    [{ name: "id", in: "path", required: true, schema: str }],
    [{ name: "thing_id", in: "path", required: true, schema: str }],
    "/v2/things/{id}",
    "/v2/things/{thing_id}",
  ),
);
R(
  "P17",
  "new query `id` listed before existing path `id` (SDK name collision)",
  "major",
  "existing request.id now means the query param; path id becomes request.pathId → user code sends wrong request / throws",
  params(
    "3.1",
    [{ name: "id", in: "path", required: true, schema: str }],
    [q("id", str), { name: "id", in: "path", required: true, schema: str }],
    "/v2/things/{id}",
  ),
);
{
  const a = spec("3.1", {
    "/v2/things/{id}": {
      parameters: [{ name: "id", in: "path", required: true, schema: str }],
      get: get([q("limit")]),
    },
  });
  const b = spec("3.1", {
    "/v2/things/{id}": {
      get: get([{ name: "id", in: "path", required: true, schema: str }, q("limit")]),
    },
  });
  add(
    "P18",
    "path-level param moved to operation level (refactor)",
    "none",
    "same SDK surface",
    a,
    b,
    ["patch"],
  );
}
{
  const a = spec("3.1", { "/v2/things": { get: get([q("limit")]) } });
  const b = spec(
    "3.1",
    { "/v2/things": { get: get([{ $ref: "#/components/parameters/Limit" }]) } },
    { parameters: { Limit: q("limit") } },
  );
  add("P19", "param inlined → $ref to components/parameters", "none", "pure refactor", a, b, [
    "patch",
  ]);
}
R(
  "P20",
  "param description changed",
  "patch",
  "docs",
  params("3.1", [q("limit", int, { description: "a" })], [q("limit", int, { description: "b" })]),
);
R(
  "P21",
  "param deprecated",
  "patch",
  "docs",
  params("3.1", [q("limit")], [q("limit", int, { deprecated: true })]),
);
R(
  "P22",
  "query param schema → content application/json",
  "patch",
  "wire serialization only",
  params(
    "3.1",
    [q("filter", obj({ a: str }))],
    [{ name: "filter", in: "query", content: { "application/json": { schema: obj({ a: str }) } } }],
  ),
);
R(
  "P23",
  "param wire name foo_bar → fooBar (SDK name unchanged)",
  "patch",
  "request.fooBar keeps its SDK name",
  params("3.1", [q("page_size")], [q("pageSize")]),
  ["minor"],
);
R(
  "P24",
  "3.0 param nullable added",
  "minor",
  "accepts more",
  params("3.0", [q("limit")], [q("limit", { type: "integer", nullable: true })]),
);

// ---------- request bodies ----------
const thing = (v: "3.0" | "3.1", o: Parameters<typeof post>[0]) =>
  spec(v, { "/v2/things": { post: post(o) } });
add(
  "B01",
  "optional body added to op without one",
  "major",
  "a method that took nothing took its options first: `list({ timeoutMs })` now passes them as the request",
  thing("3.1", { body: null }),
  thing("3.1", { bodyRequired: false }),
);
add(
  "B02",
  "required body added",
  "major",
  "calls without it throw",
  thing("3.1", { body: null }),
  thing("3.1", {}),
);
add(
  "B03",
  "body removed",
  "major",
  "request type gone",
  thing("3.1", {}),
  thing("3.1", { body: null }),
);
add(
  "B04",
  "body optional → required",
  "major",
  "",
  thing("3.1", { bodyRequired: false }),
  thing("3.1", {}),
);
add(
  "B05",
  "body required → optional",
  "minor",
  "",
  thing("3.1", {}),
  thing("3.1", { bodyRequired: false }),
);
add(
  "B06",
  "JSON → multipart, same scalar schema",
  "patch",
  "same SDK types; wire only",
  thing("3.1", {}),
  thing("3.1", { media: "multipart/form-data" }),
);
{
  const body = obj({ name: str, image: file }, ["name", "image"]);
  add(
    "B07",
    "JSON → multipart where a field is format: binary (string in JSON → FileInput in multipart)",
    "major",
    "field type string → FileInput: passing a string no longer compiles",
    thing("3.1", { body }),
    thing("3.1", { body, media: "multipart/form-data" }),
  );
  add(
    "B07b",
    "format: binary added to a JSON body field (stays string in JSON)",
    "none",
    "binary inside JSON is a string for the SDK: no type change",
    thing("3.1", { body: obj({ name: str, image: str }, ["name", "image"]) }),
    thing("3.1", { body }),
    ["patch"],
  );
}
{
  const body = obj({ name: str, image: file }, ["image"]);
  add(
    "B08",
    "multipart encoding contentType for file narrowed (image/png,image/jpeg → image/png)",
    "major",
    "SDK sniffs and refuses JPEG before sending: throws",
    thing("3.1", {
      body,
      media: "multipart/form-data",
      encoding: { image: { contentType: "image/png, image/jpeg" } },
    }),
    thing("3.1", {
      body,
      media: "multipart/form-data",
      encoding: { image: { contentType: "image/png" } },
    }),
  );
  add(
    "B09",
    "multipart encoding contentType for file widened (image/png → image/png,image/jpeg)",
    "minor",
    "accepts more",
    thing("3.1", {
      body,
      media: "multipart/form-data",
      encoding: { image: { contentType: "image/png" } },
    }),
    thing("3.1", {
      body,
      media: "multipart/form-data",
      encoding: { image: { contentType: "image/png, image/jpeg" } },
    }),
    ["patch", CONSERVATIVE],
  );
  add(
    "B10",
    "multipart encoding for object field json → text/plain (wire only)",
    "patch",
    "wire only",
    thing("3.1", { body: obj({ meta: obj({ a: str }) }), media: "multipart/form-data" }),
    thing("3.1", {
      body: obj({ meta: obj({ a: str }) }),
      media: "multipart/form-data",
      encoding: { meta: { contentType: "text/plain" } },
    }),
  );
  add(
    "B11",
    "multipart string field → file",
    "major",
    "string → FileInput",
    thing("3.1", { body: obj({ image: str }), media: "multipart/form-data" }),
    thing("3.1", { body: obj({ image: file }), media: "multipart/form-data" }),
  );
  add(
    "B12",
    "file → array of files",
    "major",
    "FileInput → FileInput[]",
    thing("3.1", { body: obj({ image: file }), media: "multipart/form-data" }),
    thing("3.1", {
      body: obj({ image: { type: "array", items: file } }),
      media: "multipart/form-data",
    }),
  );
  add(
    "B13",
    "file → oneOf[file, file[]]",
    "minor",
    "accepts more",
    thing("3.1", { body: obj({ image: file }), media: "multipart/form-data" }),
    thing("3.1", {
      body: obj({ image: { oneOf: [file, { type: "array", items: file }] } }),
      media: "multipart/form-data",
    }),
  );
  add(
    "B14",
    "array of files maxItems 16 → 4",
    "major",
    "tightened",
    thing("3.1", {
      body: obj({ image: { type: "array", items: file, maxItems: 16 } }),
      media: "multipart/form-data",
    }),
    thing("3.1", {
      body: obj({ image: { type: "array", items: file, maxItems: 4 } }),
      media: "multipart/form-data",
    }),
  );
  add(
    "B15",
    "x-max-bytes 50MB → 4MB",
    "major",
    "SDK refuses larger file",
    thing("3.1", {
      body: obj({ image: { ...file, "x-max-bytes": 52428800 } }),
      media: "multipart/form-data",
    }),
    thing("3.1", {
      body: obj({ image: { ...file, "x-max-bytes": 4194304 } }),
      media: "multipart/form-data",
    }),
  );
  add(
    "B16",
    "3.0 file (format: binary) → 3.1 contentMediaType octet-stream (same API)",
    "none",
    "same SDK type",
    thing("3.0", { body: obj({ image: file }), media: "multipart/form-data" }),
    thing("3.1", {
      body: obj({ image: { type: "string", contentMediaType: "application/octet-stream" } }),
      media: "multipart/form-data",
    }),
    ["patch"],
  );
}
{
  const a = thing("3.1", {});
  const b = clone(a);
  b.paths["/v2/things"].post.requestBody.content["multipart/form-data"] = {
    schema: obj({ name: str }),
  };
  add(
    "B17",
    "multipart added beside JSON (no files: JSON still sent)",
    "patch",
    "SDK still sends JSON",
    a,
    b,
    ["none"],
  );
}
add(
  "B18",
  "JSON → application/x-www-form-urlencoded",
  "patch",
  "wire only",
  thing("3.1", {}),
  thing("3.1", { media: "application/x-www-form-urlencoded" }),
);
add(
  "B19",
  "JSON object body → raw application/octet-stream body",
  "major",
  "request type object → file",
  thing("3.1", {}),
  thing("3.1", { media: "application/octet-stream", body: file }),
);
add(
  "B20",
  "optional body added to an op that has parameters",
  "minor",
  "opt-in requestBody key",
  spec("3.1", { "/v2/things": { post: post({ body: null, params: [q("limit")] }) } }),
  spec("3.1", { "/v2/things": { post: post({ bodyRequired: false, params: [q("limit")] }) } }),
);
add(
  "B21",
  "first parameter added to op with body (body moves under requestBody)",
  "major",
  "request shape changes",
  thing("3.1", {}),
  thing("3.1", { params: [q("limit")] }),
);
{
  const named = { $ref: "#/components/schemas/ThingUpdate" };
  const withComponent = (body: Obj, name = "ThingUpdate") =>
    spec(
      "3.1",
      { "/v2/things": { post: post({ body, params: [q("limit")] }) } },
      { schemas: { [name]: obj({ name: str }) } },
    );
  add(
    "B24",
    "with parameters, the body's component renamed (the official SDK's key for it changes)",
    "major",
    "request.thingUpdate → request.thingPatch",
    withComponent(named),
    withComponent({ $ref: "#/components/schemas/ThingPatch" }, "ThingPatch"),
  );
}
add(
  "B22",
  "JSON object body → application/jsonl (the same object, as one line)",
  "patch",
  "wire only",
  thing("3.1", {}),
  thing("3.1", { media: "application/jsonl" }),
);
{
  const records = { type: "array", items: obj({ id: str }, ["id"]) };
  add(
    "B23",
    "JSON array body → application/x-ndjson (the same records, one per line)",
    "patch",
    "wire only",
    thing("3.1", { body: records }),
    thing("3.1", { body: records, media: "application/x-ndjson" }),
  );
}

// ---------- schema keywords (request body property x unless said) ----------
R(
  "S01",
  "3.1 type string → [string,null] in request",
  "minor",
  "accepts null",
  reqProp("3.1", str, { type: ["string", "null"] }),
);
R(
  "S02",
  "3.1 type string → [string,null] in response",
  "major",
  "callers must handle null",
  resProp("3.1", str, { type: ["string", "null"] }),
);
R(
  "S03",
  "3.0 nullable added in request",
  "minor",
  "",
  reqProp("3.0", str, { type: "string", nullable: true }),
);
R(
  "S04",
  "3.0 nullable added in response",
  "major",
  "",
  resProp("3.0", str, { type: "string", nullable: true }),
);
R("S05", "request number → integer", "major", "refuses 1.5", reqProp("3.1", num, int));
R("S06", "request integer → number", "minor", "accepts more", reqProp("3.1", int, num));
R(
  "S07",
  "response integer → number",
  "major" /* TS type same (number) */,
  "TS type identical (number); values may now be fractional",
  resProp("3.1", int, num),
  ["patch", "minor"],
);
R("S08", "request string → number", "major", "", reqProp("3.1", str, num));
R(
  "S09",
  "request enum value added",
  "minor",
  "",
  reqProp("3.1", { type: "string", enum: ["a"] }, { type: "string", enum: ["a", "b"] }),
);
R(
  "S10",
  "request enum value removed",
  "major",
  "",
  reqProp("3.1", { type: "string", enum: ["a", "b"] }, { type: "string", enum: ["a"] }),
);
R(
  "S11",
  "response enum value added",
  "major",
  "breaks exhaustive handling",
  resProp("3.1", { type: "string", enum: ["a"] }, { type: "string", enum: ["a", "b"] }),
);
R(
  "S12",
  "response enum value removed",
  "major",
  'code comparing with the value stops compiling (TS2367: `finishReason === "function_call"`)',
  resProp("3.1", { type: "string", enum: ["a", "b"] }, { type: "string", enum: ["a"] }),
);
R(
  "S12b",
  "response string → enum",
  "major",
  "code comparing with a value outside the enum stops compiling (TS2367)",
  resProp("3.1", str, { type: "string", enum: ["png", "jpeg"] }),
);
R(
  "S13",
  "request const changed",
  "major",
  "old value refused",
  reqProp("3.1", { const: "v1" }, { const: "v2" }),
);
R(
  "S14",
  "request format none → date-time",
  "major",
  "SDK validates formats before sending",
  reqProp("3.1", str, { type: "string", format: "date-time" }),
);
R(
  "S15",
  "request format date-time removed",
  "major",
  "the SDK types a date-time as a Date: a program passing one stops compiling",
  reqProp("3.1", { type: "string", format: "date-time" }, str),
);
R(
  "S15b",
  "response format none → date-time",
  "major",
  "the field comes back as a Date, not text: code reading it as text breaks",
  resProp("3.1", str, { type: "string", format: "date-time" }),
);
R(
  "S15c",
  "response format date-time → date",
  "major",
  "the field comes back as text, not a Date",
  resProp("3.1", { type: "string", format: "date-time" }, { type: "string", format: "date" }),
);
R(
  "S15d",
  "response date-time pinned by an enum added",
  "major",
  "a date-time an enum pins stays text: the Date is gone",
  resProp(
    "3.1",
    { type: "string", format: "date-time" },
    { type: "string", format: "date-time", enum: ["1970-01-01T00:00:00Z"] },
  ),
);
R(
  "S16",
  "request pattern added",
  "major",
  "",
  reqProp("3.1", str, { type: "string", pattern: "^[a-z]+$" }),
);
R(
  "S17",
  "request minimum 1 → 2",
  "major",
  "",
  reqProp("3.1", { type: "number", minimum: 1 }, { type: "number", minimum: 2 }),
);
R(
  "S18",
  "request maximum 10 → 20",
  "minor",
  "",
  reqProp("3.1", { type: "number", maximum: 10 }, { type: "number", maximum: 20 }),
);
R(
  "S19",
  "3.1 exclusiveMinimum 0 → 1",
  "major",
  "",
  reqProp("3.1", { type: "number", exclusiveMinimum: 0 }, { type: "number", exclusiveMinimum: 1 }),
);
R(
  "S20",
  "3.0 exclusiveMinimum false → true",
  "major",
  "",
  reqProp(
    "3.0",
    { type: "number", minimum: 1 },
    { type: "number", minimum: 1, exclusiveMinimum: true },
  ),
);
R(
  "S21",
  "3.0 exclusiveMaximum true → false (loosened)",
  "minor",
  "",
  reqProp(
    "3.0",
    { type: "number", maximum: 1, exclusiveMaximum: true },
    { type: "number", maximum: 1, exclusiveMaximum: false },
  ),
);
R(
  "S22",
  "request minLength 1 → 3",
  "major",
  "",
  reqProp("3.1", { type: "string", minLength: 1 }, { type: "string", minLength: 3 }),
);
R(
  "S23",
  "request maxLength 10 → 100",
  "minor",
  "",
  reqProp("3.1", { type: "string", maxLength: 10 }, { type: "string", maxLength: 100 }),
);
R(
  "S24",
  "request minItems 0 → 1",
  "major",
  "",
  reqProp("3.1", { type: "array", items: str }, { type: "array", items: str, minItems: 1 }),
);
R(
  "S25",
  "request maxItems 5 → 10",
  "minor",
  "",
  reqProp(
    "3.1",
    { type: "array", items: str, maxItems: 5 },
    { type: "array", items: str, maxItems: 10 },
  ),
);
R(
  "S26",
  "request multipleOf 2 → 4 (tighter)",
  "major",
  "",
  reqProp("3.1", { type: "number", multipleOf: 2 }, { type: "number", multipleOf: 4 }),
);
R(
  "S27",
  "request multipleOf 4 → 2 (looser: every multiple of 4 is one of 2)",
  "minor",
  "accepts a superset",
  reqProp("3.1", { type: "number", multipleOf: 4 }, { type: "number", multipleOf: 2 }),
);
R(
  "S28",
  "request multipleOf 0.01 → 0.001 (looser)",
  "minor",
  "accepts a superset",
  reqProp("3.1", { type: "number", multipleOf: 0.01 }, { type: "number", multipleOf: 0.001 }),
);
R(
  "S29",
  "request uniqueItems added",
  "major",
  "",
  reqProp("3.1", { type: "array", items: str }, { type: "array", items: str, uniqueItems: true }),
);
R(
  "S30",
  "request additionalProperties true → false",
  "major",
  "extra keys refused",
  reqProp(
    "3.1",
    obj({ a: str }, undefined, { additionalProperties: true }),
    obj({ a: str }, undefined, { additionalProperties: false }),
  ),
);
R(
  "S31",
  "request additionalProperties {string} → {number}",
  "major",
  "map value type changed",
  reqProp(
    "3.1",
    { type: "object", additionalProperties: str },
    { type: "object", additionalProperties: num },
  ),
);
R(
  "S32",
  "response additionalProperties {string} added (free map values typed)",
  "minor",
  "values narrowed from unknown",
  resProp("3.1", { type: "object" }, { type: "object", additionalProperties: str }),
  ["patch"],
);
R(
  "S33",
  "request property becomes readOnly",
  "major",
  "removed from the request type (?: never): code sending it fails to compile",
  reqProp("3.1", str, { type: "string", readOnly: true }),
);
R(
  "S34",
  "response property becomes writeOnly",
  "major",
  "removed from the response type",
  resProp("3.1", str, { type: "string", writeOnly: true }),
);
R(
  "S35",
  "request default changed",
  "minor",
  "a call that leaves the field out gets another value: a new behaviour, said apart from docs",
  reqProp("3.1", { type: "number", default: 1 }, { type: "number", default: 2 }),
);
R(
  "S36",
  "request property deprecated",
  "patch",
  "docs",
  reqProp("3.1", str, { type: "string", deprecated: true }),
);
R(
  "S37",
  "description/example only",
  "patch",
  "docs",
  reqProp(
    "3.1",
    { type: "string", description: "a", example: "x" },
    { type: "string", description: "b", example: "y" },
  ),
);
R(
  "S38",
  "response type widened string → string|number (3.1)",
  "major",
  "",
  resProp("3.1", str, { type: ["string", "number"] }),
);
R(
  "S39",
  "response property required → optional",
  "major",
  "may be missing",
  resProp("3.1", str, str, true, false),
);
R("S40", "response property added", "minor", "", resProp("3.1", undefined, str));
R("S41", "response property removed", "major", "", resProp("3.1", str, undefined));
R("S42", "request property added optional", "minor", "", reqProp("3.1", undefined, str));
R(
  "S43",
  "request property added required",
  "major",
  "",
  reqProp("3.1", undefined, str, false, true),
);
R("S44", "request property removed", "major", "", reqProp("3.1", str, undefined));
R(
  "S45",
  "request property optional → required",
  "major",
  "",
  reqProp("3.1", str, str, false, true),
);
R(
  "S46",
  "request maxLength 10 → 5 inside array items",
  "major",
  "",
  reqProp(
    "3.1",
    { type: "array", items: { type: "string", maxLength: 10 } },
    { type: "array", items: { type: "string", maxLength: 5 } },
  ),
);
R(
  "S47",
  "request wire name foo_bar → fooBar (SDK name same)",
  "patch",
  "request.fooBar unchanged for users",
  [
    spec("3.1", { "/v2/things": { post: post({ body: obj({ name: str, foo_bar: str }) }) } }),
    spec("3.1", { "/v2/things": { post: post({ body: obj({ name: str, fooBar: str }) }) } }),
  ],
  ["minor"],
);
R(
  "S48",
  "request property fooBar added beside foo_bar (existing SDK name fooBar → foo_bar)",
  "major",
  "existing `fooBar:` in user code now sets the NEW property; old one renamed to foo_bar",
  [
    spec("3.1", { "/v2/things": { post: post({ body: obj({ name: str, foo_bar: str }) }) } }),
    spec("3.1", {
      "/v2/things": { post: post({ body: obj({ name: str, foo_bar: str, fooBar: str }) }) },
    }),
  ],
);
R(
  "S49",
  "3.0: $ref with sibling maxLength (ignored in 3.0) added",
  "none",
  "3.0 ignores siblings of $ref; generator too",
  [
    spec(
      "3.0",
      { "/v2/things": { post: post({ body: obj({ x: { $ref: "#/components/schemas/Name" } }) }) } },
      { schemas: { Name: str } },
    ),
    spec(
      "3.0",
      {
        "/v2/things": {
          post: post({ body: obj({ x: { $ref: "#/components/schemas/Name", maxLength: 3 } }) }),
        },
      },
      { schemas: { Name: str } },
    ),
  ],
  ["patch"],
);
R("S50", "3.1: $ref with sibling maxLength added", "major", "3.1 applies it", [
  spec(
    "3.1",
    { "/v2/things": { post: post({ body: obj({ x: { $ref: "#/components/schemas/Name" } }) }) } },
    { schemas: { Name: str } },
  ),
  spec(
    "3.1",
    {
      "/v2/things": {
        post: post({ body: obj({ x: { $ref: "#/components/schemas/Name", maxLength: 3 } }) }),
      },
    },
    { schemas: { Name: str } },
  ),
]);
R(
  "S51",
  "3.0 → 3.1 rewrite of exclusiveMinimum (true+minimum → number)",
  "none",
  "same constraint",
  [
    spec("3.0", {
      "/v2/things": {
        post: post({ body: obj({ x: { type: "number", minimum: 0, exclusiveMinimum: true } }) }),
      },
    }),
    spec("3.1", {
      "/v2/things": { post: post({ body: obj({ x: { type: "number", exclusiveMinimum: 0 } }) }) },
    }),
  ],
  ["patch"],
);
R(
  "S52",
  "3.0 → 3.1 rewrite nullable → type array",
  "none",
  "same",
  [
    spec("3.0", {
      "/v2/things": { post: post({ body: obj({ x: { type: "string", nullable: true } }) }) },
    }),
    spec("3.1", {
      "/v2/things": { post: post({ body: obj({ x: { type: ["string", "null"] } }) }) },
    }),
  ],
  ["patch"],
);
R(
  "S53",
  "request minProperties added",
  "major",
  "",
  reqProp("3.1", { type: "object" }, { type: "object", minProperties: 1 }),
);
R(
  "S54",
  "request `not` added",
  "major",
  "SDK checks `not`",
  reqProp("3.1", str, { type: "string", not: { const: "x" } }),
);
R(
  "S55",
  "request property nested object's property becomes required",
  "major",
  "",
  reqProp("3.1", obj({ a: str }), obj({ a: str }, ["a"])),
);
R(
  "S56",
  "request: property type removed (string → any)",
  "minor",
  "accepts more",
  reqProp("3.1", str, {}),
);
R(
  "S57",
  "response format uuid → none",
  "none",
  "responses not format-checked",
  resProp("3.1", { type: "string", format: "uuid" }, str),
  ["patch"],
);
R(
  "S58",
  "request: additionalProperties false added with patternProperties-less object",
  "none",
  "the SDK refuses other keys of an object that declares properties already (probe51: this read JSON Schema's default, and was major)",
  reqProp("3.1", obj({ a: str }), obj({ a: str }, undefined, { additionalProperties: false })),
  ["patch"],
);
R(
  "S59",
  "request prefixItems changed (tuple item type)",
  "major",
  "tuple element type changed",
  reqProp(
    "3.1",
    { type: "array", prefixItems: [str, num] },
    { type: "array", prefixItems: [str, str] },
  ),
);
R(
  "S60",
  "request if/then added requiring b when a present",
  "major",
  "SDK checks if/then",
  reqProp("3.1", obj({ a: str, b: str }), {
    ...obj({ a: str, b: str }),
    if: { required: ["a"] },
    then: { required: ["b"] },
  }),
);
R(
  "S61",
  "request dependentRequired added",
  "major",
  "",
  reqProp("3.1", obj({ a: str, b: str }), {
    ...obj({ a: str, b: str }),
    dependentRequired: { a: ["b"] },
  }),
);
R(
  "S62",
  "request contentMediaType/contentEncoding base64 added on JSON string",
  "patch",
  "docs for a JSON string",
  reqProp("3.1", str, { type: "string", contentEncoding: "base64" }),
  ["none", "major"],
);

// ---------- composition ----------
const A = obj({ kind: { type: "string", enum: ["a"] }, a: str }, ["kind"]);
const B = obj({ kind: { type: "string", enum: ["b"] }, b: num }, ["kind"]);
const C = obj({ kind: { type: "string", enum: ["c"] }, c: { type: "boolean" } }, ["kind"]);
R(
  "C01",
  "request oneOf branch added",
  "minor",
  "",
  reqProp("3.1", { oneOf: [A, B] }, { oneOf: [A, B, C] }),
);
R(
  "C02",
  "request oneOf branch removed",
  "major",
  "",
  reqProp("3.1", { oneOf: [A, B, C] }, { oneOf: [A, B] }),
);
R(
  "C03",
  "response oneOf branch added",
  "major",
  "",
  resProp("3.1", { oneOf: [A, B] }, { oneOf: [A, B, C] }),
);
R(
  "C04",
  "response oneOf branch removed",
  "minor",
  "",
  resProp("3.1", { oneOf: [A, B, C] }, { oneOf: [A, B] }),
  ["patch"],
);
{
  const mk = (tag: string) =>
    spec(
      "3.1",
      {
        "/v2/things": { post: post({ body: obj({ pet: { $ref: "#/components/schemas/Pet" } }) }) },
      },
      {
        schemas: {
          Pet: {
            oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
            discriminator: {
              propertyName: "pet_type",
              mapping: { [tag]: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" },
            },
          },
          Cat: obj({ pet_type: str, meow: str }, ["pet_type"]),
          Dog: obj({ pet_type: str, bark: str }, ["pet_type"]),
        },
      },
    );
  add(
    "C05",
    "request discriminator mapping tag renamed cat → feline",
    "major",
    "SDK refuses unknown tag 'cat' before sending; type of petType literal changes",
    mk("cat"),
    mk("feline"),
  );
  const a = mk("cat"),
    b = clone(a);
  delete b.components.schemas.Pet.discriminator.mapping.cat;
  add(
    "C06",
    "request discriminator mapping entry removed (implicit by name now: 'Cat')",
    "major",
    "tag value cat → Cat",
    a,
    b,
  );
}
R("C07", "request allOf member added with required prop", "major", "", [
  spec(
    "3.1",
    { "/v2/things": { post: post({ body: { allOf: [{ $ref: "#/components/schemas/Base" }] } }) } },
    { schemas: { Base: obj({ name: str }) } },
  ),
  spec(
    "3.1",
    {
      "/v2/things": {
        post: post({
          body: { allOf: [{ $ref: "#/components/schemas/Base" }, obj({ org: str }, ["org"])] },
        }),
      },
    },
    { schemas: { Base: obj({ name: str }) } },
  ),
]);
{
  const comps = { schemas: { Thing: obj({ name: str }, ["name"]) } };
  const a = spec(
    "3.1",
    { "/v2/things": { post: post({ body: { $ref: "#/components/schemas/Thing" } }) } },
    comps,
  );
  const b = spec(
    "3.1",
    { "/v2/things": { post: post({ body: obj({ name: str }, ["name"]) }) } },
    comps,
  );
  add(
    "C08",
    "$ref → same schema inlined, component kept",
    "none",
    "same types; component still exported",
    a,
    b,
    ["patch"],
  );
  const c = spec(
    "3.1",
    { "/v2/things": { post: post({ body: obj({ name: str }, ["name"]) }) } },
    {},
  );
  add(
    "C09",
    "$ref → same schema inlined, component deleted",
    "major",
    "exported model type `Thing` disappears (import { Thing } fails to compile)",
    a,
    c,
  );
  const d = spec(
    "3.1",
    { "/v2/things": { post: post({ body: { $ref: "#/components/schemas/Widget" } }) } },
    { schemas: { Widget: obj({ name: str }, ["name"]) } },
  );
  add(
    "C10",
    "component renamed Thing → Widget, identical shape",
    "major",
    "exported model type Thing renamed to Widget",
    a,
    d,
  );
  const e = spec(
    "3.1",
    { "/v2/things": { post: post({ body: { $ref: "#/components/schemas/Thing" } }) } },
    { schemas: { Thing: obj({ name: str }, ["name"]), Extra: obj({ z: str }) } },
  );
  add("C11", "unreferenced component added", "minor", "new exported model type", a, e, ["patch"]);
  add("C12", "unreferenced component removed", "major", "exported model type removed", e, a);
}
{
  const node = (extra: Obj) => ({
    schemas: {
      Node: obj({
        name: str,
        children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
        ...extra,
      }),
    },
  });
  const a = spec(
    "3.1",
    { "/v2/things": { post: post({ response: { $ref: "#/components/schemas/Node" } }) } },
    node({}),
  );
  const b = spec(
    "3.1",
    { "/v2/things": { post: post({ response: { $ref: "#/components/schemas/Node" } }) } },
    node({ size: num }),
  );
  add("C13", "recursive schema: property added (response)", "minor", "", a, b);
  const c = spec(
    "3.1",
    { "/v2/things": { post: post({ response: { $ref: "#/components/schemas/Node" } }) } },
    node({ name: { type: ["string", "null"] } }),
  );
  add("C14", "recursive schema: property becomes nullable (response)", "major", "", a, c);
}
R(
  "C15",
  "3.0 response: nullable: true added beside oneOf",
  "major",
  "callers must handle null",
  resProp("3.0", { oneOf: [A, B] }, { oneOf: [A, B], nullable: true }),
);
R(
  "C16",
  "request: required property added beside oneOf (outer properties)",
  "major",
  "",
  reqProp(
    "3.1",
    { type: "object", properties: { id: str }, oneOf: [obj({ a: str }), obj({ b: str })] },
    {
      type: "object",
      properties: { id: str },
      required: ["id"],
      oneOf: [obj({ a: str }), obj({ b: str })],
    },
  ),
);
R(
  "C17",
  "oneOf → anyOf, same branches",
  "none",
  "same TS union",
  reqProp("3.1", { oneOf: [str, num] }, { anyOf: [str, num] }),
  ["patch", CONSERVATIVE],
);
{
  const a = spec(
    "3.1",
    {
      "/v2/things": {
        post: post({ body: { allOf: [{ $ref: "#/components/schemas/Base" }, obj({ b: str })] } }),
      },
    },
    { schemas: { Base: obj({ a: str }) } },
  );
  const b = spec(
    "3.1",
    { "/v2/things": { post: post({ body: obj({ a: str, b: str }) }) } },
    { schemas: { Base: obj({ a: str }) } },
  );
  add("C18", "allOf[$ref, inline] → single merged inline schema", "none", "same shape", a, b, [
    "patch",
    CONSERVATIVE,
  ]);
}
R(
  "C19",
  "response: 3.1 oneOf [A, null] added (nullable via oneOf)",
  "major",
  "",
  resProp("3.1", A, { oneOf: [A, { type: "null" }] }),
);
R(
  "C20",
  "request oneOf branch narrowed inside (branch property maxLength)",
  "major",
  "",
  reqProp(
    "3.1",
    { oneOf: [obj({ a: str }), num] },
    { oneOf: [obj({ a: { type: "string", maxLength: 2 } }), num] },
  ),
);

// ---------- responses ----------
const op = (v: "3.0" | "3.1", responses: Obj) =>
  spec(v, { "/v2/things": { post: post({ responses }) } });
const okJson = (schema: Obj = obj({ id: str }, ["id"]), media = "application/json") => ({
  description: "ok",
  content: { [media]: { schema } },
});
add(
  "R01",
  "error response 404 added",
  "minor",
  "a 404 is now thrown as a class of its own (models/errors), still an APIError for callers",
  op("3.1", { "200": okJson() }),
  op("3.1", { "200": okJson(), "404": okJson(obj({ error: str })) }),
);
add(
  "R01b",
  "error response 404 removed",
  "major",
  "its class leaves models/errors: `instanceof` on it no longer compiles",
  op("3.1", { "200": okJson(), "404": okJson(obj({ error: str })) }),
  op("3.1", { "200": okJson() }),
);
add(
  "R02",
  "202 added beside 200 with another schema",
  "major",
  "return type becomes A | B: `res.id` no longer compiles",
  op("3.1", { "200": okJson() }),
  op("3.1", { "200": okJson(), "202": okJson(obj({ job: str }, ["job"])) }),
);
add(
  "R03",
  "200 → 201, same schema",
  "none",
  "same return type",
  op("3.1", { "200": okJson() }),
  op("3.1", { "201": okJson() }),
  ["patch"],
);
add(
  "R04",
  "response media JSON → text/plain",
  "major",
  "returns string instead of object",
  op("3.1", { "200": okJson() }),
  op("3.1", { "200": okJson(str, "text/plain") }),
);
add(
  "R05",
  "200 with body → 204",
  "major",
  "resolves to void",
  op("3.1", { "200": okJson() }),
  op("3.1", { "204": { description: "none" } }),
);
add(
  "R06",
  "204 → 200 with body",
  "minor",
  "void → typed body",
  op("3.1", { "204": { description: "none" } }),
  op("3.1", { "200": okJson() }),
);
add(
  "R07",
  "response gains text/event-stream",
  "major",
  "resolves to body | EventStream",
  op("3.1", { "200": okJson() }),
  op("3.1", {
    "200": {
      description: "ok",
      content: {
        "application/json": { schema: obj({ id: str }, ["id"]) },
        "text/event-stream": { schema: obj({ d: str }) },
      },
    },
  }),
);
add(
  "R08",
  "200 added in front of a 201 (first 2XX now a different schema)",
  "major",
  "return type now union / different",
  op("3.1", { "201": okJson() }),
  op("3.1", { "200": okJson(obj({ other: num }, ["other"])), "201": okJson() }),
);
add(
  "R09",
  "202 schema changed (202 beside 200): property removed",
  "major",
  "other 2XX body is part of the return union",
  op("3.1", { "200": okJson(), "202": okJson(obj({ job: str }, ["job"])) }),
  op("3.1", { "200": okJson(), "202": okJson(obj({ task: str }, ["task"])) }),
);
add(
  "R10",
  "response application/json → application/vnd.api+json (still JSON)",
  "none",
  "read the same",
  op("3.1", { "200": okJson() }),
  op("3.1", { "200": okJson(undefined, "application/vnd.api+json") }),
  ["patch"],
);
add(
  "R11",
  "response header added",
  "none",
  "SDK does not expose headers",
  op("3.1", { "200": okJson() }),
  op("3.1", { "200": { ...okJson(), headers: { "X-Rate": { schema: int } } } }),
  ["patch"],
);

// ---------- operations ----------
const named = (extra: Obj, path = "/v2/things", method = "post") =>
  spec("3.1", {
    [path]: {
      [method]: post({
        extra: { "x-speakeasy-group": "things", "x-speakeasy-name-override": "create", ...extra },
      }),
    },
  });
add(
  "O01",
  "operationId changed, same SDK method (override)",
  "major",
  "exported types CreateThingRequestBody → MakeThingRequestBody",
  named({}),
  named({ operationId: "makeThing" }),
);
add(
  "O02",
  "operationId case-only change createThing → CreateThing",
  "major",
  'model/function names identical, but the exported wireOperations["createThing"] key changes',
  named({}),
  named({ operationId: "CreateThing" }),
  ["patch"],
);
add(
  "O03",
  "path changed, same operationId and override",
  "patch",
  "call unchanged; URL follows server",
  named({}),
  named({}, "/v3/things"),
  ["none"],
);
add(
  "O04",
  "method POST → PUT with override",
  "patch",
  "call unchanged",
  named({}),
  named({}, "/v2/things", "put"),
  ["none"],
);
add(
  "O05",
  "x-speakeasy-name-override create → make",
  "major",
  "method renamed",
  named({}),
  named({ "x-speakeasy-name-override": "make" }),
);
add(
  "O06",
  "x-speakeasy-group things → items",
  "major",
  "resource renamed",
  named({}),
  named({ "x-speakeasy-group": "items" }),
);
{
  const t = (tags: string[]) =>
    spec("3.1", {
      "/v2/things": { post: post({ extra: { "x-speakeasy-name-override": "create", tags } }) },
    });
  add(
    "O07",
    "first tag changed (no group; tag is the resource)",
    "major",
    "orq.things → orq.widgets",
    t(["things"]),
    t(["widgets"]),
  );
  add(
    "O08",
    "tags changed with group set",
    "patch",
    "docs",
    named({ tags: ["a"] }),
    named({ tags: ["b"] }),
    ["none"],
  );
}
add(
  "O09",
  "default server changed",
  "minor",
  "requests go elsewhere by default",
  spec("3.1", { "/v2/things": { post: post() } }),
  {
    ...spec("3.1", { "/v2/things": { post: post() } }),
    servers: [{ url: "https://eu.example.com" }],
  },
  ["patch", "major"],
);
{
  const a = spec("3.1", { "/v2/things": { post: post() } });
  const b = clone(a);
  b.components.securitySchemes.Org = { type: "apiKey", in: "header", name: "X-Org" };
  b.security = [{ ApiKey: [], Org: [] }];
  add(
    "O10",
    "security: new required scheme combined with the key",
    "major",
    "calls without credentials.Org are refused before sending",
    a,
    b,
  );
  const c = clone(a);
  c.paths["/v2/things"].post.security = [];
  add("O11", "security: op becomes anonymous", "patch", "key no longer sent", a, c, [
    "minor",
    "none",
  ]);
  const d = clone(a);
  d.components.securitySchemes.ApiKey = { type: "apiKey", in: "header", name: "X-Api-Key" };
  add("O12", "security: bearer → apiKey header", "patch", "same client option, wire only", a, d, [
    "none",
  ]);
}
add(
  "O13",
  "x-speakeasy-ignore: true",
  "major",
  "operation gone",
  named({}),
  named({ "x-speakeasy-ignore": true }),
);
add("O14", "operation deprecated", "patch", "", named({}), named({ deprecated: true }));
{
  const a = spec("3.1", { "/v2/things": { post: post() } });
  const b = spec("3.1", {
    "/v2/things": { post: post() },
    "/v1/things": { post: { ...post(), operationId: "create-thing" } },
  });
  add(
    "O15",
    "new op whose operationId camelCases like an existing one, sorting first (type-name collision)",
    "major",
    "existing CreateThingRequestBody now belongs to the new op; old becomes CreateThing2…",
    a,
    b,
  );
  const c = spec("3.1", {
    "/v2/things": { post: post() },
    "/things": { post: { ...post(), operationId: "legacyCreate" } },
  });
  add(
    "O16",
    "new op with same method name sorting first (method-name collision)",
    "major",
    "existing orq.things.create renamed to orq.things.createThing",
    a,
    c,
  );
}
add(
  "O17",
  "x-speakeasy-timeout (doc default timeout) changed",
  "patch",
  "default behaviour",
  spec("3.1", { "/v2/things": { post: post() } }),
  { ...spec("3.1", { "/v2/things": { post: post() } }), "x-speakeasy-timeout": 1000 },
  ["minor"],
);
add(
  "O18",
  "operation-level servers added",
  "minor",
  "calls go elsewhere",
  spec("3.1", { "/v2/things": { post: post() } }),
  spec("3.1", {
    "/v2/things": { post: post({ extra: { servers: [{ url: "https://up.example.com" }] } }) },
  }),
  ["patch", "major"],
);

// ---------- big picture: no-op refactors ----------
{
  const a = spec("3.1", {
    "/v2/things": { post: post({ body: obj({ name: str, n: num }, ["name"]) }) },
  });
  const reorder = (x: any): any =>
    Array.isArray(x)
      ? x.map(reorder)
      : x && typeof x === "object"
        ? Object.fromEntries(
            Object.entries(x)
              .reverse()
              .map(([k, v]) => [k, reorder(v)]),
          )
        : x;
  add("G01", "every key reordered", "none", "same spec", a, reorder(a), ["patch"]);
  add("G02", "YAML → JSON text", "none", "same spec", a, JSON.stringify(a, null, 2));
  add("G03", "identical", "none", "", a, clone(a));
}

// ---------- extra probes ----------
R(
  "X01",
  "header param name case only X-Org → x-org (same SDK name xOrg)",
  "none",
  "HTTP header names are case-insensitive; request.xOrg unchanged",
  params(
    "3.1",
    [{ name: "X-Org", in: "header", schema: str }],
    [{ name: "x-org", in: "header", schema: str }],
  ),
  ["patch"],
);
R(
  "X02",
  "3.0 request: nullable string → oneOf[string, number] + nullable",
  "minor",
  "accepts strictly more (null still accepted: generator reads nullable beside oneOf)",
  reqProp("3.0", { type: "string", nullable: true }, { oneOf: [str, num], nullable: true }),
  [CONSERVATIVE],
);
{
  const mk = (order: string[], dogExtra: boolean) =>
    spec(
      "3.1",
      {
        "/v2/things": {
          post: post({
            response: obj(
              { pet: { oneOf: order.map((n) => ({ $ref: `#/components/schemas/${n}` })) } },
              ["pet"],
            ),
          }),
        },
      },
      {
        schemas: {
          Cat: obj({ kind: { const: "cat" }, meow: str }, ["kind"]),
          Dog: obj({ kind: { const: "dog" }, bark: str, ...(dogExtra ? { wag: num } : {}) }, [
            "kind",
          ]),
        },
      },
    );
  add(
    "X03",
    "response oneOf [Cat, Dog] → [Dog', Cat] (reordered, Dog gained optional prop)",
    "minor",
    "only response.pet (Dog).wag added",
    mk(["Cat", "Dog"], false),
    mk(["Dog", "Cat"], true),
  );
}
R(
  "X04",
  "response additionalProperties true → false",
  "patch",
  "responses are not checked for extra keys; TS index signature removed (debatable)",
  resProp(
    "3.1",
    obj({ a: str }, undefined, { additionalProperties: true }),
    obj({ a: str }, undefined, { additionalProperties: false }),
  ),
  ["major", "none"],
);
{
  const a = spec("3.1", { "/v2/things": { post: post() } });
  const b = clone(a);
  b.servers = [
    {
      url: "https://{region}.example.com",
      variables: { region: { default: "api", enum: ["api", "eu"] } },
    },
  ];
  add(
    "X05",
    "server URL written with a variable whose default gives the same URL",
    "none",
    "same default URL",
    a,
    b,
    ["patch"],
  );
}
R(
  "X06",
  "request enum [a,b] → [b,a] (reordered)",
  "none",
  "same set",
  reqProp("3.1", { type: "string", enum: ["a", "b"] }, { type: "string", enum: ["b", "a"] }),
  ["patch"],
);
R(
  "X07",
  "request example object key order only",
  "none",
  "same example",
  reqProp(
    "3.1",
    { type: "object", example: { a: 1, b: 2 } },
    { type: "object", example: { b: 2, a: 1 } },
  ),
  ["patch"],
);

// ---------- from an outside review (probe51) ----------
{
  const listed = (item: Obj) =>
    spec("3.1", {
      "/v2/things": {
        get: {
          operationId: "listThings",
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { type: "array", items: item } } },
            },
          },
        },
        post: post({ body: { type: "array", items: item } }),
      },
    });
  add(
    "V01",
    "a body and an answer that are lists: their items gain an optional property",
    "minor",
    "request[].note and response[].note added; a list at the top named no rule (was major)",
    listed(obj({ name: str }, ["name"])),
    listed(obj({ name: str, note: str }, ["name"])),
  );
}
{
  const withThing = (x: Obj) =>
    spec(
      "3.1",
      { "/v2/things": { post: post({ body: obj({ name: str, x }, ["name"]) }) } },
      { schemas: { Thing: obj({ a: str }) } },
    );
  add(
    "V02",
    "request $ref'd object → anyOf [it, null]",
    "minor",
    "also accepts null; its properties did not go (a false `x.a Removed` made it major)",
    withThing({ $ref: "#/components/schemas/Thing" }),
    withThing({ anyOf: [{ $ref: "#/components/schemas/Thing" }, { type: "null" }] }),
  );
}
R(
  "V03",
  "request object → oneOf [the same object, another]",
  "minor",
  "also accepts the other shape",
  reqProp("3.1", obj({ a: str }, ["a"]), {
    oneOf: [obj({ a: str }, ["a"]), obj({ b: str }, ["b"])],
  }),
);
R(
  "V05",
  "request object with properties gains additionalProperties: { type: string }",
  "minor",
  "other keys of text are taken now",
  reqProp("3.1", obj({ a: str }), obj({ a: str }, undefined, { additionalProperties: str })),
);
R(
  "V06",
  "request type [string, integer] → [integer, string]",
  "none",
  "the same types",
  reqProp("3.1", { type: ["string", "integer"] }, { type: ["integer", "string"] }),
  ["patch"],
);
R(
  "V07",
  "request enum [exact] → const exact",
  "none",
  "the same one value",
  reqProp("3.1", { type: "string", enum: ["exact"] }, { type: "string", const: "exact" }),
  ["patch"],
);
R(
  "V08",
  "request integer format int32 → int64",
  "minor",
  "larger integers are taken",
  reqProp("3.1", { type: "integer", format: "int32" }, { type: "integer", format: "int64" }),
);
{
  // An LLM tool's parameters given as an example: a JSON Schema, `$ref`s of its own and all.
  const withExample = (summary: string) =>
    spec("3.1", {
      "/v2/things": {
        post: post({
          extra: { summary },
          body: {
            ...obj({ name: str }),
            examples: [{ parameters: { $ref: "#/$defs/when" } }],
          },
        }),
      },
    });
  const a = withExample("Create a thing");
  const b = withExample("Make a thing");
  (b.paths["/v2/things"].post.requestBody.content["application/json"] as Obj).examples = {
    tool: { value: { parameters: { $ref: "#/$defs/when" } } },
  };
  add(
    "V09",
    "a $ref inside example data, beside a summary edit",
    "patch",
    "data is no reference (spec:diff refused the spec: the ref pointed at nothing)",
    a,
    b,
  );
}
