// Builders of the small specs the catalogue of spec changes (cases.ts) is written with.
export type Obj = Record<string, any>;
export const clone = <T>(x: T): T => structuredClone(x);
export function spec(v: "3.0" | "3.1", paths: Obj, components: Obj = {}, extra: Obj = {}): Obj {
  return {
    openapi: v === "3.0" ? "3.0.3" : "3.1.0",
    info: { title: "t", version: "1" },
    servers: [{ url: "https://api.example.com" }],
    security: [{ ApiKey: [] }],
    ...extra,
    paths,
    components: {
      securitySchemes: { ApiKey: { type: "http", scheme: "bearer" } },
      ...components,
    },
  };
}
/** POST /v2/things (orq.things.create) with a JSON body and a JSON 200 answer. */
export function post(
  o: {
    body?: Obj | null;
    bodyRequired?: boolean;
    media?: string;
    encoding?: Obj;
    response?: Obj | null;
    responses?: Obj;
    params?: Obj[];
    extra?: Obj;
  } = {},
): Obj {
  const op: Obj = { operationId: "createThing", summary: "Create a thing" };
  if (o.params) op.parameters = o.params;
  if (o.body !== null) {
    const media: Obj = {
      schema: o.body ?? { type: "object", properties: { name: { type: "string" } } },
    };
    if (o.encoding) media.encoding = o.encoding;
    op.requestBody = {
      required: o.bodyRequired ?? true,
      content: { [o.media ?? "application/json"]: media },
    };
  }
  op.responses = o.responses ?? {
    "200": {
      description: "ok",
      content: {
        "application/json": {
          schema: o.response ?? {
            type: "object",
            properties: { id: { type: "string" } },
            required: ["id"],
          },
        },
      },
    },
  };
  Object.assign(op, o.extra ?? {});
  return op;
}
export function get(params: Obj[], extra: Obj = {}): Obj {
  return {
    operationId: "listThings",
    parameters: params,
    responses: {
      "200": {
        description: "ok",
        content: {
          "application/json": {
            schema: { type: "object", properties: { id: { type: "string" } } },
          },
        },
      },
    },
    ...extra,
  };
}
export const q = (name: string, schema: Obj = { type: "integer" }, more: Obj = {}) => ({
  name,
  in: "query",
  schema,
  ...more,
});
export const str = { type: "string" };
export const num = { type: "number" };
export const int = { type: "integer" };
export const obj = (properties: Obj, required?: string[], more: Obj = {}) => ({
  type: "object",
  properties,
  ...(required ? { required } : {}),
  ...more,
});
export const file = { type: "string", format: "binary" };
