/**
 * The media type a file name's extension stands for (`report.pdf` → `application/pdf`,
 * `talk.mp3` → `audio/mpeg`), or "" when it stands for none, from mime's table of the IANA types
 * and the common others. APIs that take documents or audio read the part's `Content-Type`, and
 * the SDK can tell only images from their bytes. (Loaded on first use: the package's import does
 * not pay for the table.)
 */
export async function mediaTypeOfName(name: string): Promise<string> {
  const { default: mime } = await import("mime");
  return mime.getType(name) ?? "";
}
