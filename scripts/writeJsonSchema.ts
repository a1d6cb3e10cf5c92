// npm run data:schema: write data/schema/*.json from the zod schemas.
import { mkdirSync, writeFileSync } from "node:fs";
import { jsonSchemas } from "../src/model/jsonSchemas.ts";

mkdirSync("data/schema", { recursive: true });
for (const [name, text] of Object.entries(jsonSchemas())) {
  writeFileSync(`data/schema/${name}`, text);
  console.log(`wrote data/schema/${name}`);
}
