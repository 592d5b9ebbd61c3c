// The official SDK's documented variation example (docs: Router.Images.Variations), which the docs
// give in Python only, written in the Node SDK's documented style — with a real image from disk.
import { fileURLToPath } from "node:url";
import { fileFromPath, Orq } from "@orq-sdk/deno";

const orq = new Orq({
  apiKey: process.env["ORQ_API_KEY"] ?? "",
  serverURL: process.env["ORQ_SERVER_URL"] ?? "http://127.0.0.1:4010",
});

async function run() {
  const result = await orq.router.images.variations.create({
    model: "Altima",
    image: await fileFromPath(fileURLToPath(new URL("./assets/otter.png", import.meta.url))),
    n: 1,
    responseFormat: "url",
    size: "1024x1024",
    retry: {
      onCodes: [429, 500, 502, 503, 504],
    },
    cache: {
      ttl: 3600,
      type: "exact_match",
    },
    loadBalancer: {
      type: "weight_based",
      models: [],
    },
    timeout: {
      callTimeout: 30000,
    },
    orq: {
      retry: {
        onCodes: [429, 500, 502, 503, 504],
      },
      fallbacks: [
        {
          model: "openai/gpt-4o-mini",
        },
      ],
      prompt: {
        id: "prompt_01ARZ3NDEKTSV4RRFFQ69G5FAV",
        version: "latest",
      },
      identity: {
        id: "contact_01ARZ3NDEKTSV4RRFFQ69G5FAV",
        displayName: "Jane Doe",
        email: "jane.doe@example.com",
        metadata: [
          {
            department: "Engineering",
            role: "Senior Developer",
          },
        ],
        logoUrl: "https://example.com/avatars/jane-doe.jpg",
        tags: ["hr", "engineering"],
      },
      cache: {
        ttl: 3600,
        type: "exact_match",
      },
      loadBalancer: {
        type: "weight_based",
        models: [
          {
            model: "openai/gpt-4o",
            weight: 0.7,
          },
          {
            model: "anthropic/claude-3-5-sonnet",
            weight: 0.3,
          },
        ],
      },
      timeout: {
        callTimeout: 30000,
      },
    },
  });

  console.log(result);
}

run();
