/**
 * `date-time` fields are `Date`s in the SDK, as in the official SDK (fixtures/dates.yaml): a
 * request takes a `Date` (sent as its ISO text) in a JSON body, a query and a multipart field,
 * and an answer's `date-time` text comes back as a `Date`, typed so. The wire types
 * (`paths.ts`) keep the text; `format: date` and a `date-time` pinned by an enum stay text.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "dates.yaml"), "dates");
}, 60_000);
afterAll(() => it?.close());

const call = (op: string, request: unknown) => it.client.callOperation(it.operations[op]!, request);

describe("types", () => {
  test("date-time fields are Dates in the SDK's types, text in the wire types", async () => {
    await writeFile(
      join(it.dir, "usage.ts"),
      `import type {
  AddPhotoRequestBody,
  Event,
  ListEventsRequest,
  NewEvent,
  ReplaceEventRequest,
  ReplaceEventResponseBody,
} from "./models.js";
import type { components } from "./paths.js";

export const request: NewEvent = { startsAt: new Date(), endsAt: null, day: "2024-06-01" };
export const query: ListEventsRequest = { startsAfter: new Date() };
export const photo: AddPhotoRequestBody = { photo: new Blob([]), takenAt: new Date() };
export function read(event: Event): number {
  const startsAt: Date = event.startsAt;
  const endsAt: Date | null = event.endsAt;
  const created: Date = event.created;
  const history: Date[] = event.history;
  const day: string = event.day;
  const epoch: "1970-01-01T00:00:00Z" = event.epoch;
  return startsAt.getTime() + (endsAt?.getTime() ?? 0) + created.getTime() + history.length + day.length + epoch.length;
}
// Read-only fields make request and answer types differ: their Dates are still Dates.
export const replace: ReplaceEventRequest = {
  id: "e1",
  event: {
    startsAt: new Date(),
    endsAt: new Date(),
    created: new Date(),
    history: [],
    day: "2024-06-01",
    epoch: "1970-01-01T00:00:00Z",
  },
};
export const replaced = (answer: ReplaceEventResponseBody): Date => answer.startsAt;
export const wire: components["schemas"]["Event"]["starts_at"] = "2024-06-01T10:00:00Z";
// @ts-expect-error a number is not a Date
export const wrong: NewEvent = { startsAt: 5 };
// @ts-expect-error a calendar day stays text
export const wrongDay: NewEvent = { startsAt: new Date(), day: new Date() };
`,
    );
    const { code, output } = await typecheck([it.dir], it.dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  });
});

describe("requests", () => {
  test("a Date goes as its ISO text in a JSON body", async () => {
    const result = await call("createEvent", {
      startsAt: new Date(Date.UTC(2024, 5, 1, 8)),
      endsAt: null,
    });
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    expect(it.mock.requests.at(-1)?.body).toEqual({
      starts_at: "2024-06-01T08:00:00.000Z",
      ends_at: null,
    });
  });

  test("a Date goes as its ISO text in a query", async () => {
    const result = await call("listEvents", { startsAfter: new Date(Date.UTC(2024, 0, 2)) });
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    expect(it.mock.requests.at(-1)?.query).toEqual({ starts_after: "2024-01-02T00:00:00.000Z" });
  });

  test("a Date goes as its ISO text in a multipart field", async () => {
    const result = await call("addPhoto", {
      photo: new Blob([new Uint8Array([1, 2, 3])]),
      takenAt: new Date(Date.UTC(2023, 11, 31, 23, 59, 59)),
    });
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    expect(it.mock.requests.at(-1)?.body).toEqual({ taken_at: "2023-12-31T23:59:59.000Z" });
  });

  test("a Date where a calendar day goes says what it got", async () => {
    const result = await call("createEvent", {
      startsAt: new Date(),
      day: new Date(Date.UTC(2024, 5, 1)),
    });
    expect(!result.ok && result.error.message).toContain(
      'day must be a valid date (got "2024-06-01T00:00:00.000Z")',
    );
  });

  test("the text is still taken too", async () => {
    const result = await call("createEvent", { startsAt: "2024-06-01T10:00:00+02:00" });
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    expect(it.mock.requests.at(-1)?.body).toEqual({ starts_at: "2024-06-01T10:00:00+02:00" });
  });

  test.each(["startsAt", "endsAt"])(
    "an Invalid Date in %s is refused before sending, not sent as null",
    async (field) => {
      const before = it.mock.requests.length;
      const result = await call("createEvent", {
        startsAt: new Date(),
        [field]: new Date("not a date"),
      });
      expect(!result.ok && result.error.message).toContain(`${field} is an invalid date`);
      expect(it.mock.requests.length).toBe(before);
    },
  );
});

describe("answers", () => {
  test("date-time text comes back as Dates, dates and pinned values as text", async () => {
    const result = await call("createEvent", { startsAt: new Date() });
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    const event = (result as { value: Record<string, unknown> }).value;
    expect(event.startsAt).toBeInstanceOf(Date);
    expect((event.startsAt as Date).toISOString()).toBe("2024-06-01T08:00:00.000Z");
    expect(event.created).toBeInstanceOf(Date);
    expect((event.created as Date).toISOString()).toBe("2024-06-01T08:00:00.000Z");
    expect(event.endsAt).toBeNull();
    expect((event.history as unknown[]).every((d) => d instanceof Date)).toBe(true);
    expect(event.day).toBe("2024-06-01");
    expect(event.epoch).toBe("1970-01-01T00:00:00Z");
  });

  test("a list of objects: each one's Dates", async () => {
    const result = await call("listEvents", {});
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    for (const event of (result as { value: Record<string, unknown>[] }).value)
      expect(event.startsAt).toBeInstanceOf(Date);
  });

  test.each([
    ["2024-06-01T10:00:00Z", "2024-06-01T10:00:00.000Z"],
    ["2024-06-01t10:00:00.5z", "2024-06-01T10:00:00.500Z"],
    ["2024-06-01T10:00:00", "2024-06-01T10:00:00.000Z"],
    ["2024-06-01 10:00:00.123456", "2024-06-01T10:00:00.123Z"],
    ["2024-06-01T10:00:00-05:00", "2024-06-01T15:00:00.000Z"],
    // ISO 8601's common forms, and RFC 3339's leap second (the next second).
    ["2024-06-01 10:00:00+00", "2024-06-01T10:00:00.000Z"],
    ["2024-06-01T10:00:00+0530", "2024-06-01T04:30:00.000Z"],
    ["2024-06-01T10:00:00,25Z", "2024-06-01T10:00:00.250Z"],
    ["2024-06-01 10:00:00 UTC", "2024-06-01T10:00:00.000Z"],
    ["2016-12-31T23:59:60Z", "2017-01-01T00:00:00.000Z"],
    ["2024-06-01T10:00Z", "2024-06-01T10:00:00.000Z"],
    ["2024-06-01", "2024-06-01T00:00:00.000Z"],
    ["2024-02-29T23:30:00-02:00", "2024-03-01T01:30:00.000Z"],
  ])("the text %s is read as %s", (text, iso) => {
    const { value, issues } = readEvent({ starts_at: text, ends_at: text, created: text });
    expect(issues).toEqual([]);
    for (const key of ["startsAt", "endsAt", "created"])
      expect((value[key] as Date).toISOString(), key).toBe(iso);
  });

  // `new Date` guesses at other text, in this machine's local time ("12" is a day in 2001).
  // Nor is a day the month does not have, which `new Date` would move into the next month.
  test.each([
    "12",
    "06/01/2024",
    "June 1, 2024 10:00",
    "",
    "2024-06-01T10:00:00 +00:00 extra",
    "2024-02-30T00:00:00Z",
    "2023-02-29",
    "2024-04-31T10:00:00+02:00",
  ])("%j is not read as a date", (text) => {
    const { value, issues } = readEvent({ starts_at: text });
    expect(issues).toEqual([
      `[0].starts_at must be a valid date-time (got ${JSON.stringify(text)})`,
    ]);
    // Kept as sent, for an answer read with `validateResponses: false` (probe59: it was an
    // Invalid Date, or the next month's day).
    expect(value.startsAt).toBe(text);
  });

  test("text no Date can be made of is a broken answer, named", () => {
    expect(readEvent({ starts_at: "yesterday", history: ["1700000000"] }).issues).toEqual([
      '[0].starts_at must be a valid date-time (got "yesterday")',
      '[0].history[0] must be a valid date-time (got "1700000000")',
    ]);
  });
});

/**
 * One event of `listEvents`' answer (its fields in wire names, over a valid event) read as the
 * SDK reads an answer: what it returns for it, and the messages of the rules it breaks.
 */
