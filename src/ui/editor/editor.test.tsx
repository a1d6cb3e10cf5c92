// @vitest-environment jsdom
import { must } from "../testing.tsx";
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { editorMessages } from "./editorMessages.ts";
import { SourceForm } from "./SourceForm.tsx";
import { CiteForm } from "./CiteForm.tsx";
import { EntityPicker, matchEntities } from "./EntityPicker.tsx";
import { CitedList } from "./CitedList.tsx";
import { splitMarked } from "./SourceText.tsx";
import { htmlToText } from "./readSourceFile.ts";
import type { AuthoredNode } from "../../model/schema.ts";
import { EMPTY_DRAFT, type Draft } from "../../model/edit/draft.ts";

const m = editorMessages("en");
const NODES: AuthoredNode[] = [
  { id: "lin-xiao", type: "person", label: "Lin Xiao", labelZh: "林晓", aliases: ["林晓"] },
  { id: "galaxy-lab", type: "lab", label: "Galaxy Lab", aliases: ["星河实验室"] },
  { id: "dawn", type: "project", label: "Dawn", aliases: ["晨光"] },
];

describe("SourceForm", () => {
  it("adds a pasted article with its metadata, only what was given", async () => {
    const onAdd = vi.fn();
    render(<SourceForm m={m} onAdd={onAdd} />);
    await userEvent.type(screen.getByLabelText(m.pasteText), "林晓是一名研究员。");
    await userEvent.type(screen.getByLabelText(m.titleField), "林晓的故事");
    await userEvent.type(screen.getByLabelText(m.publisher), "Test Daily");
    await userEvent.type(screen.getByLabelText(m.published), "2024-03");
    await userEvent.click(screen.getByRole("button", { name: m.add }));
    expect(onAdd).toHaveBeenCalledWith("林晓是一名研究员。", {
      title: "林晓的故事",
      publisher: "Test Daily",
      language: "zh-Hans",
      published: "2024-03",
    });
    // The form empties for the next source.
    expect((screen.getByLabelText(m.pasteText) as HTMLTextAreaElement).value).toBe("");
  });

  it("reads a chosen HTML file as text and says what it took out", async () => {
    render(<SourceForm m={m} onAdd={vi.fn()} />);
    const html = new File(["<p>One <b>two</b></p><script>x()</script>"], "story.html", {
      type: "text/html",
    });
    await userEvent.upload(screen.getByLabelText(m.dropFiles), html);
    expect((await screen.findByText(/Converted to text/)).textContent).toContain("1 <script>");
    expect((screen.getByLabelText(m.pasteText) as HTMLTextAreaElement).value).toBe("One two");
    expect((screen.getByLabelText(m.titleField) as HTMLInputElement).value).toBe("story");
  });
});

describe("htmlToText", () => {
  it("keeps paragraphs apart and the text of tags, and drops scripts and styles", () => {
    const { text, removed } = htmlToText(
      "<h1>Title</h1><p>First<br>line</p><style>p{}</style><p>Second</p>",
    );
    expect(text).toBe("Title\n\nFirst\nline\n\nSecond");
    expect(removed).toEqual(["1 <style>", "3 HTML tags (their text kept)"]);
  });
});

describe("EntityPicker", () => {
  it("finds entities by any name, either script, best match first", () => {
    expect(matchEntities(NODES, "林").map((n) => n.id)).toEqual(["lin-xiao"]);
    expect(matchEntities(NODES, "lab").map((n) => n.id)).toEqual(["galaxy-lab"]);
    expect(matchEntities(NODES, "  ")).toEqual([]);
  });

  it("creates a new entity with the typed Chinese name as its Chinese name and alias", async () => {
    const onCreate = vi.fn();
    render(
      <EntityPicker
        m={m}
        label="To"
        nodes={NODES}
        value={null}
        types={["university", "lab"]}
        onPick={vi.fn()}
        onCreate={onCreate}
      />,
    );
    await userEvent.type(screen.getByRole("textbox"), "青山大学");
    await userEvent.click(screen.getByRole("button", { name: m.create("青山大学") }));
    // Only the types this end allows are offered.
    const type = screen.getByLabelText(m.type, { exact: true }) as HTMLSelectElement;
    expect([...type.options].map((o) => o.value)).toEqual(["university", "lab"]);
    const create = screen.getByRole("button", { name: m.createButton }) as HTMLButtonElement;
    expect(create.disabled).toBe(true); // an English name is required
    await userEvent.type(screen.getByLabelText(m.label, { exact: true }), "Qingshan University");
    await userEvent.click(create);
    expect(onCreate).toHaveBeenCalledWith({
      type: "university",
      label: "Qingshan University",
      labelZh: "青山大学",
      aliases: ["青山大学"],
    });
  });
});

