/**
 * spec:diff's rules, one pair of small specs per rule: what users of the SDK feel, at which
 * semver level, said in the SDK's names (camelCase paths, the method from the resource tree).
 */
import { describe as group, expect, test } from "vitest";
import { describe, highest } from "../diff/change.js";
import { classify } from "../diff/classify.js";
import type { Json, JsonObject } from "../spec-file.js";
import { object, specWith, type OpFixture } from "./helpers.js";

const str = { type: "string" };
const num = { type: "number" };
const THING = "orq.things.create()";

/** A pair differing in the request body of `POST /v2/things`. */
const request = (old: Json, next: Json): { old: JsonObject; new: JsonObject } => ({
  old: specWith([{ request: old }]),
  new: specWith([{ request: next }]),
});
/** A pair differing in its 200 response. */
const response = (old: Json, next: Json) => ({
  old: specWith([{ response: old }]),
  new: specWith([{ response: next }]),
});
const ops = (
  old: OpFixture[],
  next: OpFixture[],
  schemas: [JsonObject, JsonObject] = [{}, {}],
) => ({
  old: specWith(old, schemas[0]),
  new: specWith(next, schemas[1]),
});

type Case = [string, { given: { old: JsonObject; new: JsonObject }; want: string[] }];

const cases: Case[] = [
  // Operations
  [
    "operation added: minor",
    {
      given: ops([{}], [{}, { path: "/v2/things/{id}", method: "get", operationId: "getThing" }]),
      want: ["orq.things.get(): Added (Compatible): GET /v2/things/{id}"],
    },
  ],
  [
    "operation removed: major",
    {
      given: ops([{}, { path: "/v2/router/images/edits", operationId: "createImageEdit" }], [{}]),
      want: ["orq.router.images.edits.create(): Removed (Breaking): POST /v2/router/images/edits"],
    },
  ],
  [
    "operation moved to another path, so another method name: major",
    {
      given: ops([{}], [{ path: "/v2/items" }]),
      want: [
        "orq.items.create(): Changed (Breaking): renamed from orq.things.create() (POST /v2/items)",
      ],
    },
  ],
  // Request properties
  [
    "request property added, optional: minor",
    {
      given: request(object({ a: str }), object({ a: str, style: str })),
      want: [`${THING}: request.style Added (Compatible)`],
    },
  ],
  [
    "request property added, required: major",
    {
      given: request(
        object({ a: str }),
        object({ a: str, response_format: str }, ["response_format"]),
      ),
      want: [`${THING}: request.responseFormat Added (Breaking): required`],
    },
  ],
  [
    "request property removed: major",
    {
      given: request(object({ a: str, load_balancer: str }), object({ a: str })),
      want: [`${THING}: request.loadBalancer Removed (Breaking)`],
    },
  ],
  [
    "request property made required: major",
    {
      given: request(object({ a: str }), object({ a: str }, ["a"])),
      want: [`${THING}: request.a Changed (Breaking): now required`],
    },
  ],
  [
    "request property made optional: minor",
    {
      given: request(object({ a: str }, ["a"]), object({ a: str })),
      want: [`${THING}: request.a Changed (Compatible): now optional`],
    },
  ],
  [
    "request type changed: major",
    {
      given: request(object({ n: num }), object({ n: str })),
      want: [`${THING}: request.n Changed (Breaking): type number → string`],
    },
  ],
  [
    "request type widened (null allowed): minor",
    {
      given: request(object({ n: num }), object({ n: { type: ["number", "null"] } })),
      want: [`${THING}: request.n Changed (Compatible): type number → null | number`],
    },
  ],
  [
    "request type narrowed (3.0 nullable dropped): major",
    {
      given: request(object({ n: { ...num, nullable: true } }), object({ n: num })),
      want: [`${THING}: request.n Changed (Breaking): type null | number → number`],
    },
  ],
  [
    "request enum value removed: major",
    {
      given: request(
        object({ quality: { type: "string", enum: ["auto", "high", "standard"] } }),
        object({ quality: { type: "string", enum: ["auto", "high"] } }),
      ),
      want: [`${THING}: request.quality Changed (Breaking): no longer accepts "standard"`],
    },
  ],
  [
    "request enum value added: minor",
    {
      given: request(
        object({ quality: { type: "string", enum: ["auto"] } }),
        object({ quality: { type: "string", enum: ["auto", "low"] } }),
      ),
      want: [`${THING}: request.quality Changed (Compatible): also accepts "low"`],
    },
  ],
  [
    "request constraint tightened (maximum lowered): major",
    {
      given: request(object({ n: { ...num, maximum: 10 } }), object({ n: { ...num, maximum: 5 } })),
      want: [`${THING}: request.n Changed (Breaking): maximum 10 → 5`],
    },
  ],
  [
    "request constraint tightened (minLength added, pattern changed): major",
    {
      given: request(
        object({ s: { ...str, pattern: "^a" } }),
        object({ s: { ...str, pattern: "^b", minLength: 2 } }),
      ),
      want: [
        `${THING}: request.s Changed (Breaking): minLength 2 added`,
        `${THING}: request.s Changed (Breaking): pattern "^a" → "^b"`,
      ],
    },
  ],
  [
    "request constraint loosened (maxItems raised, x-max-bytes removed): minor",
    {
      given: request(
        object({
          files: {
            type: "array",
            maxItems: 4,
            items: { ...str, format: "binary", "x-max-bytes": 100 },
          },
        }),
        object({ files: { type: "array", maxItems: 16, items: { ...str, format: "binary" } } }),
      ),
      want: [
        `${THING}: request.files Changed (Compatible): maxItems 4 → 16`,
        `${THING}: request.files[] Changed (Compatible): x-max-bytes 100 removed`,
      ],
    },
  ],
  [
    "request: one file becomes one file or up to 16 (oneOf): minor",
    {
      given: request(
        object({ image: { type: "string", format: "binary" } }),
        object({
          image: {
            oneOf: [
              { type: "string", format: "binary" },
              { type: "array", items: { type: "string", format: "binary" }, maxItems: 16 },
            ],
          },
        }),
      ),
      want: [`${THING}: request.image Changed (Compatible): also accepts array`],
    },
  ],
  [
    "request: a oneOf variant taken away: major",
    {
      given: request(object({ v: { oneOf: [str, num] } }), object({ v: { oneOf: [str] } })),
      want: [`${THING}: request.v Changed (Breaking): type number | string → string`],
    },
  ],
  [
    "nested request property: camelCase path through objects and arrays",
    {
      given: request(
        object({ orq: object({ retry: object({ on_codes: { type: "array", items: num } }) }) }),
        object({ orq: object({ retry: object({ on_codes: { type: "array", items: str } }) }) }),
      ),
      want: [`${THING}: request.orq.retry.onCodes[] Changed (Breaking): type number → string`],
    },
  ],
  // Parameters and the body's place
  [
    "parameter added: required is major, optional is minor",
    {
      given: ops(
        [
          {
            path: "/v2/things/{id}",
            operationId: "updateThing",
            parameters: [{ name: "id", in: "path", schema: str }],
          },
        ],
        [
          {
            path: "/v2/things/{id}",
            operationId: "updateThing",
            parameters: [
              { name: "id", in: "path", schema: str },
              { name: "dry_run", in: "query", schema: { type: "boolean" } },
              { name: "x-tenant", in: "header", required: true, schema: str },
            ],
          },
        ],
      ),
      want: [
        "orq.things.update(): request.dryRun Added (Compatible): query parameter",
        "orq.things.update(): request.xTenant Added (Breaking): required header parameter",
      ],
    },
  ],
  [
    "parameter removed: major",
    {
      given: ops([{ parameters: [{ name: "page", in: "query", schema: num }] }], [{}]),
      want: [
        "orq.things.create(): Changed (Breaking): now takes no request: its first argument is the options",
        "orq.things.create(): request.page Removed (Breaking): query parameter",
      ],
    },
  ],
  [
    "a first parameter moves the body under request.requestBody: major",
    {
      given: ops(
        [{ request: object({ a: str }) }],
        [{ request: object({ a: str }), parameters: [{ name: "v", in: "query", schema: str }] }],
      ),
      want: [
        "orq.things.create(): request Changed (Breaking): the body moved to request.requestBody",
        "orq.things.create(): request.v Added (Compatible): query parameter",
      ],
    },
  ],
  // Responses
  [
    "response property added: minor",
    {
      given: response(object({ created: num }), object({ created: num, output_format: str })),
      want: [`${THING}: response.outputFormat Added (Compatible)`],
    },
  ],
  [
    "response property removed: major",
    {
      given: response(object({ created: num, usage: object({}) }), object({ created: num })),
      want: [`${THING}: response.usage Removed (Breaking)`],
    },
  ],
  [
    "response property made optional: major",
    {
      given: response(object({ created: num }, ["created"]), object({ created: num })),
      want: [`${THING}: response.created Changed (Breaking): now optional: may be missing`],
    },
  ],
  [
    "response enum value added: major (breaks exhaustive handling)",
    {
      given: response(
        object({ status: { type: "string", enum: ["done"] } }),
        object({ status: { type: "string", enum: ["done", "queued"] } }),
      ),
      want: [`${THING}: response.status Changed (Breaking): may also be "queued"`],
    },
  ],
  [
    "response enum value removed: major (code comparing with it stops compiling)",
    {
      given: response(
        object({ status: { type: "string", enum: ["done", "queued"] } }),
        object({ status: { type: "string", enum: ["done"] } }),
      ),
      want: [
        `${THING}: response.status Changed (Breaking): no longer returns "queued": code comparing with it stops compiling`,
      ],
    },
  ],
  [
    "response string narrowed to an enum: major (code comparing with another value stops compiling)",
    {
      given: response(
        object({ format: str }),
        object({ format: { type: "string", enum: ["png", "jpeg"] } }),
      ),
      want: [
        `${THING}: response.format Changed (Breaking): is now one of "png", "jpeg": code comparing with another value stops compiling`,
      ],
    },
  ],
  [
    "response type widened (may now be null): major",
    {
      given: response(object({ url: str }), object({ url: { type: ["string", "null"] } })),
      want: [`${THING}: response.url Changed (Breaking): type string → null | string`],
    },
  ],
  [
    "response array items: path with []",
    {
      given: response(
        object({ data: { type: "array", items: object({ b64_json: str }) } }),
        object({ data: { type: "array", items: object({ b64_json: str, revised_prompt: str }) } }),
      ),
      want: [`${THING}: response.data[].revisedPrompt Added (Compatible)`],
    },
  ],
  [
    "response constraint changed: patch (no type changes)",
    {
      given: response(
        object({ s: { ...str, maxLength: 10 } }),
        object({ s: { ...str, maxLength: 5 } }),
      ),
      want: [`${THING}: response.s Changed (Docs): maxLength 10 → 5`],
    },
  ],
  // Documentation only
  [
    "description only: patch",
    {
      given: request(
        object({ a: { ...str, description: "old" } }),
        object({ a: { ...str, description: "new" } }),
      ),
      want: [`${THING}: request.a Changed (Docs): description changed`],
    },
  ],
  [
    "example only: patch; a request field's default: minor, said apart (a call that leaves it out gets another value)",
    {
      given: request(
        object({ n: { ...num, example: 1, default: 1 } }),
        object({ n: { ...num, example: 2, default: 2 } }),
      ),
      want: [
        `${THING}: request.n Changed (Compatible): default 1 → 2: a call that leaves it out gets 2`,
        `${THING}: request.n Changed (Docs): example changed`,
      ],
    },
  ],
  [
    "a request field's default taken away: minor",
    {
      given: request(object({ n: { ...num, default: 1 } }), object({ n: num })),
      want: [
        `${THING}: request.n Changed (Compatible): default 1 → none: a call that leaves it out no longer gets 1`,
      ],
    },
  ],
  [
    "a required field's default: patch (no call leaves it out)",
    {
      given: request(
        object({ n: { ...num, default: 1 } }, ["n"]),
        object({ n: { ...num, default: 2 } }, ["n"]),
      ),
      want: [`${THING}: request.n Changed (Docs): default 1 → 2`],
    },
  ],
  [
    "an answer's default: patch (the SDK returns what the server sent)",
    {
      given: response(object({ n: { ...num, default: 1 } }), object({ n: { ...num, default: 2 } })),
      want: [`${THING}: response.n Changed (Docs): default 1 → 2`],
    },
  ],
  [
    "operation summary only: patch",
    {
      given: {
        old: specWith([{}]),
        new: (() => {
          const doc = specWith([{}]);
          ((doc.paths as JsonObject)["/v2/things"] as JsonObject).post = {
            ...(((doc.paths as JsonObject)["/v2/things"] as JsonObject).post as JsonObject),
            summary: "Create a thing",
          };
          return doc;
        })(),
      },
      want: [`${THING}: Changed (Docs): summary changed`],
    },
  ],
  [
    "a new default server (the first one, variables at their defaults): minor, said once",
    {
      given: {
        old: { ...specWith([{}]), servers: [{ url: "https://a.example/" }] },
        new: {
          ...specWith([{}]),
          servers: [
            { url: "https://{zone}.example", variables: { zone: { default: "b" } } },
            { url: "https://a.example" },
          ],
        },
      },
      want: [
        "The API spec: Changed (Compatible): requests go to https://b.example by default (was https://a.example)",
        "The API spec: Changed (Compatible): serverIdx 1 picks https://a.example, a new server",
      ],
    },
  ],
  [
    "a server added after the first: minor, a new choice for serverIdx",
    {
      given: {
        old: { ...specWith([{}]), servers: [{ url: "https://a.example" }] },
        new: {
          ...specWith([{}]),
          servers: [{ url: "https://a.example/" }, { url: "https://b.example" }],
        },
      },
      want: [
        "The API spec: Changed (Compatible): serverIdx 1 picks https://b.example, a new server",
      ],
    },
  ],
  [
    "a server after the first removed or moved: major, code naming its serverIdx breaks",
    {
      given: {
        old: {
          ...specWith([{}]),
          servers: [
            { url: "https://a.example" },
            { url: "https://b.example" },
            { url: "https://c.example" },
          ],
        },
        new: {
          ...specWith([{}]),
          servers: [{ url: "https://a.example" }, { url: "https://c.example" }],
        },
      },
      want: [
        "The API spec: Changed (Breaking): serverIdx 1 picks https://c.example (was https://b.example)",
        "The API spec: Changed (Breaking): serverIdx 2 picks no server (was https://c.example): refused",
      ],
    },
  ],
  [
    // Without a server (or with a relative one) `new Orq()` needs a serverURL in Node and Deno.
    "the servers removed: major, new Orq() without a serverURL is refused",
    {
      given: {
        old: { ...specWith([{}]), servers: [{ url: "https://a.example" }] },
        new: specWith([{}]),
      },
      want: [
        "The API spec: Changed (Breaking): requests go to / by default (was https://a.example), which is no absolute URL: new Orq() needs a serverURL in Node and Deno",
      ],
    },
  ],
  [
    "a relative server made absolute: minor",
    {
      given: {
        old: { ...specWith([{}]), servers: [{ url: "/api" }] },
        new: { ...specWith([{}]), servers: [{ url: "https://a.example/api" }] },
      },
      want: [
        "The API spec: Changed (Compatible): requests go to https://a.example/api by default (was /api)",
      ],
    },
  ],
  [
    "servers written differently, the same URLs: one patch line for the spec",
    {
      given: {
        old: {
          ...specWith([{}]),
          servers: [{ url: "https://a.example" }, { url: "https://b.example" }],
        },
        new: {
          ...specWith([{}]),
          servers: [
            { url: "https://a.example/" },
            { url: "https://{h}.example", variables: { h: { default: "b" } } },
          ],
        },
      },
      want: [
        "The API spec: Changed (Docs): the spec changed, but neither the methods, their types nor what they send and check (documentation, examples, info, or parts the SDK does not read)",
      ],
    },
  ],
  // Components and refs
  [
    "a changed component is reported wherever the SDK uses it",
    {
      given: ops(
        [
          {
            request: object({ who: { $ref: "#/components/schemas/Identity" } }),
            response: { $ref: "#/components/schemas/Identity" },
          },
        ],
        [
          {
            request: object({ who: { $ref: "#/components/schemas/Identity" } }),
            response: { $ref: "#/components/schemas/Identity" },
          },
        ],
        [{ Identity: object({ id: str }) }, { Identity: object({ id: str, display_name: str }) }],
      ),
      want: [
        `${THING}: request.who.displayName Added (Compatible)`,
        `${THING}: response.displayName Added (Compatible)`,
      ],
    },
  ],
  [
    "a recursive schema: the change below the cycle is found, and the walk ends",
    {
      given: ops(
        [{ request: { $ref: "#/components/schemas/Node" } }],
        [{ request: { $ref: "#/components/schemas/Node" } }],
        [
          {
            Node: object({
              name: str,
              children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
            }),
          },
          {
            Node: object({
              name: num,
              children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
            }),
          },
        ],
      ),
      want: [`${THING}: request.name Changed (Breaking): type string → number`],
    },
  ],
  [
    "allOf parts are read as one schema",
    {
      given: request(
        { allOf: [object({ a: str }), object({ b: str })] },
        { allOf: [object({ a: str }), object({ b: str }, ["b"])] },
      ),
      want: [`${THING}: request.b Changed (Breaking): now required`],
    },
  ],
  [
    "no change: nothing, not even a patch",
    { given: request(object({ a: str }), object({ a: str })), want: [] },
  ],
];