function readEvent(fields: Record<string, unknown>) {
  const pass = {
    mode: "wire",
    isFile: () => false,
    issues: [] as { message: string }[],
    files: [],
  };
  const event = {
    id: "e",
    starts_at: "2024-06-01T10:00:00Z",
    ends_at: null,
    created: "2024-06-01",
    history: [],
    day: "d",
    epoch: "x",
    ...fields,
  };
  const [value] = it.checkAndRename(it.operations.listEvents!.response!.schema, [event], pass) as [
    Record<string, unknown>,
  ];
  return { value, issues: pass.issues.map((i) => i.message) };
}

describe("3.1's shapes (fixtures/dates-3.1.yaml): the types and the answers agree", () => {
  let it31: RuntimeAgainstMock;
  beforeAll(async () => {
    it31 = await runtimeAgainstMock(join(fixtures, "dates-3.1.yaml"), "dates-3.1");
  }, 60_000);
  afterAll(() => it31?.close());

  test("types", async () => {
    await writeFile(
      join(it31.dir, "usage.ts"),
      `import type { Thing } from "./models.js";

export function read(thing: Required<Thing>): [Date | number, Date, Date, string] {
  // @ts-expect-error a number is one of its types
  const onlyDate: Date = thing.intOrDate;
  void onlyDate;
  return [thing.intOrDate, thing.refBesideEnum, thing.refBesideNull, thing.typedUnion];
}
`,
    );
    const { code, output } = await typecheck([it31.dir], it31.dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  });

  test("answers", () => {
    const read = (value: Record<string, unknown>) => {
      const pass = { mode: "wire", isFile: () => false, issues: [], files: [] };
      const out = it31.checkAndRename(it31.operations.getThing!.response!.schema, value, pass);
      expect(pass.issues).toEqual([]);
      return out as Record<string, unknown>;
    };
    const thing = read({
      int_or_date: "2024-06-01T10:00:00Z",
      ref_beside_enum: "2024-06-01T10:00:00Z",
      typed_union: "2024-06-01T10:00:00Z",
    });
    expect(thing.intOrDate).toBeInstanceOf(Date);
    expect(thing.refBesideEnum).toBeInstanceOf(Date);
    expect(thing.typedUnion).toBe("2024-06-01T10:00:00Z");
    expect(read({ int_or_date: 1717236000 }).intOrDate).toBe(1717236000);
    expect(read({ ref_beside_null: "2024-06-01T10:00:00Z" }).refBesideNull).toBeInstanceOf(Date);
    const pass = { mode: "wire", isFile: () => false, issues: [], files: [] };
    it31.checkAndRename(
      it31.operations.getThing!.response!.schema,
      { ref_beside_null: null },
      pass,
    );
    expect(pass.issues).not.toEqual([]);
  });
});
