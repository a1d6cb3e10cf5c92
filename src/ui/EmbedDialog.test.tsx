// @vitest-environment jsdom
import "./testing.tsx";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { EmbedDialog } from "./EmbedDialog.tsx";
import { useAppStore } from "../state/store.ts";

afterEach(() => window.history.replaceState(null, "", "/"));

const code = () => (screen.getByTestId("embed-code") as HTMLTextAreaElement).value;

async function openAt(path: string) {
  window.history.replaceState(null, "", path);
  render(<EmbedDialog />);
  await userEvent.click(screen.getByRole("button", { name: "Embed" }));
  return screen.getByRole("dialog");
}

describe("EmbedDialog", () => {
  it("writes an iframe of the current view, as an embed, without the camera", async () => {
    useAppStore.getState().selectNode("tim");
    useAppStore.getState().setCamera({ zoom: 2, x: 1, y: 2 });
    const dialog = await openAt("/blog/post/graph/?node=tim");
    expect(dialog.hasAttribute("open")).toBe(true);
    expect(code()).toBe(
      '<iframe src="http://localhost:3000/blog/post/graph/?node=tim&amp;embed=1" ' +
        'title="Quotegraph: The people behind OpenAI’s Sora — every link shows its sources" ' +
        'loading="lazy" width="100%" height="560" style="border:0;width:100%" ' +
        'allow="fullscreen" data-quotegraph></iframe>',
    );
  });

  it("the default view embeds as ?embed=1", async () => {
    await openAt("/graph/");
    expect(code()).toContain('src="http://localhost:3000/graph/?embed=1"');
  });

  it("a fixed height is kept within 240–2000 px; 16:9 adds the resize script", async () => {
    await openAt("/graph/");
    const px = screen.getByRole("spinbutton", { name: "Height in pixels" });
    fireEvent.change(px, { target: { value: "100" } });
    expect(code()).toContain('height="240"');
    fireEvent.change(px, { target: { value: "5000" } });
    expect(code()).toContain('height="2000"');
    fireEvent.change(px, { target: { value: "720" } });
    expect(code()).toContain('height="720"');
    await userEvent.click(screen.getByRole("radio", { name: /16:9/ }));
    expect((px as HTMLInputElement).disabled).toBe(true);
    expect(code()).toContain('data-aspect="16:9"');
    expect(code().split("\n")[1]).toBe(
      '<script src="http://localhost:3000/graph/quotegraph-embed.js" async></script>',
    );
    await userEvent.click(screen.getByRole("radio", { name: "Fixed" }));
    expect(code()).not.toContain("<script");
  });

  it("Copy puts the code on the clipboard and says so until the size changes", async () => {
    const dialog = await openAt("/graph/");
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await userEvent.click(within(dialog).getByRole("button", { name: "Copy" }));
    expect(writeText).toHaveBeenCalledWith(code());
    expect(await within(dialog).findByRole("button", { name: "Copied" })).toBeTruthy();
    await userEvent.click(screen.getByRole("radio", { name: /16:9/ }));
    expect(within(dialog).getByRole("button", { name: "Copy" })).toBeTruthy();
    await userEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.getByRole("dialog", { hidden: true }).hasAttribute("open")).toBe(false);
  });

  it("in Chinese, the frame's title is the Chinese subtitle", async () => {
    useAppStore.getState().setLang("zh");
    render(<EmbedDialog />);
    await userEvent.click(screen.getByRole("button", { name: "嵌入" }));
    expect(code()).toContain("lang=zh");
    expect(code()).not.toContain("The people behind");
  });
});
