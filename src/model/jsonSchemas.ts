// JSON Schemas of the authored files, for editor completion (written by npm run data:schema).
import { z } from "zod";
import { evidenceFileSchema, nodeListSchema, sourceMetaSchema } from "./schema.ts";
import { storySchema } from "./stories.ts";

export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = {
    "source.schema.json": sourceMetaSchema,
    "node.schema.json": nodeListSchema,
    "evidence.schema.json": evidenceFileSchema,
    "story.schema.json": storySchema,
  };
  for (const [name, schema] of Object.entries(entries)) {
    out[name] = `${JSON.stringify(z.toJSONSchema(schema, { io: "input" }), null, 2)}\n`;
  }
  return out;
}
