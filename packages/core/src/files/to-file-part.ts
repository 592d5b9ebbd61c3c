import type { SchemaNode } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";
import type { Runtime } from "../client/runtime.js";
import type { Issue } from "../schema/check-and-rename.js";
import type { FilePart } from "./file-part.js";
import { guessMediaType, inFieldSpelling } from "./guess-media-type.js";
import { familyProblem, namesFamily } from "./media-families.js";
import { extensionOfMediaType, mediaTypeOfName } from "./media-type-of-name.js";
import {
  isBlobLike,
  isBytes,
  isNamedFile,
  isReadableStream,
  isStream,
  type FileContent,
} from "./file-input.js";
import {
  describeMediaTypes,
  isSniffable,
  sniffMediaType,
  SNIFF_BYTES,
} from "./sniff-media-type.js";

/**
 * A one-shot stream as a runtime opens it (its `openStream` hook): the first bytes, read to sniff
 * its type, the size when the stream ended within them, and the whole stream, for one send.
 */
export interface StreamSource {
  readonly head: Uint8Array;
  readonly size: number | undefined;
  /** The file's name, where the runtime knows it (Node's file streams). */
  readonly name?: string | undefined;
  stream(): ReadableStream<Uint8Array>;
}

type FileRules = Pick<SchemaNode, "mediaTypes" | "maxBytes">;

/**
 * Turns one upload input (one the checks took for a file) into a {@link FilePart}: reads only its
 * first bytes to learn its real media type, and checks it against the field's rules
 * (`mediaTypes` from the multipart `encoding.contentType`, `maxBytes` from `x-max-bytes`).
 * Problems come back as an issue at `path`.
 */
