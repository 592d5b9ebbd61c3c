// The official SDK's documented standalone-function example (docs: Router.Images.Edits,
// "Standalone function"), pasted as it is: only the package name in the import lines
// (`@orq-ai/node` → `@orq-sdk/node`, the same subpaths) and `serverURL` differ.
import { OrqCore } from "@orq-sdk/node/core.js";
import { routerImagesEditsCreate } from "@orq-sdk/node/funcs/routerImagesEditsCreate.js";

// Use `OrqCore` for best tree-shaking performance.
// You can create one instance of it to use across an application.
const orq = new OrqCore({
  apiKey: process.env["ORQ_API_KEY"] ?? "",
  serverURL: process.env["ORQ_SERVER_URL"] ?? "http://127.0.0.1:4010",
});

async function run() {
  const res = await routerImagesEditsCreate(orq, {
    model: "LeBaron",
    prompt: "<value>",
    retry: {
      onCodes: [429, 500, 502, 503, 504],
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
      ],
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
  if (res.ok) {
    const { value: result } = res;
    console.log(result);
  } else {
    console.log("routerImagesEditsCreate failed:", res.error);
  }
}

run();
