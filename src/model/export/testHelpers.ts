// Shared by the exporters' tests: a hostile hand-made dataset and a checking XML parser.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { makeDataset } from "../testDataset.ts";
import type { Dataset } from "../types.ts";

export const HOSTILE_LABEL = "<script>&\"'\u0001 x</script>";
/** The label as it must read after export: markup kept as text, U+0001 gone. */
export const HOSTILE_LABEL_CLEAN = "<script>&\"' x</script>";
export const HOSTILE_QUOTE = '他说:"=1+1, 对吗?"\r\n第二行\t<b>&amp;</b> \u0001';
export const HOSTILE_SUMMARY = '=HYPERLINK("http://evil"),\nline two\r\n\ttabbed';

/** Two people and one relation whose every text field tries to break out of its format. */
export function hostileDataset(): Dataset {
  const d = makeDataset({
    nodes: [
      ["alice", "person"],
      ["bob", "person"],
    ],
    edges: [["alice", "collaborated_with", "bob", { from: "2019", to: "2020-03" }]],
  });
  const [alice, bob] = d.nodes;
  const [edge] = d.edges;
  const [source] = d.sources;
  if (!alice || !bob || !edge || !source) throw new Error("makeDataset changed shape");
  Object.assign(alice, {
    label: HOSTILE_LABEL,
    labelZh: "爱丽丝",
    aliases: ["Alice, A.", '"Al"', "+1"],
    summary: HOSTILE_SUMMARY,
    position: { x: 12.5, y: -40 },
  });
  Object.assign(bob, { label: "-Bob", position: { x: 0, y: 30 } });
  source.title = "标题 & <title>";
  source.published = "2024-02-19";
  source.text = `前言${HOSTILE_QUOTE}后记`;
  edge.evidence = [
    {
      sourceId: source.id,
      quote: HOSTILE_QUOTE,
      start: 2,
      end: 2 + HOSTILE_QUOTE.length,
      translation: '@He said: "=1+1, right?"',
      hedged: true,
      hedgeWords: ["吗", "对"],
    },
    {
      sourceId: source.id,
      quote: "前言",
      start: 0,
      end: 2,
      translation: "Preface",
      contradicts: true,
      note: "a note",
    },
  ];
  return d;
}

const NAMED_OR_NUMERIC_REF = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
const LT_IN_ATTRIBUTE = /="[^"]*</;

/**
 * Checks what fast-xml-parser's validator does not (characters illegal in XML 1.0, a bare `&`,
 * `<` in an attribute value), validates, then parses with every entity decoded and no trimming.
 * Elements named in `lists` are always arrays; attributes are `@_name`, text is `#text`.
 */
export function parseXml(xml: string, lists: readonly string[]): unknown {
  for (const c of xml) {
    const code = c.codePointAt(0) ?? 0;
    const illegal =
      (code < 0x20 && c !== "\t" && c !== "\n" && c !== "\r") ||
      (code >= 0xd800 && code <= 0xdfff) ||
      code === 0xfffe ||
      code === 0xffff;
    if (illegal) throw new Error(`illegal XML character U+${code.toString(16).padStart(4, "0")}`);
  }
  if (NAMED_OR_NUMERIC_REF.test(xml)) throw new Error("bare & in XML");
  if (LT_IN_ATTRIBUTE.test(xml)) throw new Error("< in an attribute value");
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`invalid XML: ${JSON.stringify(valid.err)}`);
  const names = new Set(lists);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => names.has(name),
  }).parse(xml);
}

/** The quotes of each relation of quotedDataset, one per source it cites, in order. */
const QUOTES: Record<string, [source: string, quote: string][]> = {
  "tim--worked_at--openai": [["wired", 'Tim said, "we built it"\nat OpenAI in 2023']],
  "tim--contributed_to--sora": [
    ["blog", "蒂姆是Sora的负责人"],
    ["wired", "Tim Brooks leads Sora"],
  ],
  "sora--builds_on--dit": [["blog", "Sora以DiT为基础"]],
  "bill--authored--dit": [["interview", "Bill wrote the DiT paper"]],
  "bill--collaborated_with--saining": [["interview", "比尔和谢赛宁合作"]],
  "saining--family_of--lin": [["blog", "谢赛宁的家人"]],
};

/**
 * A small network with the features the exporters must keep: Chinese names and quotes, a quote
 * with a comma, quotes and a line break, undirected relations, a dated one, a relation quoted by
 * two sources, a fact with its own source, and every node somewhere else. Quotes are cut from
 * their sources' texts, as the compiler would: start and end slice them out.
 */
export function quotedDataset(): Dataset {
  const d = makeDataset({
    nodes: [
      ["tim", "person"],
      ["openai", "company"],
      ["sora", "project"],
      ["dit", "paper"],
      ["bill", "person"],
      ["saining", "person"],
      ["lin", "person"],
    ],
    edges: Object.entries(QUOTES).map(([id, quotes]) => {
      const [source = "", type = "", target = ""] = id.split("--");
      return [
        source,
        type as "worked_at",
        target,
        { id, sources: quotes.map(([s]) => s), ...(type === "worked_at" ? { from: "2023" } : {}) },
      ];
    }),
  });
  d.nodes.forEach((n, i) => (n.position = { x: 100 * i - 250, y: (i % 3) * 70 - 60 }));
  Object.assign(d.nodes[0] ?? {}, { label: "Tim Brooks", labelZh: "蒂姆·布鲁克斯" });
  Object.assign(d.nodes[5] ?? {}, { label: "Saining Xie", labelZh: "谢赛宁" });
  const texts = new Map<string, string>();
  const cite = (sourceId: string, quote: string) => {
    const before = texts.get(sourceId) ?? "Preface. ";
    texts.set(sourceId, `${before}${quote} … `);
    return { sourceId, quote, start: before.length, end: before.length + quote.length };
  };
  for (const e of d.edges)
    e.evidence = (QUOTES[e.id] ?? []).map(([s, q]) => ({ ...cite(s, q), translation: q }));
  const fact = { ...cite("interview", "Saining denied it"), translation: "Saining denied it" };
  Object.assign(d.nodes[5] ?? {}, { facts: [{ id: "denial", text: "Denied.", evidence: [fact] }] });
  for (const s of d.sources)
    Object.assign(s, { title: `The ${s.id}`, publisher: "test", text: texts.get(s.id) ?? "" });
  return d;
}
