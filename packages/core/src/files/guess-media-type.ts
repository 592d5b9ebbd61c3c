import * as spec from "../generated/schemas.js";
import { SNIFF_BYTES } from "./sniff-media-type.js";

/**
 * Formats the SDK names bytes by but does not check them for: audio, video, PDF and archives,
 * by their first bytes. Bytes with no name and no type of their own went as `file`,
 * `application/octet-stream`, which uploads that read the format from the name refuse (OpenAI's
 * transcriptions: an MP3 from a Buffer). A guess only names: these formats have variants no
 * signature here knows (an MP3 without its ID3 tag, a PDF after a byte-order mark), so nothing
 * is refused by them; the images are checked (`sniffMediaType`).
 */
const GUESSES: ReadonlyArray<readonly [type: string, start: RegExp]> = [
  // An ID3 tag, or an MPEG audio frame (layer III, with or without CRC).
  ["audio/mpeg", /^(?:ID3|\xff[\xe2\xe3\xf2\xf3\xfa\xfb])/],
  ["audio/wav", /^RIFF[^]{4}WAVE/],
  ["audio/flac", /^fLaC/],
  ["audio/ogg", /^OggS/],
  ["audio/mp4", /^[^]{4}ftypM4A/],
  ["video/mp4", /^[^]{4}ftyp/],
  ["video/webm", /^\x1a\x45\xdf\xa3/],
  ["application/pdf", /^%PDF-/],
  ["application/zip", /^PK\x03\x04/],
  ["application/gzip", /^\x1f\x8b/],
];

/** Other spellings specs give the types above (`audio/x-wav`, `audio/mp3`). */
const ALIASES = new Map([
  ["audio/x-wav", "audio/wav"],
  ["audio/wave", "audio/wav"],
  ["audio/vnd.wave", "audio/wav"],
  ["audio/mp3", "audio/mpeg"],
  ["audio/mpeg3", "audio/mpeg"],
  ["audio/x-mpeg", "audio/mpeg"],
  ["audio/x-mp3", "audio/mpeg"],
  ["audio/x-flac", "audio/flac"],
  ["audio/x-m4a", "audio/mp4"],
  ["audio/m4a", "audio/mp4"],
  ["application/x-pdf", "application/pdf"],
  ["application/x-zip-compressed", "application/zip"],
  ["application/x-gzip", "application/gzip"],
]);

/** The type the bytes look like; `undefined` for bytes of no kind known here. */
export const guessMediaType = spec.usesUnsniffedFiles
  ? (head: Uint8Array): string | undefined =>
      GUESSES.find(([, test]) =>
        test.test(String.fromCharCode(...head.subarray(0, SNIFF_BYTES))),
      )?.[0]
  : undefined;

/**
 * `type` in the field's own spelling where its list has one (`audio/x-wav` for `audio/wav`, from
 * a guess or a name): a server that lists one spelling may refuse the other. Sent as it is where
 * the list lacks it: a type the bytes are known not to be would be a wrong request the server
 * cannot tell is wrong. Only specs with fields that take more than images carry it.
 */
export const inFieldSpelling = spec.usesUnsniffedFiles
  ? (type: string | undefined, allowed: readonly string[] | undefined): string | undefined => {
      const spelled = (t: string) => ALIASES.get(t.toLowerCase()) ?? t.toLowerCase();
      return type && (allowed?.find((t) => spelled(t) === spelled(type)) ?? type);
    }
  : undefined;