group("classify", () => {
  test.each(cases)("%s", (_name, { given, want }) => {
    expect(classify(given.old, given.new).map(describe)).toEqual(want);
  });
});

test("the bump is the highest level found", () => {
  const { old, new: next } = request(
    object({ a: { ...str, description: "x" }, q: { type: "string", enum: ["a", "b"] } }),
    object({ a: { ...str, description: "y" }, q: { type: "string", enum: ["a"] }, c: str }),
  );
  const changes = classify(old, next);
  expect(changes.map((c) => c.level).sort()).toEqual(["major", "minor", "patch"]);
  expect(highest(changes)).toBe("major");
  expect(highest([])).toBeUndefined();
});

test("answers of server-sent events: their events compare as a response; a stream that comes is major", () => {
  const withEvents = (events: Json | undefined): JsonObject => {
    const spec = specWith([{ response: object({ id: str }) }]);
    const content = (((spec.paths as JsonObject)["/v2/things"] as JsonObject).post as JsonObject)
      .responses as JsonObject;
    const ok = content["200"] as JsonObject;
    if (events !== undefined)
      (ok.content as JsonObject)["text/event-stream"] = {
        schema: object({ data: events }),
        "x-speakeasy-sse-sentinel": "[DONE]",
      };
    return spec;
  };
  expect(classify(withEvents(undefined), withEvents(object({ a: str }))).map(describe)).toEqual([
    `${THING}: events Changed (Breaking): may now answer with a stream of events`,
  ]);
  const changes = classify(withEvents(object({ a: str }, ["a"])), withEvents(object({ a: str })));
  expect(changes.map((c) => [c.path, c.level])).toEqual([["events.data.a", "major"]]);
});

