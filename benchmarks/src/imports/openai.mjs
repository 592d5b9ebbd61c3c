import "openai";
