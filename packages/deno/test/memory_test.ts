// A 50 MB image from disk streams: the Deno process's memory does not grow by the file's size.
// Each upload runs in its own `deno run`, which samples its RSS (Deno.memoryUsage()) every 2 ms
// during the call. Bytes read whole with Deno.readFile are the control: the same measurement
// must see them, or it could not see a buffered upload either.
import assert from "node:assert/strict";
import { startMock } from "./_mock.ts";
import { pngOfSize, runDeno, scratchDir } from "./_helpers.ts";

const FIFTY_MB = 50_000_000; // the API's limit is 50 MB; 47.7 MiB
const MiB = 1024 * 1024;
const fixture = new URL("./fixtures/upload-memory.ts", import.meta.url).pathname;

Deno.test("uploads from disk stream: memory does not grow with the files", async (t) => {
  const mock = await startMock();
  await using dir = await scratchDir();
  const files: string[] = [];
  for (let i = 0; i < 4; i++) {
    files.push(`${dir.path}/big-${i}.png`);
    await Deno.writeFile(files[i]!, pngOfSize(FIFTY_MB, i)); // four different files
  }
  const upload = async (mode: "path" | "fsfile" | "bytes", count: number) => {
    await mock.reset();
    const host = new URL(mock.url).host;
    const r = await runDeno([
      "run",
      `--allow-net=${host}`,
      "--allow-read",
      fixture,
      mock.url,
      mode,
      ...files.slice(0, count),
    ]);
    assert.equal(r.code, 0, r.stderr);
    const { before, peak, images } = JSON.parse(r.stdout) as Record<string, number>;
    const growth = (peak! - before!) / MiB;
    console.log(
      `${count} × 50 MB (${mode}): RSS ${(before! / MiB).toFixed(0)} MiB → peak ` +
        `${(peak! / MiB).toFixed(0)} MiB (+${growth.toFixed(1)} MiB)`,
    );
    assert.equal(images, 1);
    // The last request: the fixture warms up with a small upload first.
    const request = (await mock.requests()).at(-1);
    assert.deepEqual(
      request!.files.map((f) => f.size),
      Array(count).fill(FIFTY_MB),
    );
    return growth;
  };
  try {
    await t.step("one 50 MB image through fileFromPath", async () => {
      // Buffering the file would add its 47.7 MiB at least; what remains is V8 letting dead
      // 64 KiB chunks pile up before it collects them.
      assert.ok((await upload("path", 1)) < 40);
    });
    await t.step("one 50 MB image as an open Deno.FsFile", async () => {
      assert.ok((await upload("fsfile", 1)) < 40);
    });
    await t.step("four 50 MB images in one request: no more than one", async () => {
      // 190 MiB of files; the growth stays near the one-file figure instead of scaling.
      assert.ok((await upload("path", 4)) < 60);
    });
    await t.step("control: the same image read whole with Deno.readFile is seen", async () => {
      assert.ok((await upload("bytes", 1)) > FIFTY_MB / MiB);
    });
  } finally {
    await mock.close();
  }
});
