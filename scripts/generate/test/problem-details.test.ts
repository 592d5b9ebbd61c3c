/**
 * A spec whose error answers are RFC 9457 problem details (fixtures/problem-details.yaml,
 * Mailchimp's, probe48) turns on the runtime's reading of their `detail` into error messages
 * (core's test/problem-messages.test.ts shows what it reads); a spec without them keeps none of
 * that code.
 */
import { join } from "node:path";
import { expect, test } from "vitest";
import { fixtures, generateSpec } from "./helpers.js";

const flag = async (fixture: string) =>
  /export const usesProblemDetails = (true|false);/.exec(
    (await generateSpec(join(fixtures, fixture))).get("schemas.ts")!,
  )?.[1];

test("on for problem details, off for a spec without them", async () => {
  expect(await flag("problem-details.yaml")).toBe("true");
  // Telegram's errors: `{ ok, error_code, description }` (probe50).
  expect(await flag("no-security.yaml")).toBe("true");
  expect(await flag("error-classes.yaml")).toBe("false");
});
