// The media type a file name's extension stands for, which runtime packages give files read from
// disk (`fileFromPath`): APIs that take documents and audio read a part's `Content-Type`.
import { describe, expect, it } from "vitest";
import { mediaTypeOfName } from "../src/files/media-type-of-name.js";

describe("mediaTypeOfName", () => {
  it.each([
    ["report.pdf", "application/pdf"],
    ["TALK.MP3", "audio/mpeg"],
    ["voice.m4a", "audio/mp4"],
    ["notes.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["batch.jsonl", "application/jsonl"],
    ["clip.webm", "video/webm"],
    ["/data/2024.06/archive.tar.gz", "application/gzip"],
    ["C:\\scans\\page.TIFF", "image/tiff"],
  ])("%s is %s", (name, type) => {
    expect(mediaTypeOfName(name)).toBe(type);
  });

  it.each([
    ["README", "no extension"],
    ["data.zzzunknown", "an extension the table does not know"],
    ["folder.pdf/file", "a dot in a folder's name, not the file's"],
    ["trailing.", "an empty extension"],
    ["x.__proto__", "a name of Object's own"],
    ["x.constructor", "a name of Object's own"],
  ])("%s: none (%s)", (name) => {
    expect(mediaTypeOfName(name)).toBe("");
  });
});