describe("CiteForm", () => {
  it("pre-fills the hedge from the passage and cites a relation between allowed types", async () => {
    const onCite = vi.fn();
    render(
      <CiteForm
        m={m}
        quote="据说她可能参与了“晨光”项目的开发"
        occurrence={undefined}
        nodes={NODES}
        onCreate={() => "x"}
        onCite={onCite}
      />,
    );
    expect((screen.getByLabelText(m.hedged) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(m.hedgeWords) as HTMLInputElement).value).toBe("据说, 可能");
    const cite = screen.getByRole("button", { name: m.cite }) as HTMLButtonElement;
    expect(cite.disabled).toBe(true);
    const from = screen.getByRole("group", { name: m.from });
    await userEvent.type(within(from).getByRole("textbox"), "Lin");
    await userEvent.click(within(from).getByRole("button", { name: /Lin Xiao/ }));
    // A person can't be "published in" anything: the vocabulary says which types may follow.
    const relation = screen.getByLabelText(m.relationType) as HTMLSelectElement;
    const offered = [...relation.options].map((o) => o.value);
    expect(offered).toContain("contributed_to");
    expect(offered).not.toContain("published_in");
    await userEvent.selectOptions(relation, "contributed_to");
    const to = screen.getByRole("group", { name: m.to });
    await userEvent.type(within(to).getByRole("textbox"), "晨光");
    await userEvent.click(within(to).getByRole("button", { name: /Dawn/ }));
    await userEvent.type(screen.getByLabelText(m.translation), "Reportedly she took part");
    await userEvent.click(cite);
    expect(onCite).toHaveBeenCalledWith(
      { kind: "relation", source: "lin-xiao", type: "contributed_to", target: "dawn" },
      "Reportedly she took part",
      ["据说", "可能"],
    );
  });

  it("cites a fact about one entity, stated when the hedge is cleared", async () => {
    const onCite = vi.fn();
    render(
      <CiteForm
        m={m}
        quote="林晓出生于1995年"
        occurrence={2}
        nodes={NODES}
        onCreate={() => "x"}
        onCite={onCite}
      />,
    );
    expect(screen.getByText(m.occurrence(2))).toBeTruthy();
    expect((screen.getByLabelText(m.hedged) as HTMLInputElement).checked).toBe(false);
    await userEvent.click(screen.getByLabelText(m.fact));
    const about = screen.getByRole("group", { name: m.about });
    await userEvent.type(within(about).getByRole("textbox"), "林晓");
    await userEvent.click(within(about).getByRole("button", { name: /Lin Xiao/ }));
    await userEvent.type(screen.getByLabelText(m.factText), "Born in 1995.");
    await userEvent.type(screen.getByLabelText(m.translation), "Lin Xiao was born in 1995");
    await userEvent.click(screen.getByRole("button", { name: m.cite }));
    expect(onCite).toHaveBeenCalledWith(
      { kind: "fact", node: "lin-xiao", text: "Born in 1995." },
      "Lin Xiao was born in 1995",
      [],
    );
  });
});

describe("CitedList", () => {
  const draft: Draft = {
    ...EMPTY_DRAFT,
    nodes: NODES,
    evidence: [
      {
        sourceId: "s",
        relations: [
          {
            source: "lin-xiao",
            type: "worked_at",
            target: "galaxy-lab",
            evidence: [{ quote: "q", translation: "t", hedged: true, hedgeWords: ["可能"] }],
          },
        ],
        facts: [
          {
            node: "dawn",
            id: "f",
            text: "<b>Started</b>",
            evidence: [{ quote: "q", translation: "t" }],
          },
        ],
      },
    ],
  };

  it("lists relations and facts as text, with the compiler's words beside each", async () => {
    const onRemove = vi.fn();
    const problem = {
      file: "data/evidence/s.yaml",
      line: 4,
      path: "relations[0].target",
      message: 'no node "x"',
      fix: "add it",
    };
    const { container } = render(
      <CitedList
        m={m}
        draft={draft}
        byItem={new Map([["s/relations[0]", [problem]]])}
        other={[]}
        onRemove={onRemove}
      />,
    );
    const items = screen.getAllByRole("listitem");
    expect(items.map((li) => must(li.querySelector(".what")).textContent)).toEqual([
      "Lin Xiao — worked at — Galaxy Lab",
      "Dawn: <b>Started</b>",
    ]);
    expect(container.querySelector("b")).toBeNull();
    expect(within(must(items[0])).getByRole("status").textContent).toBe(
      'data/evidence/s.yaml:4 (relations[0].target): no node "x"\n  Fix: add it',
    );
    await userEvent.click(
      screen.getByRole("button", { name: `${m.remove}: Dawn: <b>Started</b>` }),
    );
    expect(onRemove).toHaveBeenCalledWith("s", "facts", 0);
  });
});

describe("splitMarked", () => {
  it("cuts the text at the cited passages' edges, overlaps merged", () => {
    expect(
      splitMarked("abcdefgh", [
        [1, 3],
        [2, 5],
      ]),
    ).toEqual([
      [0, 1, false],
      [1, 5, true],
      [5, 8, false],
    ]);
    expect(splitMarked("ab", [])).toEqual([[0, 2, false]]);
  });
});
