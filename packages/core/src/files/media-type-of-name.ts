/**
 * The media type a file name's extension stands for (`report.pdf` → `application/pdf`,
 * `talk.MP3` → `audio/mpeg`), or "" when it stands for none this table knows. For runtime
 * packages' files read from disk: APIs that take documents or audio read a part's
 * `Content-Type`, and the SDK can tell only images from their bytes.
 *
 * The formats files are uploaded to APIs in, not every registered type: the `mime` package's
 * whole table cost 7 MB of memory the first time it was loaded (its standard-types half 1.4 MB,
 * without `.docx` or `.flac`), against an upload that must stay within 80 MB for four 50 MB
 * files.
 */
export function mediaTypeOfName(name: string): string {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]!.toLowerCase() ?? "";
  return Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension]! : "";
}

/**
 * The extension a media type is written with (`text/plain` → `txt`, `audio/mpeg` → `mp3`): the
 * first of this table's names for it, or "" when it has none. Names a nameless upload by what it
 * holds, for servers that read its format from its name.
 */
export function extensionOfMediaType(type: string): string {
  const bare = type.split(";")[0]!.trim().toLowerCase();
  for (const extension in BY_EXTENSION) if (BY_EXTENSION[extension] === bare) return extension;
  return "";
}

// (Plain strings: a template literal would keep the table in bundles that never call this, as
// esbuild cannot tell it has no side effects.) IANA's registered types where there is one (`audio/mp4` for `.m4a`, `audio/flac`), else the
// type in common use (`application/jsonl`).
const BY_EXTENSION: Record<string, string> = {
  // Documents and text.
  pdf: "application/pdf",
  txt: "text/plain",
  md: "text/markdown",
  markdown: "text/markdown",
  csv: "text/csv",
  tsv: "text/tab-separated-values",
  html: "text/html",
  htm: "text/html",
  xml: "application/xml",
  json: "application/json",
  jsonl: "application/jsonl",
  ndjson: "application/x-ndjson",
  yaml: "application/yaml",
  yml: "application/yaml",
  rtf: "application/rtf",
  vtt: "text/vtt",
  srt: "application/x-subrip",
  epub: "application/epub+zip",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ppt: "application/vnd.ms-powerpoint",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
  // Images (their bytes are read for the formats the SDK knows, whatever the name says).
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  svg: "image/svg+xml",
  bmp: "image/bmp",
  tif: "image/tiff",
  tiff: "image/tiff",
  heic: "image/heic",
  heif: "image/heif",
  avif: "image/avif",
  ico: "image/vnd.microsoft.icon",
  // Audio.
  mp3: "audio/mpeg",
  mpga: "audio/mpeg",
  m4a: "audio/mp4",
  wav: "audio/wav",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  opus: "audio/ogg",
  flac: "audio/flac",
  aac: "audio/aac",
  weba: "audio/webm",
  // Video.
  mp4: "video/mp4",
  m4v: "video/mp4",
  mpeg: "video/mpeg",
  mpg: "video/mpeg",
  mov: "video/quicktime",
  webm: "video/webm",
  avi: "video/x-msvideo",
  mkv: "video/x-matroska",
  // Archives.
  zip: "application/zip",
  gz: "application/gzip",
  tar: "application/x-tar",
};
