// Node checks the client's option names: `serverUrl` for `serverURL` sent the calls meant for a
// mock or a proxy to the real API, with the real key, without a word.
import { describe, expect, it } from "vitest";
import { HTTPClient, Orq, OrqCore, ServerList, ValidationError } from "../src/index.js";

describe("an option name written another way is refused", () => {
  it.each([
    [
      () => new Orq({ apiKey: "k", serverUrl: "http://127.0.0.1:9" } as object),
      "serverUrl",
      "serverURL",
    ],
    [() => new OrqCore({ apikey: "k" } as object), "apikey", "apiKey"],
  ])("%#: %s", (make, name, meant) => {
    expect(make).toThrow(ValidationError);
    expect(make).toThrow(`${name} is not an option: did you mean ${meant}?`);
  });

  it("the right names pass", () => {
    expect(
      () => new Orq({ apiKey: "k", serverURL: "http://127.0.0.1:9", timeoutMs: 5 }),
    ).not.toThrow();
  });
});

describe("a fetch and an httpClient given together are refused", () => {
  // The fetch carried every call, and the httpClient's hooks (a proxy's beforeRequest) never
  // ran, without a word.
  it("names httpClient and says how to give both", () => {
    const make = () =>
      new Orq({ apiKey: "k", fetch: globalThis.fetch, httpClient: new HTTPClient() });
    expect(make).toThrow(ValidationError);
    expect(make).toThrow(
      /httpClient and fetch are both given: give one.*new HTTPClient\(\{ fetcher \}\) takes the fetch/,
    );
  });

  it("either alone passes", () => {
    expect(() => new OrqCore({ apiKey: "k", fetch: globalThis.fetch })).not.toThrow();
    expect(() => new OrqCore({ apiKey: "k", httpClient: new HTTPClient() })).not.toThrow();
  });
});

describe("serverIdx, the official SDK's choice of server", () => {
  // The shipped spec has one server: 0 picks it; any other index picks none, and is refused
  // rather than ignored (the calls would have gone where the caller did not choose).
  it("picks from ServerList, the spec's servers, as the official SDK names them", () => {
    expect(ServerList).toEqual(["https://api.orq.ai"]);
    expect(new Orq({ apiKey: "k", serverIdx: 0 }).serverURL).toBe(ServerList[0]);
  });

  it("0 picks the spec's server, and null from JavaScript is none, as the official SDK reads it", () => {
    expect(new Orq({ apiKey: "k", serverIdx: 0 }).serverURL).toBe("https://api.orq.ai");
    const fromJavaScript = { apiKey: "k", serverIdx: null } as unknown as { serverIdx: number };
    expect(new Orq(fromJavaScript).serverURL).toBe("https://api.orq.ai");
  });

  it("a string from JavaScript is refused, quoted", () => {
    const fromJavaScript = { apiKey: "k", serverIdx: "1" } as unknown as { serverIdx: number };
    expect(() => new Orq(fromJavaScript)).toThrow(`(got "1")`);
  });

  it.each([1, -1, 0.5, Number.NaN])("%s is refused, naming serverIdx and the choices", (index) => {
    const make = () => new Orq({ apiKey: "k", serverIdx: index });
    expect(make).toThrow(ValidationError);
    expect(make).toThrow(`serverIdx must be 0, the spec's one server (got ${String(index)})`);
  });
});
