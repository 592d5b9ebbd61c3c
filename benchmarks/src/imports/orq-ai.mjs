import "@orq-ai/node";
