import type { Document } from "../document.js";
import { serverURLs } from "./runtime-tables.js";

/**
 * The spec's servers that are plain `http://` on another machine (SendGrid's published spec
 * says `http://api.sendgrid.com/v3`): a client left at its default server sends every call's key
 * there in clear. The generator warns of them; the SDK sends where it is told, as fetch does
 * (a proxy on a private network may be plain http on purpose).
 */
export function plainHttpServers(doc: Document): string[] {
  return serverURLs(doc).filter((url) => {
    if (!/^http:\/\//i.test(url)) return false;
    const host = url.replace(/^http:\/\/([^/?#]*@)?/i, "").split(/[/?#]/)[0]!;
    return (
      !/^(localhost|127(\.\d+){3}|\[::1\])(:\d+)?$/i.test(host) &&
      !/\.localhost(:\d+)?$/i.test(host)
    );
  });
}
