import "@orq-sdk/node";
