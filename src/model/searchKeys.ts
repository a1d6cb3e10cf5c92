// Search keys for each node: normalized label/labelZh/aliases, their simplified and traditional
// variants, and toneless pinyin (joined, plus "given name + family name" order for short Chinese
// person names). Baked at build time, so the built-in app needs neither OpenCC nor a pinyin
// dictionary; a network opened in the browser loads them only if it has Chinese text.
// OpenCC's core and its dictionaries one module each (the package's main entry is one 1.2 MB
// file), so the build can ship the 1 MB simplified→traditional phrase list as a chunk of its own.
import { ConverterBuilder } from "opencc-js/core";
import * as locales from "opencc-js/preset";
import { pinyin } from "pinyin-pro";
import { normalizeForSearch } from "./search.ts";
import type { Dataset, GraphNode } from "./types.ts";
import { HAN } from "./han.ts";
const SHORT_HAN_NAME = /^\p{Script=Han}{2,4}$/u;

type Convert = (text: string) => string;
let converters: Convert[] | undefined;

/** Simplified ← Taiwan/traditional, then traditional ← simplified; built once, on first use. */
function scriptConverters(): Convert[] {
  if (converters) return converters;
  // The package main entry's `Converter` is this builder given every locale.
  const converter = ConverterBuilder(locales);
  converters = [
    converter({ from: "tw", to: "cn" }),
    converter({ from: "t", to: "cn" }),
    converter({ from: "cn", to: "tw" }),
    converter({ from: "cn", to: "t" }),
  ];
  return converters;
}

/**
 * Toneless pinyin syllables of a text, one reading per list. For a person the family-name reading
 * of the first character (曾 zeng, 单 shan, 解 xie) is added when it differs; both are kept because
 * neither is always right (乐嘉 is Le Jia, 朴树 is Pu Shu).
 */
function readings(text: string, person: boolean): string[][] {
  const normal = pinyin(text, { toneType: "none", type: "array" });
  if (!person) return [normal];
  const surname = pinyin(text, { toneType: "none", type: "array", surname: "head" });
  return normal.join(" ") === surname.join(" ") ? [normal] : [normal, surname];
}

/** ü is typed as v (IME) or u (most people): keep all three spellings. */
function umlautSpellings(key: string): string[] {
  return [key, key.replaceAll("ü", "v"), key.replaceAll("ü", "u")];
}

function pinyinKeys(text: string, person: boolean): string[] {
  const rotate = person && SHORT_HAN_NAME.test(normalizeForSearch(text));
  return readings(text, person).flatMap((syllables) => {
    const joined = [syllables.join("")];
    if (rotate) joined.push([...syllables.slice(1), ...syllables.slice(0, 1)].join(""));
    return joined.map(normalizeForSearch).flatMap(umlautSpellings);
  });
}

function keysOfText(text: string, person: boolean): string[] {
  if (!HAN.test(text)) return [normalizeForSearch(text)];
  const scripts = [text, ...scriptConverters().map((convert) => convert(text))];
  return [
    ...scripts.map(normalizeForSearch),
    ...scripts.flatMap((variant) => pinyinKeys(variant, person)),
  ];
}

/** The node's search keys: deduplicated, in a stable order (label, labelZh, aliases). */
export function searchKeysOf(
  node: Pick<GraphNode, "type" | "label" | "labelZh" | "aliases">,
): string[] {
  const person = node.type === "person";
  const texts = [node.label, node.labelZh, ...node.aliases].filter((t) => t !== undefined);
  const keys = texts.flatMap((text) => keysOfText(text, person));
  return [...new Set(keys)].filter((key) => key.length > 0);
}

/** A copy of the dataset whose nodes carry `searchKeys`; the input is not modified. */
export function addSearchKeys(dataset: Dataset): Dataset {
  return {
    ...dataset,
    nodes: dataset.nodes.map((node) => ({ ...node, searchKeys: searchKeysOf(node) })),
  };
}
