// openapi-fetch (types only at compile time; at run time a thin layer over fetch): the same
// FormData body as fetch.mjs, passed through as is.
import createClient from "openapi-fetch";
import { openAsBlob } from "node:fs";
import { basename } from "node:path";
import { API_KEY, expectEdit, MODEL, PROMPT } from "./common.mjs";

export function client(url) {
  const api = createClient({ baseUrl: url, headers: { authorization: `Bearer ${API_KEY}` } });
  const form = () => {
    const f = new FormData();
    f.append("model", MODEL);
    f.append("prompt", PROMPT);
    return f;
  };
  const send = async (body) => {
    const { data, response } = await api.POST("/v2/router/images/edits", {
      body,
      bodySerializer: (b) => b,
    });
    expectEdit(data, response.status);
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
