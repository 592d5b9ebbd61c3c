// generated — do not edit. Made by scripts/generate from the OpenAPI spec; run `pnpm generate`.
import type { SchemaNode } from "./contract.js";

export const PublicContactSchema: SchemaNode = {
  type: "object",
  properties: {
    id: { type: "string" },
    display_name: { type: "string" },
    email: { type: "string", format: "email" },
    metadata: { type: "array", items: { type: "object", additionalProperties: {} } },
    logo_url: { type: "string" },
    tags: { type: "array", items: { type: "string" } },
  },
  names: { display_name: "displayName", logo_url: "logoUrl" },
  required: ["id"],
};

export const PublicIdentitySchema: SchemaNode = {
  type: "object",
  properties: {
    id: { type: "string" },
    display_name: { type: "string" },
    email: { type: "string", format: "email" },
    metadata: { type: "array", items: { type: "object", additionalProperties: {} } },
    logo_url: { type: "string" },
    tags: { type: "array", items: { type: "string" } },
  },
  names: { display_name: "displayName", logo_url: "logoUrl" },
  required: ["id"],
};
