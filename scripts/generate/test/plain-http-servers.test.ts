/**
 * A spec whose server is plain http on another machine (SendGrid's published one says
 * `http://api.sendgrid.com/v3`, probe59): a client left at its default sends every call's key
 * in clear. The generator says so when it runs; loopback servers (a local mock) are fine.
 */
import { describe, expect, test } from "vitest";
import type { Document } from "../document.js";
import { plainHttpServers } from "../transform/plain-http-servers.js";
import { generateCli } from "./helpers.js";

const spec = (...urls: string[]) =>
  ({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    servers: urls.map((url) => ({ url })),
    paths: {},
  }) as unknown as Document;

describe("plainHttpServers", () => {
  test("names plain http servers on other machines, not https or loopback ones", () => {
    expect(
      plainHttpServers(
        spec(
          "http://api.sendgrid.com/v3",
          "HTTP://user@10.0.0.2:8080/api",
          "https://api.example.com",
          "http://localhost:4010",
          "http://127.0.0.1:8080/v1",
          "http://[::1]:3000",
          "http://mock.localhost",
        ),
      ),
    ).toEqual(["http://api.sendgrid.com/v3", "HTTP://user@10.0.0.2:8080/api"]);
    expect(plainHttpServers(spec())).toEqual([]);
  });

  test("pnpm generate warns of one, and still generates", async () => {
    const generated = await generateCli(spec("http://api.sendgrid.com/v3"), "plain-http");
    expect(generated.code, generated.output).toBe(0);
    expect(generated.output).toContain(
      "warning: the spec's server http://api.sendgrid.com/v3 is plain http: a client left at it sends every call's key in clear.",
    );
  });
});