export async function toFilePart(
  input: unknown,
  path: string,
  rules: FileRules,
  runtime: Pick<Runtime, "openStream">,
  operation = "",
): Promise<FilePart | Issue> {
  // `{ fileName, content }` names its content; a File names itself. (`let`: a runtime's stream
  // may name it below; a constant of its own beside cost every browser bundle 3 B.)
  let { fileName = (input as { name?: unknown }).name, content = input as FileContent } =
    isNamedFile(input) ? input : {};
  const fail = (problem: string): Issue => ({ path, message: `${path || "request"}: ${problem}` });
  const max = rules.maxBytes!;
  const tooLarge = (size: number | string) =>
    `${size} bytes, at most ${max}${max % 1048576 ? "" : ` (${max / 1048576} MB)`}`;
  // A stream's size is known only as it is sent: one that runs past the limit stops there.
  const opened = isStream(content)
    ? await (runtime.openStream ?? readIntoBlob)(content, {
        maxBytes: max,
        operation,
        issue: fail(tooLarge(`more than ${max}`)),
      })
    : content;
  // A runtime's stream may know its file's name (Node's `fs.createReadStream`, its path's): a
  // field that takes more than images names an upload by it, else by its type (`file.pdf`).
  if (spec.usesUnsniffedFiles && fileName === undefined)
    fileName = (opened as Partial<StreamSource>).name;
  // From here on, bytes are a Blob too; only a runtime's one-shot stream source is not.
  const blob = isBytes(opened)
    ? new Blob([opened as ArrayBuffer])
    : isBlobLike(opened)
      ? opened
      : undefined;
  const { head, size, stream }: StreamSource = blob
    ? {
        head: new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer()),
        size: blob.size,
        stream: () => blob.stream(),
      }
    : (opened as StreamSource);

  const sniffed = sniffMediaType(head);
  // A rule that names a family (`audio/*`) is checked whole apart (see `familyProblem`): the
  // other types are the rules below. (The generator leaves out the rules of a field that takes
  // any bytes: `application/octet-stream`, or every type.) (Statements and one expression, so
  // that a spec without families keeps none of it.)
  if (spec.usesMediaFamilies && namesFamily!(rules.mediaTypes)) {
    const problem = familyProblem!(rules.mediaTypes!, !head.length, sniffed);
    if (problem) return fail(problem);
  }
  const allowed =
    spec.usesMediaFamilies && namesFamily!(rules.mediaTypes)
      ? undefined
      : rules.mediaTypes?.filter((type) => !type.includes("*"));
  // The head holds the first bytes there are: none means none at all. No image or document is
  // empty; a field that takes any bytes takes none too.
  if (!head.length && allowed?.length) return fail("empty file");
  // (An unknown size or a missing rule compares false.)
  if (size! > max) return fail(tooLarge(size!));
  // Only what the bytes can prove is refused: a PNG where a PDF is asked for, or bytes of no
  // known format where only formats we know are allowed. A PDF or an MP3 we cannot tell from
  // their bytes, so such fields take what they are given.
  if (allowed?.length && !allowed.includes(sniffed!) && (sniffed || allowed.every(isSniffable)))
    return fail(
      `must be ${describeMediaTypes(allowed)}, but ${
        sniffed
          ? `it is ${describeMediaTypes([sniffed])}`
          : "its content is not a known image format"
      }`,
    );
  // Unsniffed bytes are sent as the type their name says (`{ fileName: "notes.txt", content }`),
  // else as what they look like (an MP3: `guessMediaType`), each in the field's own spelling
  // where its list has one (`audio/x-wav`), else as the field's first type the bytes could be: a type outside the field's list is
  // refused by the server (PeerTube's captions: `text/vtt`, `application/x-subrip` or
  // `text/plain`), and one of the images we tell by their bytes they are not (a PDF where
  // `image/png, application/pdf` is asked for). A caller who knows better gives the Blob a type.
  // Only fields that take more than those images have unsniffed bytes to send: a spec with none
  // (`usesUnsniffedFiles` off) keeps none of this.
  const contentType =
    sniffed ||
    blob?.type ||
    (spec.usesUnsniffedFiles
      ? inFieldSpelling!(
          mediaTypeOfName(String(fileName ?? "")) || guessMediaType!(head),
          allowed,
        ) || allowed?.find((type) => !isSniffable(type))
      : undefined) ||
    "application/octet-stream";
  return {
    // Without a name of its own, a file is named after its type (`image.png`), as an upload
    // expects (see `namedByType` for fields that take more than images).
    filename:
      typeof fileName === "string" && fileName
        ? fileName
        : spec.usesUnsniffedFiles
          ? namedByType!(sniffed, contentType)
          : sniffed
            ? `image.${sniffed.slice(6)}`
            : "file",
    contentType,
    size,
    replayable: !!blob,
    stream,
    blob: async () =>
      new Blob([blob ?? (await new Response(stream()).blob())], { type: contentType }),
  };
}

/**
 * Where the runtime does not stream uploads (browsers send `FormData`), a stream is read into
 * memory: a Blob, which can be re-sent, so such a request is retried like any other.
 */
async function readIntoBlob(
  input: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
): Promise<Blob> {
  if (isReadableStream(input)) return new Response(input).blob();
  const chunks: Uint8Array[] = [];
  for await (const chunk of input) chunks.push(chunk);
  return new Blob(chunks as BlobPart[]);
}

/**
 * A file's name from its media type, for fields that take more than the images the bytes tell
 * (`file.wav`, `file.mp3` for `audio/mpeg`, `file.txt` for `text/plain`): uploads that read the format from the name
 * (Whisper's) refused a bare `file`. Bytes of no known type (`application/octet-stream`) stay
 * `file`. Only specs with such fields (`usesUnsniffedFiles`) carry it.
 */
const namedByType = spec.usesUnsniffedFiles
  ? (sniffed: string | undefined, contentType: string): string => {
      const extension =
        extensionOfMediaType(contentType) ||
        /^\w+\/(?:x-)?([a-z\d]{1,5})(?:[+;]|$)/.exec(contentType)?.[1];
      return `${sniffed ? "image" : "file"}${extension ? `.${extension}` : ""}`;
    }
  : undefined;
