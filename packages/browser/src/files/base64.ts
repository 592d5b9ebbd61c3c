/**
 * Base64 (standard or URL-safe) to bytes. `atob` itself skips ASCII whitespace (the "forgiving"
 * base64 of the HTML standard), and throws on anything else that is not base64.
 */
export const bytesFromBase64 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (char) => char.charCodeAt(0));
