import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { jsonSchemas } from "../src/model/jsonSchemas.ts";

test("the committed JSON Schemas match the zod schemas (run npm run data:schema)", () => {
  for (const [name, text] of Object.entries(jsonSchemas())) {
    expect(readFileSync(`data/schema/${name}`, "utf8"), name).toBe(text);
  }
});

test("the evidence schema lists the relation vocabulary for completion", () => {
  const schema = jsonSchemas()["evidence.schema.json"] ?? "";
  expect(schema).toContain('"collaborated_with"');
  expect(schema).toContain('"translation"');
});
