/**
 * A raw body offered in several media types (fixtures/raw-body-media-types.yaml). The SDK sent
 * every file as the first type (a PEM certificate as `application/x-x509-ca-cert`, which a server
 * dispatching on it misreads) and refused a JPEG where PNG and JPEG are both offered ("must be
 * PNG"). End to end against the mock, which records the Content-Type it received.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0]);
const PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "raw-body-media-types.yaml"), "raw-media-types");
}, 60_000);
afterAll(() => it?.close());

async function sent(id: string, request: unknown) {
  const result = await it.client.callOperation(it.operations[id]!, request);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return it.mock.requests.at(-1)!.headers["content-type"];
}

test("a file goes typed as it is, when the spec offers that type", async () => {
  const pem = new Blob([PEM], { type: "application/x-pem-file" });
  expect(await sent("publishCsr", { csrId: "c1", requestBody: pem })).toBe(
    "application/x-pem-file",
  );
  expect(await sent("putAvatar", new Blob([JPEG]))).toBe("image/jpeg");
});

test("a file that does not say goes as the first type", async () => {
  expect(await sent("publishCsr", { csrId: "c1", requestBody: new Blob([PEM]) })).toBe(
    "application/x-x509-ca-cert",
  );
});

test("a file of a type not offered is refused before sending", async () => {
  const before = it.mock.requests.length;
  const gif = new Blob([new TextEncoder().encode("GIF89a")]);
  const result = await it.client.callOperation(it.operations.putAvatar!, gif);
  expect(!result.ok && result.error.message).toContain("must be PNG or JPEG, but it is GIF");
  expect(it.mock.requests.length).toBe(before);
});

// Okta's security events: a signed JWT is text; it was taken for bytes ("must be a file").
test("a JWT body is text: the string goes as it is", async () => {
  const jwt = "eyJhbGciOiJub25lIn0.eyJpc3MiOiJhIn0.";
  expect(await sent("publishSecurityEventTokens", jwt)).toBe("application/secevent+jwt");
  expect(it.mock.requests.at(-1)!.body).toBe(jwt);
});
