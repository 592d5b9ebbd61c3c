// The platform with no SDK: Node's fetch with a FormData body, files from disk as
// fs.openAsBlob (file-backed Blobs, what Node offers for "upload this file").
import { openAsBlob } from "node:fs";
import { basename } from "node:path";
import { API_KEY, expectEdit, MODEL, PROMPT } from "./common.mjs";

export function client(url) {
  const endpoint = new URL("/v2/router/images/edits", url);
  const form = () => {
    const f = new FormData();
    f.append("model", MODEL);
    f.append("prompt", PROMPT);
    return f;
  };
  const send = async (body) => {
    const res = await fetch(endpoint, {
      method: "POST",
      headers: { authorization: `Bearer ${API_KEY}` },
      body,
    });
    expectEdit(await res.json(), res.status);
  };
  return {
    async upload(paths) {
      const body = form();
      for (const p of paths)
        body.append("image", await openAsBlob(p, { type: "image/png" }), basename(p));
      await send(body);
    },
    async edit(bytes) {
      const body = form();
      body.append("image", new Blob([bytes], { type: "image/png" }), "small.png");
      await send(body);
    },
  };
}
