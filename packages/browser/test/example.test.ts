// examples/browser as its README runs it: the mock, `node examples/browser/serve.mjs`, and the
// page in Chromium, clicked like a person would.
import { startMockServer, type MockServer } from "@orq-sdk/mock";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium } from "./helpers/chromium.js";
import { makePng, sha256 } from "./helpers/png.js";

const serveScript = fileURLToPath(new URL("../../../examples/browser/serve.mjs", import.meta.url));
let mock: MockServer;
let server: ChildProcess;
let url: string;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

const edits = () => mock.requests.filter((r) => r.method === "POST" && r.path.endsWith("/edits"));
const variations = () =>
  mock.requests.filter((r) => r.method === "POST" && r.path.endsWith("/variations"));

beforeAll(async () => {
  mock = await startMockServer();
  server = spawn(process.execPath, [serveScript, "--port", "0", "--orq", mock.url], {
    env: { ...process.env, ORQ_API_KEY: "key-on-the-server" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [line] = (await once(server.stdout!, "data")) as [Buffer];
  url = line.toString().trim();
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  await page.goto(`${url}/?server=${encodeURIComponent(mock.url)}`);
  await page.waitForSelector("html[data-ready=true]", { timeout: 15_000 });
});

afterAll(async () => {
  await chromium?.close();
  server?.kill("SIGTERM");
  await mock?.close();
});

beforeEach(() => mock.reset());

describe("examples/browser", () => {
  it("edits a picked file through the page's backend, which adds the key", async () => {
    const png = makePng(40, 30, 7);
    await page.setInputFiles("#files", { name: "otter.png", mimeType: "image/png", buffer: png });
    await page.fill("#n", "2");
    await page.click("#edit");
    await expect.poll(() => page.textContent("#status")).toBe("2 image(s) back.");
    expect(await page.locator("#results img").count()).toBe(2);
    const [edit] = edits();
    expect(edit!.headers["authorization"]).toBe("Bearer key-on-the-server");
    expect(edit!.files.map((f) => [f.filename, f.sha256])).toEqual([["otter.png", sha256(png)]]);
    expect(edit!.body).toMatchObject({ prompt: "Give the otter a tiny hat", n: 2 });
  });

  it("sends the drawn canvas as a variation, directly with a token function", async () => {
    await page.check("input[name=source][value=canvas]");
    await page.selectOption("#api", "direct");
    await page.fill("#n", "1");
    await page.click("#variation");
    await expect.poll(() => page.textContent("#status")).toBe("1 image(s) back.");
    const [variation] = variations();
    expect(variation!.headers["authorization"]).toBe("Bearer short-lived-token-from-your-backend");
    expect(variation!.headers["origin"]).toBe(url);
    expect(variation!.files[0]).toMatchObject({ filename: "canvas.png", contentType: "image/png" });
    await page.check("input[name=source][value=files]");
    await page.selectOption("#api", "proxy");
  });

  it("shows a ValidationError without sending anything", async () => {
    await page.setInputFiles("#files", []);
    await page.click("#edit");
    await expect.poll(() => page.textContent("#status")).toMatch(/^Not sent: image/);
    expect(mock.requests).toEqual([]);
  });
});
