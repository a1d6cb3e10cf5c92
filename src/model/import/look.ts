// A file's own look (colours and sizes of its nodes), kept as the attributes FILE_COLOR and
// FILE_SIZE whatever the format, and the one note per import that says what was kept.
import { clip } from "../problems.ts";
import { FILE_COLOR, FILE_SIZE, FILE_SHAPE } from "../styleChoices.ts";
import { count } from "./lines.ts";
import { parseColor } from "./colors.ts";
import type { AttributeValue } from "./types.ts";

type Bag = Record<string, AttributeValue>;

/** What an import kept of the file's look, and where it came from (e.g. "yEd fill"). */
export interface Looks {
  colors: number;
  sizes: number;
  shapes: number;
  colorFrom: Set<string>;
  sizeFrom: Set<string>;
  /** Values that were meant as colours but are none (kept as they were, drawn in the default). */
  badColors: number;
  firstBad?: string;
}

export function newLooks(): Looks {
  return {
    colors: 0,
    sizes: 0,
    shapes: 0,
    colorFrom: new Set(),
    sizeFrom: new Set(),
    badColors: 0,
  };
}

/** Keeps `value` as the node's colour when it is one; true if kept. */
export function keepColor(bag: Bag, value: unknown, from: string, looks: Looks): boolean {
  if (value === undefined || value === null || value === "") return false;
  const color = parseColor(value);
  if (color === undefined) {
    looks.badColors++;
    looks.firstBad ??= typeof value === "string" ? value : JSON.stringify(value);
    return false;
  }
  bag[FILE_COLOR] = color;
  looks.colors++;
  looks.colorFrom.add(from);
  return true;
}

/** Keeps `value` as the node's size when it is a positive number (or its text); true if kept. */
export function keepSize(bag: Bag, value: unknown, from: string, looks: Looks): boolean {
  const size =
    typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  if (!Number.isFinite(size) || size <= 0 || (typeof value === "string" && value.trim() === ""))
    return false;
  bag[FILE_SIZE] = size;
  looks.sizes++;
  looks.sizeFrom.add(from);
  return true;
}

/** Keeps a shape name (yEd's y:Shape type, GEXF's viz:shape) as an attribute one can colour by. */
export function keepShape(bag: Bag, value: string | undefined, looks: Looks): void {
  const shape = value?.trim();
  if (!shape || shape.length > 40) return;
  bag[FILE_SHAPE] = shape;
  looks.shapes++;
}

/**
 * Moves the colour and size fields a node carries (`color`/`colour`, `size`, and any named by the
 * file's style) into FILE_COLOR and FILE_SIZE. Fields that are not colours stay as they were.
 */
export function takeLookFields(
  bag: Bag,
  looks: Looks,
  fields: { color: readonly string[]; size: readonly string[] },
): void {
  for (const key of fields.color) {
    if (!(key in bag)) continue;
    if (keepColor(bag, bag[key], key, looks)) Reflect.deleteProperty(bag, key);
    break;
  }
  for (const key of fields.size) {
    if (!(key in bag)) continue;
    if (keepSize(bag, bag[key], key, looks)) Reflect.deleteProperty(bag, key);
    break;
  }
}

const list = (from: Set<string>) => [...from].join(", ");

/** The notes that say what was kept (none when the file brought no look). */
export function lookNotes(looks: Looks): string[] {
  const notes: string[] = [];
  const kept = [
    looks.colors > 0 ? `colours (${list(looks.colorFrom)}) for ${count(looks.colors, "node")}` : "",
    looks.sizes > 0 ? `sizes (${list(looks.sizeFrom)}) for ${count(looks.sizes, "node")}` : "",
  ].filter((s) => s !== "");
  if (kept.length > 0) {
    const what =
      looks.colors > 0 && looks.sizes > 0 ? "colour or size" : looks.colors ? "colour" : "size";
    notes.push(`Kept the file's ${kept.join(" and ")}; Style can ${what} them otherwise.`);
  }
  if (looks.shapes > 0)
    notes.push(
      `Kept the shapes of ${count(looks.shapes, "node")} as the attribute "${FILE_SHAPE}".`,
    );
  if (looks.badColors > 0)
    notes.push(
      `${count(looks.badColors, "colour value")} could not be read as a colour (e.g. "${clip(looks.firstBad ?? "", 40)}"): those nodes keep the value as an attribute and are drawn in the default colour.`,
    );
  return notes;
}
