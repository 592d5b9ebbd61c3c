import * as spec from "../generated/schemas.js";

/**
 * A random key for an idempotency header the spec declares (see `Operation.idempotencyKey`), a
 * UUID (v4). `crypto.randomUUID` is only there in secure contexts (a page over plain http has
 * none); `getRandomValues` is everywhere. Specs without such headers keep none of this.
 */
export const randomIdempotencyKey = spec.usesIdempotencyKeys
  ? (): string => {
      if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
      const bytes = crypto.getRandomValues(new Uint8Array(16));
      bytes[6] = (bytes[6]! & 0x0f) | 0x40;
      bytes[8] = (bytes[8]! & 0x3f) | 0x80;
      const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
  : undefined;