test("an operation marked x-speakeasy-ignore leaves the SDK: removed, major; unmarked, added", () => {
  const marked = specWith([{}, { path: "/v2/widgets", operationId: "createWidget" }]);
  const widgets = (marked.paths as JsonObject)["/v2/widgets"] as JsonObject;
  (widgets.post as JsonObject)["x-speakeasy-ignore"] = true;
  const plain = specWith([{}, { path: "/v2/widgets", operationId: "createWidget" }]);
  expect(classify(plain, marked).map(describe)).toEqual([
    "orq.widgets.create(): Removed (Breaking): POST /v2/widgets",
  ]);
  expect(classify(marked, plain).map(describe)).toEqual([
    "orq.widgets.create(): Added (Compatible): POST /v2/widgets",
  ]);
});

group("what the generator makes of the specs (the audit's findings)", () => {
  const thing = (extra: JsonObject = {}, schemas: JsonObject = {}) => ({
    ...specWith([{ request: object({ name: str }), response: object({ id: str }) }], schemas),
    ...extra,
  });
  const lines = (old: JsonObject, next: JsonObject) => classify(old, next).map(describe);

  test("a neighbour that takes an operation's names renames it: major, said so", () => {
    const old = specWith([{ request: object({ name: str }) }]);
    const next = specWith([
      { request: object({ name: str }) },
      { path: "/v1/things", operationId: "create-thing", request: object({ name: str }) },
    ]);
    expect(lines(old, next)).toContain(
      `orq.v2.things.create(): Changed (Breaking): renamed from ${THING} (POST /v2/things)`,
    );
  });

  test("a parameter whose SDK name another one took, and one whose wire name alone changed", () => {
    const path = { name: "id", in: "path", required: true, schema: str };
    const query = { name: "id", in: "query", schema: str };
    const get = (parameters: Json[]) =>
      specWith([{ path: "/v2/things/{id}", method: "get", operationId: "getThing", parameters }]);
    expect(lines(get([path]), get([query, path]))).toEqual([
      "orq.things.get(): request.pathId Changed (Breaking): renamed from request.id (path id)",
      "orq.things.get(): request.id Added (Compatible): query parameter",
    ]);
    const list = (name: string) =>
      specWith([
        {
          method: "get",
          operationId: "listThings",
          parameters: [{ name, in: "query", schema: str }],
        },
      ]);
    expect(lines(list("page_size"), list("pageSize"))).toEqual([
      "orq.things.list(): request.pageSize Changed (Docs): now sent as the query parameter pageSize (was query page_size)",
    ]);
  });

  test("readOnly in a request and writeOnly in an answer take the property away", () => {
    const old = specWith([{ request: object({ a: str }), response: object({ b: str }) }]);
    const next = specWith([
      {
        request: object({ a: { ...str, readOnly: true } }),
        response: object({ b: { ...str, writeOnly: true } }),
      },
    ]);
    expect(lines(old, next)).toEqual([
      `${THING}: request.a Removed (Breaking): now readOnly`,
      `${THING}: response.b Removed (Breaking): now writeOnly`,
    ]);
  });

  test("another 2XX answer makes the result a union: major", () => {
    const old = thing();
    const next = structuredClone(old);
    const responses = (((next.paths as JsonObject)["/v2/things"] as JsonObject).post as JsonObject)
      .responses as JsonObject;
    responses["202"] = {
      description: "accepted",
      content: { "application/json": { schema: object({ jobId: str }, ["jobId"]) } },
    };
    expect(lines(old, next)).toEqual([
      `${THING}: response(202) Changed (Breaking): may now answer 202 (application/json)`,
    ]);
  });

  test("error answers: each is thrown as its class from models/errors", () => {
    /** `thing()` with these error answers, each a JSON body. */
    const withErrors = (answers: Record<string, Json>, schemas: JsonObject = {}) => {
      const spec = thing({}, schemas);
      const post = ((spec.paths as JsonObject)["/v2/things"] as JsonObject).post as JsonObject;
      for (const [status, schema] of Object.entries(answers))
        (post.responses as JsonObject)[status] = {
          description: status,
          content: { "application/json": { schema } },
        };
      return spec;
    };
    const message = object({ message: str }, ["message"]);
    // One more: a narrower class for what was an APIError.
    expect(lines(thing(), withErrors({ "404": message }))).toEqual([
      `${THING}: error(404) Changed (Compatible): a 404 answer is now thrown as models/errors.CreateThingResponseBody`,
    ]);
    // One fewer: the class is gone from the SDK, and the answer is an APIError again.
    expect(lines(withErrors({ "404": message }), thing())).toEqual([
      `${THING}: error(404) Changed (Breaking): a 404 answer is no longer thrown as CreateThingResponseBody, but as an APIError`,
      "The API spec: models/errors.CreateThingResponseBody Removed (Breaking): no longer exported (no error answer is thrown as it any more)",
    ]);
    // One added before it: the 404's inline class takes the second name (as the official SDK's).
    expect(
      lines(withErrors({ "404": message }), withErrors({ "400": message, "404": message })),
    ).toEqual([
      `${THING}: error(400) Changed (Compatible): a 400 answer is now thrown as models/errors.CreateThingResponseBody`,
      `${THING}: error(404) Changed (Breaking): a 404 answer is now thrown as models/errors.CreateThingThingsResponseBody (was models/errors.CreateThingResponseBody)`,
    ]);
    // Its body, `data$`, compares as an answer does.
    expect(
      lines(withErrors({ "404": message }), withErrors({ "404": object({ text: str }, ["text"]) })),
    ).toEqual([
      `${THING}: error(404).text Added (Compatible)`,
      `${THING}: error(404).message Removed (Breaking)`,
    ]);
    // A component's class, shared by operations.
    const ref = { $ref: "#/components/schemas/NotFound" };
    expect(
      lines(
        withErrors({ "404": ref }, { NotFound: message }),
        withErrors({ "404": message }, { NotFound: message }),
      ),
    ).toEqual([
      `${THING}: error(404) Changed (Breaking): a 404 answer is now thrown as models/errors.CreateThingResponseBody (was models/errors.NotFound)`,
      "The API spec: models/errors.NotFound Removed (Breaking): no longer exported (no error answer is thrown as it any more)",
      "The API spec: models.NotFoundData Removed (Breaking): the body type of the error class NotFound, which is gone: the schema's type is NotFound again",
    ]);
  });

  test("a docs edit beside a change no rule knows does not switch the safety net off", () => {
    // `writeOnly` taken off a request's property: no rule of its own, so the net says it; with a
    // summary edited beside it, the net was off and the whole was a patch.
    const open = object({ name: { ...str, writeOnly: true } });
    const withSummary = (spec: JsonObject, summary: string) => {
      const post = ((spec.paths as JsonObject)["/v2/things"] as JsonObject).post as JsonObject;
      post.summary = summary;
      return spec;
    };
    const old = withSummary(specWith([{ request: open }]), "Create a thing");
    const next = withSummary(specWith([{ request: object({ name: str }) }]), "Make a thing");
    expect(lines(old, next)).toEqual([
      `${THING}: Changed (Docs): summary changed`,
      `${THING}: Changed (Breaking): what the SDK sends or checks changed (requestBody) in a way spec:diff does not classify: taken as breaking; read the generated diff`,
    ]);
  });

  test("a rule's change in one part of the method leaves the net on for the others", () => {
    // The same request change no rule knows, beside a field added to the answer: the rule's
    // word switched the whole net off, and the release was called compatible.
    const open = object({ name: { ...str, writeOnly: true } });
    const old = specWith([{ request: open, response: object({ id: str }) }]);
    const next = specWith([
      { request: object({ name: str }), response: object({ id: str, label: str }) },
    ]);
    expect(lines(old, next)).toEqual([
      `${THING}: response.label Added (Compatible)`,
      `${THING}: Changed (Breaking): what the SDK sends or checks changed (requestBody) in a way spec:diff does not classify: taken as breaking; read the generated diff`,
    ]);
  });

  test("a path that changes beside a rule's change is still said", () => {
    // (The method keeps its name, the official SDK's way: its group and name given.)
    const at = (path: string, param: string) => {
      const spec = specWith([
        {
          path,
          method: "get",
          operationId: "getThing",
          parameters: [
            { name: "id", in: "path", required: true, schema: str },
            { name: "limit", in: param, schema: num },
          ],
        },
      ]);
      const get = ((spec.paths as JsonObject)[path] as JsonObject).get as JsonObject;
      Object.assign(get, { "x-speakeasy-group": "things", "x-speakeasy-name-override": "get" });
      return spec;
    };
    expect(lines(at("/v2/things/{id}", "query"), at("/v2/items/{id}", "header"))).toEqual([
      "orq.things.get(): request.limit Changed (Docs): now sent as the header parameter limit (was query limit)",
      'orq.things.get(): Changed (Docs): path is now "/v2/items/{id}" (the SDK sends it so itself)',
    ]);
  });

  test("a method that took nothing takes options first: a request, even optional, breaks that", () => {
    const list = (extra: JsonObject = {}) =>
      specWith([{ method: "get", operationId: "listThings", ...extra }]);
    const limit = { name: "limit", in: "query", schema: num };
    expect(lines(list(), list({ parameters: [limit] }))).toContain(
      "orq.things.list(): Changed (Breaking): now takes a request first: calls that pass their options first (orq.things.list({ timeoutMs })) break",
    );
    expect(lines(list({ parameters: [limit] }), list())).toContain(
      "orq.things.list(): Changed (Breaking): now takes no request: its first argument is the options",
    );
  });

  test("a component that becomes an error body leaves its name to the class", () => {
    const withError = (error: boolean) => {
      const spec = thing({}, { NotFound: object({ message: str }) });
      const post = ((spec.paths as JsonObject)["/v2/things"] as JsonObject).post as JsonObject;
      const responses = post.responses as JsonObject;
      const schema = { $ref: "#/components/schemas/NotFound" };
      responses[error ? "404" : "200"] = {
        description: "x",
        content: { "application/json": { schema: error ? schema : object({ id: str }) } },
      };
      return spec;
    };
    expect(lines(withError(false), withError(true))).toEqual([
      `${THING}: error(404) Changed (Compatible): a 404 answer is now thrown as models/errors.NotFound`,
      "The API spec: models.NotFound Removed (Breaking): now the error class of that name (models/errors), its body's type NotFoundData",
    ]);
  });

  test("a component with read-only fields is an export too: its removal is said once", () => {
    const uses = (name: string) =>
      specWith([{ response: { $ref: `#/components/schemas/${name}` } }], {
        [name]: object({ id: { ...str, readOnly: true } }),
      });
    expect(lines(uses("Thing"), uses("Thing"))).toEqual([]);
    expect(lines(uses("Thing"), uses("Widget"))).toContain(
      "The API spec: models.Thing Removed (Breaking): no longer exported (the spec has no schema of that name any more)",
    );
  });

  test("rules the SDK checks before sending, and discriminator tags, are compared", () => {
    const not = request(object({ a: str, b: str }), {
      ...object({ a: str, b: str }),
      not: { required: ["a", "b"] },
    });
    expect(classify(not.old, not.new).map(describe)).toEqual([
      `${THING}: request Changed (Breaking): not added`,
    ]);
  });

  test("a component type that goes away breaks the code that imports it", () => {
    const uses = (name: string) =>
      specWith([{ request: { $ref: `#/components/schemas/${name}` } }], {
        [name]: object({ a: str }),
      });
    // Renamed, the same schema: the line says what to import instead.
    expect(lines(uses("Thing"), uses("Widget"))).toEqual([
      "The API spec: models.Thing Removed (Breaking): no longer exported (the spec has no schema of that name any more; now Widget, the same schema)",
    ]);
  });

  test("a credential now needed beside the key refuses every call: major", () => {
    const scheme = { type: "apiKey", in: "header", name: "X-Org" };
    const old = thing({
      components: { securitySchemes: { ApiKey: { type: "http", scheme: "bearer" }, Org: scheme } },
      security: [{ ApiKey: [] }],
    });
    const next = { ...structuredClone(old), security: [{ ApiKey: [], Org: [] }] };
    expect(lines(old, next)).toContain(
      `${THING}: credentials Changed (Breaking): now needs credentials besides the key`,
    );
  });

  test("a set of credentials a client fills no longer sent: a scheme renamed, or one more needed", () => {
    const schemes = {
      AppId: { type: "apiKey", in: "header", name: "X-App" },
      Secret: { type: "apiKey", in: "header", name: "X-Secret" },
      Region: { type: "apiKey", in: "header", name: "X-Region" },
      Application: { type: "apiKey", in: "header", name: "X-App" },
    };
    const needing = (...sets: string[][]) =>
      thing({
        components: { securitySchemes: schemes },
        security: sets.map((set) => Object.fromEntries(set.map((name) => [name, []]))),
      });
    const pair = needing(["AppId", "Secret"]);
    expect(lines(pair, needing(["Application", "Secret"]))).toEqual([
      `${THING}: credentials Changed (Breaking): now needs Application + Secret (was AppId + Secret)`,
    ]);
    expect(lines(pair, needing(["AppId", "Secret", "Region"]))).toEqual([
      `${THING}: credentials Changed (Breaking): now needs AppId + Secret + Region (was AppId + Secret)`,
    ]);
    // Another set beside it, or one of fewer: every client that worked still does.
    expect(lines(pair, needing(["AppId", "Secret"], ["Region", "Secret"]))).toEqual([
      `${THING}: credentials Changed (Compatible): the credentials it takes changed`,
    ]);
  });

  test("allOf parts' bounds apply at once: a later part's tighter one is the bound", () => {
    const label = (first: number, second: number) =>
      object({ label: { allOf: [{ ...str, maxLength: first }, { maxLength: second }] } });
    const { old, new: next } = request(label(100, 50), label(200, 20));
    expect(lines(old, next)).toEqual([
      `${THING}: request.label Changed (Breaking): maxLength 50 → 20`,
    ]);
  });

  test("a new schema that takes an export's name from another one: that name changed type", () => {
    // `thing_input` comes first, so it is `ThingInput`, and the old one is `ThingInputSchema`.
    const input = object({ name: str });
    const old = specWith([{ request: { $ref: "#/components/schemas/ThingInput" } }], {
      ThingInput: input,
    });
    const next = specWith([{ request: { $ref: "#/components/schemas/ThingInput" } }], {
      thing_input: object({ legacy: { type: "boolean" } }),
      ThingInput: input,
    });
    expect(lines(old, next)).toContain(
      "The API spec: models.ThingInput Changed (Breaking): now the type of the schema thing_input (was ThingInput's)",
    );
  });

  test("a type list and a choice between the same bare types are one type", () => {
    const list = response(object({ score: { type: ["number", "null"] } }), {
      ...object({ score: { anyOf: [{ type: "number" }, { type: "null" }] } }),
    });
    expect(highest(classify(list.old, list.new))).toBe("patch");
    // A real change still shows: a choice that gains a type.
    const wider = response(object({ score: { type: ["number", "null"] } }), {
      ...object({ score: { anyOf: [{ type: "number" }, { type: "null" }, { type: "string" }] } }),
    });
    expect(highest(classify(wider.old, wider.new))).toBe("major");
  });

  test("bounds that bound nothing, and a field required twice, are no change", () => {
    for (const extra of [{ minLength: 0 }, { uniqueItems: false }] as JsonObject[]) {
      const field: JsonObject = "minLength" in extra ? str : { type: "array", items: str };
      const { old, new: next } = request(
        object({ a: field }),
        object({ a: { ...field, ...extra } }),
      );
      expect(highest(classify(old, next))).toBe("patch");
    }
    const twice = request(object({ a: str }, ["a"]), object({ a: str }, ["a", "a"]));
    expect(highest(classify(twice.old, twice.new))).toBe("patch");
  });

  test("multipleOf: a step that divides the old one takes more", () => {
    const step = (a: number, b: number) =>
      classify(
        ...(Object.values(
          request(
            object({ n: { ...num, multipleOf: a } }),
            object({ n: { ...num, multipleOf: b } }),
          ),
        ) as [JsonObject, JsonObject]),
      )[0]!.level;
    expect([step(2, 4), step(4, 2), step(0.01, 0.001), step(0.01, 0.03)]).toEqual([
      "major",
      "minor",
      "minor",
      "major",
    ]);
  });

  test("a file field's media types: fewer is breaking, even beside another change; more is not", () => {
    // The SDK checks a file's real type against the multipart encoding's list before sending:
    // narrowed, it refuses JPEGs. (It used to reach only the safety net, which a rule's word
    // about another field of the body switched off: probe32 F2.)
    const upload = (contentType: string, caption = false) => {
      const spec = specWith([
        {
          request: object({
            image: { type: "string", format: "binary" },
            ...(caption ? { image_caption: str } : {}),
          }),
          mediaType: "multipart/form-data",
        },
      ]);
      const media = (
        (((spec.paths as JsonObject)["/v2/things"] as JsonObject).post as JsonObject)
          .requestBody as JsonObject
      ).content as JsonObject;
      (media["multipart/form-data"] as JsonObject).encoding = {
        image: { contentType },
        ...(caption ? { image_caption: { contentType: "text/plain" } } : {}),
      };
      return spec;
    };
    expect(lines(upload("image/png, image/jpeg"), upload("image/png"))).toEqual([
      `${THING}: request.image Changed (Breaking): files may be image/png (were image/png, image/jpeg)`,
    ]);
    const both = lines(upload("image/png, image/jpeg"), upload("image/png", true));
    expect(both).toEqual([
      `${THING}: request.image Changed (Breaking): files may be image/png (were image/png, image/jpeg)`,
      `${THING}: request.imageCaption Added (Compatible)`,
    ]);
    expect(lines(upload("image/png"), upload("image/png, image/webp"))).toEqual([
      `${THING}: request.image Changed (Compatible): files may be image/png, image/webp (were image/png)`,
    ]);
    // Any type the field took counts, text ones too; a wildcard covers what it names.
    expect(lines(upload("image/png, text/plain"), upload("text/plain"))).toEqual([
      `${THING}: request.image Changed (Breaking): files may be text/plain (were image/png, text/plain)`,
    ]);
    expect(lines(upload("image/png"), upload("image/*"))).toEqual([
      `${THING}: request.image Changed (Compatible): files may be image/* (were image/png)`,
    ]);
    expect(lines(upload("image/png"), upload("application/octet-stream"))).toEqual([
      `${THING}: request.image Changed (Compatible): files may be any (were image/png)`,
    ]);
    expect(lines(upload("application/octet-stream"), upload("image/png"))).toEqual([
      `${THING}: request.image Changed (Breaking): files may be image/png (were any)`,
    ]);
  });

  test("a 3.1 contentMediaType narrowed beside a new field: breaking, at the field", () => {
    const upload = (types: string[], caption = false) =>
      specWith([
        {
          request: object({
            scan: {
              anyOf: types.map((contentMediaType) => ({ type: "string", contentMediaType })),
            },
            ...(caption ? { caption: str } : {}),
          }),
          mediaType: "multipart/form-data",
        },
      ]);
    expect(
      lines(upload(["application/pdf", "image/png"]), upload(["application/pdf"], true)),
    ).toEqual([
      `${THING}: request.scan Changed (Breaking): files may be application/pdf (were application/pdf, image/png)`,
      // (The union's rule says it too, of the branch that went.)
      `${THING}: request.scan Changed (Breaking): no longer accepts file`,
      `${THING}: request.caption Added (Compatible)`,
    ]);
  });

  test("key order in examples and defaults is no change", () => {
    const a = request(
      object({ m: { type: "object", default: { x: 1, y: 2 } } }),
      object({ m: { type: "object", default: { y: 2, x: 1 } } }),
    );
    expect(classify(a.old, a.new)).toEqual([]);
  });

  test("an operationId that changed renames the types, said so, as one change", () => {
    const old = specWith([{ operationId: "createThing" }]);
    const next = specWith([{ operationId: "makeThing" }]);
    expect(lines(old, next)).toEqual([
      `${THING}: Changed (Breaking): operationId createThing → makeThing: its types are now named MakeThing… (were CreateThing…)`,
    ]);
  });

  test("a spec it cannot read truly is refused, naming which one and why", () => {
    const dangling = specWith([{ request: { $ref: "#/components/schemas/Missing" } }]);
    expect(() => classify(specWith([{}]), dangling)).toThrow(
      /^new spec: \$ref #\/components\/schemas\/Missing \(at #\/paths\/~1v2~1things\/post\/requestBody\/content\/application~1json\/schema\) points at nothing$/,
    );
    expect(() => classify({ swagger: "2.0", paths: {} }, specWith([{}]))).toThrow(
      /^old spec: not an OpenAPI 3\.0 or 3\.1 document/,
    );
  });
});
