import { describe, expect, it } from "vitest";
import { PartHeaderSniffer } from "../src/part-headers.js";

const BOUNDARY = "b0undary";
const body = Buffer.from(
  [
    "preamble to ignore",
    `--${BOUNDARY}`,
    'Content-Disposition: form-data; name="a"',
    "",
    `text that mentions --${BOUNDARY} without a CRLF in front`,
    `--${BOUNDARY}`,
    'Content-Disposition: form-data; name="empty"; filename="e.bin"',
    "Content-Type: application/octet-stream",
    "",
    "",
    `--${BOUNDARY}`,
    "",
    "a part without headers",
    `--${BOUNDARY}`,
    'Content-Disposition: form-data; name="folded";',
    ' filename="f.png"',
    "X-Dup: 1",
    "x-dup: 2",
    "",
    "\u0089PNG",
    `--${BOUNDARY}--`,
    "epilogue",
  ].join("\r\n"),
  "latin1",
);

const expected = [
  { reported: true, headers: { "content-disposition": 'form-data; name="a"' } },
  {
    reported: true,
    headers: {
      "content-disposition": 'form-data; name="empty"; filename="e.bin"',
      "content-type": "application/octet-stream",
    },
  },
  { reported: false, headers: {} },
  {
    reported: true,
    headers: {
      "content-disposition": 'form-data; name="folded"; filename="f.png"',
      "x-dup": "1, 2",
    },
  },
];

describe("PartHeaderSniffer", () => {
  it.each([1, 2, 3, 5, 13, 64, body.length])(
    "finds every header block when fed %i bytes at a time",
    (size) => {
      const sniffer = new PartHeaderSniffer(BOUNDARY);
      for (let i = 0; i < body.length; i += size) sniffer.push(body.subarray(i, i + size));
      expect(sniffer.blocks).toEqual(expected);
    },
  );
});
