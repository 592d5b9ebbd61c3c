import { describe, expect, it } from "vitest";
import type { MockServer, ValidationErrorDetail } from "../src/index.js";
import { mock } from "./helpers.js";

const address = {
  type: "object",
  required: ["city"],
  properties: { city: { type: "string" }, postal_code: { type: "string", maxLength: 5 } },
};
const strings = { type: "array", items: { type: "string", maxLength: 5 } };

const spec = {
  openapi: "3.0.3",
  info: { title: "form bodies", version: "1" },
  paths: {
    "/customers": {
      post: {
        operationId: "createCustomer",
        requestBody: {
          content: {
            "application/x-www-form-urlencoded": {
              schema: {
                type: "object",
                properties: {
                  email: { type: "string" },
                  address,
                  shipping: address,
                  billing: address,
                  card: {
                    type: "object",
                    properties: {
                      exp_month: { type: "integer", maximum: 12 },
                      owner: { type: "object", properties: { age: { type: "integer" } } },
                    },
                  },
                  metadata: {
                    anyOf: [
                      { type: "object", additionalProperties: { type: "string" } },
                      { type: "string", enum: [""] },
                    ],
                  },
                  expand: strings,
                  tags: strings,
                  pipes: strings,
                  settings: {
                    type: "object",
                    properties: { dark: { type: "boolean" } },
                  },
                },
              },
              encoding: {
                address: { style: "deepObject", explode: true },
                card: { style: "deepObject", explode: true },
                metadata: { style: "deepObject", explode: true },
                expand: { style: "deepObject", explode: true },
                shipping: { style: "form", explode: true },
                billing: { style: "form", explode: false },
                tags: { style: "form", explode: false },
                pipes: { style: "pipeDelimited" },
                settings: { contentType: "application/json" },
              },
            },
          },
        },
        responses: { "204": { description: "ok" } },
      },
    },
  },
};

async function send(
  server: MockServer,
  body: string,
): Promise<{ status: number; problems: string[]; body: unknown }> {
  const res = await fetch(server.url + "/customers", {
    method: "POST",
    body,
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  const problems: string[] = [];
  if (res.status === 422) {
    const json = (await res.json()) as { error: { details: ValidationErrorDetail[] } };
    for (const d of json.error.details) problems.push(`${d.instancePath}:${d.keyword}`);
  }
  return { status: res.status, problems, body: server.requests.at(-1)!.body };
}

describe("urlencoded bodies by their encoding", () => {
  it("read deepObject properties, nested and typed by the schema", async () => {
    const server = await mock({ spec });
    const sent = await send(
      server,
      "address%5Bcity%5D=Paris&address[postal_code]=75001&card[exp_month]=12" +
        "&card[owner][age]=30&metadata[order_id]=6735&expand[]=a&expand[]=b",
    );
    expect(sent).toEqual({
      status: 204,
      problems: [],
      body: {
        address: { city: "Paris", postal_code: "75001" },
        card: { exp_month: 12, owner: { age: 30 } },
        metadata: { order_id: "6735" },
        expand: ["a", "b"],
      },
    });
    // Stripe's way to clear a map: the bare name with an empty value.
    expect(await send(server, "metadata=")).toMatchObject({ status: 204, body: { metadata: "" } });
    expect(await send(server, "expand[0]=a&expand[1]=b")).toMatchObject({
      body: { expand: ["a", "b"] },
    });
    expect(await send(server, "expand=a&expand=b")).toMatchObject({
      body: { expand: ["a", "b"] },
    });
  });

  it("refuse deepObject properties that break the schema or come as JSON text", async () => {
    const server = await mock({ spec });
    expect(
      (await send(server, "address[postal_code]=750011&card[exp_month]=13&card[owner][age]=x"))
        .problems,
    ).toEqual([
      "/address:required",
      "/address/postal_code:maxLength",
      "/card/exp_month:maximum",
      "/card/owner/age:type",
    ]);
    const json = encodeURIComponent(JSON.stringify({ city: "Paris" }));
    expect((await send(server, `address=${json}`)).problems).toEqual(["/address:type"]);
  });

  it("read form objects (exploded and not) and delimited arrays", async () => {
    const server = await mock({ spec });
    const sent = await send(
      server,
      "city=Paris&postal_code=75001&billing=city,Lyon,postal_code,69001&tags=a,b&pipes=c|d",
    );
    expect(sent).toEqual({
      status: 204,
      problems: [],
      body: {
        shipping: { city: "Paris", postal_code: "75001" },
        billing: { city: "Lyon", postal_code: "69001" },
        tags: ["a", "b"],
        pipes: ["c", "d"],
      },
    });
    expect((await send(server, "tags=a,toolong")).problems).toEqual(["/tags/1:maxLength"]);
    // A comma sent as %2C is part of a value (RFC 6570), one sent as is separates values.
    expect(await send(server, "tags=a%2Cb,c")).toMatchObject({ body: { tags: ["a,b", "c"] } });
  });

  it("read JSON text where the encoding's contentType says JSON", async () => {
    const server = await mock({ spec });
    const settings = encodeURIComponent(JSON.stringify({ dark: true }));
    expect(await send(server, `settings=${settings}&email=a@b.c`)).toEqual({
      status: 204,
      problems: [],
      body: { settings: { dark: true }, email: "a@b.c" },
    });
    expect((await send(server, "settings=%7Bnope")).problems).toContain("/settings:json");
  });
});
