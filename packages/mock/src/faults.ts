/**
 * Faults for the SDK's reliability tests: each one answers (or fails to answer) the next
 * matching request in a way a real server or network sometimes does.
 */
export type FaultSpec =
  /** Answer this status (e.g. 429, 500, 503) with these headers and body instead of the real response. */
  | {
      kind: "status";
      status: number;
      headers?: Record<string, string>;
      /** A string is sent as is; an object as JSON. Default: a JSON error body. */
      body?: string | object;
      contentType?: string;
    }
  /** Read part of the body (`afterBytes`, default 1), then destroy the socket: no response at all. */
  | { kind: "reset"; afterBytes?: number }
  /** Read the body, then never answer (until the server closes). */
  | { kind: "hang" }
  /** Wait `ms`, then answer normally. */
  | { kind: "delay"; ms: number }
  /** The real success response, cut in half (Content-Length matches the cut body). */
  | { kind: "truncated-json" }
  /** 200, `Content-Type: application/json`, empty body. */
  | { kind: "empty-200" }
  /** A success status with an unexpected content type, e.g. an HTML page from a proxy. */
  | { kind: "content-type"; contentType: string; body?: string; status?: number }
  /** An error response (default 500) whose JSON body is exactly `bytes` long, streamed. */
  | { kind: "large-error"; bytes: number; status?: number }
  /** A redirect (default 307) to `location`. */
  | { kind: "redirect"; status?: number; location: string };

export type Fault = FaultSpec & {
  /** How many matching requests this fault answers; default 1. */
  times?: number;
  /** Only requests to this operation match; default: any request. */
  operationId?: string;
};

export interface FaultControl {
  /** Queues a fault; faults apply in the order they were pushed. */
  push(fault: Fault): void;
  /** Drops every queued fault. */
  clear(): void;
  /** How many requests the queued faults will still answer. */
  readonly pending: number;
}

interface Entry {
  fault: Fault;
  remaining: number;
}

export class FaultQueue implements FaultControl {
  private entries: Entry[] = [];

  push(fault: Fault): void {
    const times = fault.times ?? 1;
    if (!Number.isInteger(times) || times < 1)
      throw new Error("fault.times must be a positive integer");
    this.entries.push({ fault, remaining: times });
  }

  clear(): void {
    this.entries = [];
  }

  get pending(): number {
    return this.entries.reduce((sum, entry) => sum + entry.remaining, 0);
  }

  /** The first queued fault that matches this request, used up by one. */
  take(operationId: string | undefined): Fault | undefined {
    const index = this.entries.findIndex(
      (entry) => entry.fault.operationId === undefined || entry.fault.operationId === operationId,
    );
    const entry = this.entries[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.entries.splice(index, 1);
    return entry.fault;
  }
}
