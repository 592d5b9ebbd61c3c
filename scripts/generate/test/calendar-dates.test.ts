/**
 * `format: date` and `date-time` are checked against the calendar (RFC 3339 § 5.7), as the
 * server checks them: the pattern took any day up to 31, so `2023-02-30` was sent and refused
 * (fixtures/calendar-dates.yaml).
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "calendar-dates.yaml"), "calendar-dates");
}, 60_000);
afterAll(() => it?.close());

const book = (request: unknown) => it.client.callOperation(it.operations.createBooking!, request);

test.each([
  ["2023-02-30", "day must be a valid date"],
  ["2024-04-31", "day must be a valid date"],
  ["1900-02-29", "day must be a valid date"],
])("the day %s does not exist: refused, with nothing sent", async (day, message) => {
  const before = it.mock.requests.length;
  const result = await book({ day });
  expect(!result.ok && result.error.message).toContain(message);
  expect(it.mock.requests).toHaveLength(before);
});

test("a date-time on a day that does not exist is refused", async () => {
  const result = await book({ startsAt: "2023-02-30T10:00:00Z" });
  expect(!result.ok && result.error.message).toContain("startsAt must be a valid date-time");
});

test.each(["2024-02-29", "2000-02-29", "2023-12-31"])(
  "the day %s exists: sent, and the server takes it",
  async (day) => {
    const result = await book({ day, startsAt: `${day}T23:59:59.5+02:00` });
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({ status: 204 });
  },
);
