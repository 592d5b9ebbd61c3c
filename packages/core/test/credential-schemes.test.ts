// `credentials` name the spec's security schemes (a regenerated SDK's: the orq spec has none to
// fill). A name written another way (`oauth2` for `OAuth2`) filled nothing, and the calls went
// out with no key at all (probe43); Node and Deno refuse it when the client is made.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const SCHEMAS = new URL("../src/generated/schemas.ts", import.meta.url).pathname;
let checkClientOptions: typeof import("../src/client/check-options.js").checkClientOptions;
let ValidationError: typeof import("../src/errors/validation-error.js").ValidationError;

beforeAll(async () => {
  vi.resetModules();
  vi.doMock(SCHEMAS, async (importOriginal) => ({
    ...(await importOriginal<object>()),
    usesCredentialSets: true,
    credentialSchemes: ["PersonalAccessToken", "OAuth2"],
  }));
  ({ checkClientOptions } = await import("../src/client/check-options.js"));
  ({ ValidationError } = await import("../src/errors/validation-error.js"));
});
afterAll(() => {
  vi.doUnmock(SCHEMAS);
  vi.resetModules();
});

/** The check, with `credentials` for the mocked schemes (the orq spec's types have none). */
const checkCredentials = (credentials: Record<string, unknown>) => () =>
  checkClientOptions({ credentials } as Parameters<typeof checkClientOptions>[0]);

describe("credentials", () => {
  it("takes the spec's scheme names", () => {
    expect(checkCredentials({ OAuth2: "t" })).not.toThrow();
    expect(checkCredentials({ PersonalAccessToken: "p", OAuth2: () => "t" })).not.toThrow();
  });

  it("refuses a name written another way, saying which was meant", () => {
    const check = checkCredentials({ oauth2: "t" });
    expect(check).toThrow(ValidationError);
    expect(check).toThrow(
      "credentials.oauth2 is not a security scheme of this API: did you mean OAuth2? (its schemes: PersonalAccessToken, OAuth2)",
    );
  });

  it("refuses a name the spec does not have, listing those it has", () => {
    expect(checkCredentials({ Foo: "t" })).toThrow(
      /credentials\.Foo is not a security scheme of this API \(its schemes: PersonalAccessToken, OAuth2\)/,
    );
  });
});
