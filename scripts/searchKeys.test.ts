import { describe, expect, test } from "vitest";
import { formatProblem } from "../src/model/problems.ts";
import { normalizeForSearch } from "../src/model/search.ts";
import type { Dataset } from "../src/model/types.ts";
import { serialize } from "./buildDataset.ts";
import { readDataFolder } from "./readDataFolder.ts";
import { compileDataset } from "../src/model/compileDataset.ts";
import { bakeLayout } from "../src/graph/bakeLayout.ts";
import { addSearchKeys, searchKeysOf } from "../src/model/searchKeys.ts";
import * as OpenCC from "opencc-js";

/** The built-in dataset as compiled and laid out, before search keys are added. */
function build(): Dataset {
  const result = compileDataset(readDataFolder("data"));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return bakeLayout(result.dataset);
}

describe("addSearchKeys on the built-in dataset", () => {
  const plain = build();
  const before = serialize(plain);
  const dataset = addSearchKeys(plain);
  const keysOf = (id: string) => dataset.nodes.find((n) => n.id === id)?.searchKeys ?? [];

  test("leaves its input alone", () => {
    expect(serialize(plain)).toBe(before);
    expect(plain.nodes.some((n) => n.searchKeys)).toBe(false);
  });

  test("every node gets non-empty, distinct keys, its normalized label first", () => {
    expect(dataset.nodes).toHaveLength(plain.nodes.length);
    for (const node of dataset.nodes) {
      const keys = node.searchKeys ?? [];
      expect(keys.length).toBeGreaterThan(0);
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(key).toMatch(/^[\p{L}\p{M}\p{N}]+$/u);
      expect(keys[0]).toBe(normalizeForSearch(node.label));
    }
  });

  test("Chinese names get both scripts and toneless pinyin in both orders", () => {
    expect(keysOf("saining-xie")).toEqual(
      expect.arrayContaining(["谢赛宁", "謝賽甯", "謝賽寧", "xiesaining", "sainingxie"]),
    );
    expect(keysOf("yuandong-tian")).toEqual(
      expect.arrayContaining(["田渊栋", "田淵棟", "tianyuandong", "yuandongtian"]),
    );
    expect(keysOf("yufei-guo")).toEqual(expect.arrayContaining(["郭宇飛", "guoyufei", "yufeiguo"]));
  });

  test("Latin names and titles are normalized", () => {
    expect(keysOf("bill-peebles")).toContain("williambillpeebles");
    expect(keysOf("dalle-3")).toContain("dalle3");
    expect(keysOf("dit")).toContain("scalablediffusionmodelswithtransformers");
  });

  test("the swapped order is for short Chinese person names only", () => {
    expect(keysOf("pku")).toContain("beida");
    expect(keysOf("pku")).not.toContain("dabei");
    expect(keysOf("google")).not.toContain("gegu");
  });

  test("mixed text gets pinyin for its Chinese part, with ü spelt three ways", () => {
    expect(keysOf("dit")).toContain("kuosanxingtransformer");
    expect(keysOf("google-deepmind")).toContain("gugedeepmind");
    expect(keysOf("navit")).toEqual(
      expect.arrayContaining([
        "yuanshengfenbianlüshijuetransformer",
        "yuanshengfenbianlvshijuetransformer",
        "yuanshengfenbianlushijuetransformer",
      ]),
    );
  });

  test("polyphonic characters in the dataset get the reading the word needs", () => {
    expect(keysOf("uc-berkeley")).toContain("bokelidaxue"); // 伯 bo, not bai
    expect(keysOf("ucsd")).toContain("jiazhoudaxueshengdiyagefenxiao"); // 地 di, 校 xiao
    expect(keysOf("bitter-lesson")).toContain("kusedejiaoxun"); // 的 de, 教 jiao
    expect(keysOf("mit")).toContain("mashengligongxueyuan"); // 省 sheng, not xing
    expect(keysOf("nyu")).toContain("niuyuedaxue"); // 约 yue, not yao
    expect(keysOf("redstone-computer")).toContain("hongshijisuanji"); // 石 shi, not dan
  });
});

describe("searchKeysOf", () => {
  const node = (type: "person" | "company", labelZh: string) => ({
    type,
    label: "X",
    labelZh,
    aliases: [],
  });

  test("a person's leading family-name character gets both readings", () => {
    expect(searchKeysOf(node("person", "曾小贤"))).toEqual(
      expect.arrayContaining(["cengxiaoxian", "zengxiaoxian", "xiaoxianzeng"]),
    );
    expect(searchKeysOf(node("person", "单田芳"))).toContain("shantianfang");
  });

  test("other nodes get the ordinary reading only", () => {
    const keys = searchKeysOf(node("company", "曾小贤"));
    expect(keys).toContain("cengxiaoxian");
    expect(keys).not.toContain("zengxiaoxian");
  });

  test("both scripts come phrase by phrase, as from OpenCC's main entry (the app loads its parts)", () => {
    const convert = (from: string, to: string) => OpenCC.Converter({ from, to });
    const directions = [
      convert("tw", "cn"),
      convert("t", "cn"),
      convert("cn", "tw"),
      convert("cn", "t"),
    ];
    for (const text of ["头发", "理发店", "后来", "皇后", "發展", "軟體"]) {
      const keys = searchKeysOf(node("company", text));
      for (const to of directions) expect(keys).toContain(normalizeForSearch(to(text)));
    }
    expect(searchKeysOf(node("company", "头发"))).toContain("頭髮"); // 发 is 髮 here, not 發
  });

  test("names longer than four characters are not rotated", () => {
    expect(searchKeysOf(node("person", "欧阳修文博"))).not.toContain("yangxiuwenbouo");
    expect(searchKeysOf(node("person", "欧阳修文博"))).toContain("ouyangxiuwenbo");
  });
});
