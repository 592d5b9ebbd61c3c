/** Overlay 1.0 actions as spec:update applies them, and the repo's own overlay. */
import { describe, expect, test } from "vitest";
import { applyOverlay, checkOverlay, type OverlayAction } from "../overlay.js";
import { repoFiles } from "../paths.js";
import type { JsonObject } from "../spec-file.js";
import { readOverlay } from "../update-spec.js";

const base = (): JsonObject => ({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  servers: [{ url: "https://a.example" }],
  paths: {
    "/a": { post: { operationId: "a", tags: ["x"], summary: "A" } },
    "/b": { get: { operationId: "b", tags: ["x", "y"] } },
  },
});

const overlay = (...actions: OverlayAction[]) => ({
  overlay: "1.0.0",
  info: { title: "test", version: "1" },
  actions,
});

type Case = [string, { given: OverlayAction[]; want: (doc: JsonObject) => unknown; is: unknown }];

const cases: Case[] = [
  [
    "update merges into an object, recursing into objects",
    {
      given: [{ target: "$", update: { info: { description: "d" }, "x-a": 1 } }],
      want: (d) => [d.info, d["x-a"]],
      is: [{ title: "t", version: "1", description: "d" }, 1],
    },
  ],
  [
    "an array in an update replaces the one in the target",
    {
      given: [{ target: "$", update: { servers: [{ url: "https://b.example" }] } }],
      want: (d) => d.servers,
      is: [{ url: "https://b.example" }],
    },
  ],
  [
    "update on a selected array appends to it",
    {
      given: [{ target: "$.servers", update: { url: "https://c.example" } }],
      want: (d) => d.servers,
      is: [{ url: "https://a.example" }, { url: "https://c.example" }],
    },
  ],
  [
    "a wildcard target updates every match",
    {
      given: [{ target: "$.paths.*.*", update: { "x-seen": true } }],
      want: (d) => [
        ((d.paths as JsonObject)["/a"] as JsonObject).post,
        ((d.paths as JsonObject)["/b"] as JsonObject).get,
      ],
      is: [
        { operationId: "a", tags: ["x"], summary: "A", "x-seen": true },
        { operationId: "b", tags: ["x", "y"], "x-seen": true },
      ],
    },
  ],
  [
    "remove takes a selected object out of its parent",
    {
      given: [{ target: "$.paths['/a'].post", remove: true }],
      want: (d) => (d.paths as JsonObject)["/a"],
      is: {},
    },
  ],
  [
    "remove with a filter takes out several array entries without skipping any",
    {
      given: [
        {
          target: "$",
          update: { tags: [{ name: "x" }, { name: "y" }, { name: "x" }, { name: "z" }] },
        },
        { target: "$.tags[?@.name == 'x']", remove: true },
      ],
      want: (d) => d.tags,
      is: [{ name: "y" }, { name: "z" }],
    },
  ],
  [
    "remove then update rewrites a property (how the image schema is replaced)",
    {
      given: [
        { target: "$.paths['/a'].post", remove: true },
        { target: "$.paths['/a']", update: { post: { operationId: "a2" } } },
      ],
      want: (d) => (d.paths as JsonObject)["/a"],
      is: { post: { operationId: "a2" } },
    },
  ],
];

describe("applyOverlay", () => {
  test.each(cases)("%s", (_name, { given, want, is }) => {
    const input = base();
    const out = applyOverlay(input, overlay(...given));
    expect(want(out)).toEqual(is);
    expect(input).toEqual(base()); // the input is left as it was
  });

  test.each([
    [
      "a target that selects nothing",
      { target: "$.paths['/nope']", update: { a: 1 } },
      /selects nothing/,
    ],
    [
      "a scalar target (Overlay 1.0 selects objects and arrays)",
      { target: "$.info.title", update: { a: 1 } },
      /not an object or array/,
    ],
    ["removing a scalar", { target: "$.info.title", remove: true }, /not a string/],
    ["a non-object update of an object", { target: "$.info", update: "x" }, /must be one too/],
  ] satisfies [string, OverlayAction, RegExp][])("fails on %s", (_name, action, message) => {
    expect(() => applyOverlay(base(), overlay(action))).toThrow(message);
  });

  test("names every action whose target selects nothing, with its target (a moved path)", () => {
    // It named the first one alone, by its description: the maintainer fixed one and ran again.
    let message = "";
    try {
      applyOverlay(
        base(),
        overlay(
          { target: "$.paths['/gone'].post", description: "First.", update: { a: 1 } },
          { target: "$.info", update: { x: 1 } },
          { target: "$.paths['/gone'].get", remove: true },
        ),
      );
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/2 actions' targets select nothing in the spec/);
    expect(message).toContain(`action 1 "First."\n    target: $.paths['/gone'].post`);
    expect(message).toContain(`action 3\n    target: $.paths['/gone'].get`);
    expect(message).not.toContain("action 2");
  });

  test.each([
    [
      "no version",
      { info: {}, actions: [{ target: "$", update: {} }] },
      /not an Overlay 1.x document/,
    ],
    ["no actions", { overlay: "1.0.0", info: {}, actions: [] }, /at least one action/],
    [
      "a target without $",
      { overlay: "1.0.0", info: {}, actions: [{ target: "info", update: {} }] },
      /starting with "\$"/,
    ],
    [
      "an action that does nothing",
      { overlay: "1.0.0", info: {}, actions: [{ target: "$" }] },
      /neither updates nor removes/,
    ],
  ])("checkOverlay refuses %s", (_name, doc, message) => {
    expect(() => checkOverlay(doc, "o.yaml")).toThrow(message);
  });
});

test("the repo's overlay is a valid Overlay 1.0 document with described, reviewed actions", async () => {
  const repo = await readOverlay(repoFiles().overlay);
  expect(repo.overlay).toBe("1.0.0");
  for (const action of repo.actions) {
    expect(action.description, action.target).toBeTruthy();
    // Reviewed against the published text (overlay-review.ts).
    expect((action as unknown as Record<string, unknown>)["x-upstream"], action.target).toMatch(
      /^sha256:[0-9a-f]{16}$/,
    );
  }
});
