// `npm run bundle -- --color-by <…> --size-by <…>`: the style a bundle's network opens with, checked
// against what the network offers (the Style control's choices), with the choices in the message.
import type { Dataset } from "./types.ts";
import { DEFAULT_STYLE, styleChoices, type Style } from "./styleChoices.ts";

export interface StyleFlags {
  colorBy?: string | undefined;
  sizeBy?: string | undefined;
}

export type BakedStyle = { ok: true; style: Style | undefined } | { ok: false; messages: string[] };

/**
 * One flag's value as a style value: a built-in choice (type, community, degree, quotes) or an
 * attribute, by its name or as attr:<name> (an attribute named like a built-in needs attr:).
 */
function pick(value: string, builtIn: string[], attributes: string[]): string | undefined {
  if (builtIn.includes(value)) return value;
  const name = value.startsWith("attr:") ? value.slice(5) : value;
  return attributes.includes(name) ? `attr:${name}` : undefined;
}

const refusal = (network: string, flag: string, value: string, choices: string[], why: string) =>
  `${network}: ${flag} "${value}" is not a choice for this network\n` +
  `  Choices: ${choices.map((v) => `"${v}"`).join(", ")}\n` +
  `  Fix: give one of these (${why})`;

/**
 * The default style to bake into `network`'s graph file (undefined: the app's own default), or
 * why a flag names no choice, listing the choices there are.
 */
export function bakeStyle(
  dataset: Pick<Dataset, "nodes" | "sources">,
  flags: StyleFlags,
  network: string,
): BakedStyle {
  const { categorical, numeric } = styleChoices(dataset.nodes);
  const colors = ["type", "community"];
  const sizes = dataset.sources.length > 0 ? ["degree", "quotes"] : ["degree"];
  const style: Style = { ...DEFAULT_STYLE };
  const messages: string[] = [];
  if (flags.colorBy !== undefined) {
    const color = pick(flags.colorBy, colors, categorical);
    if (color) style.color = color;
    else
      messages.push(
        refusal(
          network,
          "--color-by",
          flags.colorBy,
          [...colors, ...categorical],
          "an attribute colours nodes when some of them share a value",
        ),
      );
  }
  if (flags.sizeBy !== undefined) {
    const size = pick(flags.sizeBy, sizes, numeric);
    if (size) style.size = size;
    else
      messages.push(
        refusal(
          network,
          "--size-by",
          flags.sizeBy,
          [...sizes, ...numeric],
          "an attribute sizes nodes when all its values are numbers",
        ),
      );
  }
  if (messages.length > 0) return { ok: false, messages };
  const same = style.color === DEFAULT_STYLE.color && style.size === DEFAULT_STYLE.size;
  return { ok: true, style: same ? undefined : style };
}
