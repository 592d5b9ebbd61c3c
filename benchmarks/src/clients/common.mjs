// What every client sends and how each checks the answer, so all do the same work.
export const MODEL = "openai/gpt-image-1";
export const PROMPT = "Give the otter a tiny hat";
export const API_KEY = "bench-key";

/** Throws unless `body` is the sink's image-edit answer (one image). */
export function expectEdit(body, status = 200) {
  if (status !== 200 || !Array.isArray(body?.data) || body.data.length !== 1)
    throw new Error(`unexpected answer: ${status} ${JSON.stringify(body).slice(0, 200)}`);
}
