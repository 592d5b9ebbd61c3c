import "openapi-fetch";
