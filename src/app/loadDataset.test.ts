// @vitest-environment jsdom
import { must } from "../ui/testing.tsx";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadDataset } from "./loadDataset.ts";
import { makeDataset } from "../model/testDataset.ts";

const data = makeDataset({ nodes: [["a", "person"]] });

afterEach(() => {
  vi.unstubAllGlobals();
  document.getElementById("quotegraph-data")?.remove();
  delete (window as { quotegraphData?: unknown }).quotegraphData;
});

const respond = (body: unknown, status = 200) =>
  vi.fn(async () => new Response(JSON.stringify(body), { status }));

describe("loadDataset", () => {
  it("fetches graph.json next to the page", async () => {
    const fetch = respond(data);
    vi.stubGlobal("fetch", fetch);
    expect(await loadDataset()).toEqual(data);
    expect(fetch).toHaveBeenCalledWith("graph.json");
  });

  it("a failed request names the file and the status", async () => {
    vi.stubGlobal("fetch", respond({}, 404));
    await expect(loadDataset("other.json")).rejects.toThrow("Could not load other.json: HTTP 404");
  });

  it("refuses another schema version, naming the file", async () => {
    vi.stubGlobal("fetch", respond({ ...data, schemaVersion: 2 }));
    await expect(loadDataset()).rejects.toThrow("graph.json: unsupported schemaVersion 2");
  });

  it("a single-file build's inline data wins, without a request", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    const script = document.createElement("script");
    script.id = "quotegraph-data";
    script.type = "application/json";
    script.textContent = JSON.stringify(data);
    document.body.append(script);
    expect(await loadDataset()).toEqual(data);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("takes the request index.html started early, for graph.json only", async () => {
    const fetch = respond(makeDataset({ nodes: [["other", "paper"]] }));
    vi.stubGlobal("fetch", fetch);
    (window as { quotegraphData?: unknown }).quotegraphData = Promise.resolve(data);
    expect(await loadDataset()).toEqual(data);
    expect(fetch).not.toHaveBeenCalled();
    expect(must((await loadDataset("other.json")).nodes[0]).id).toBe("other");
  });

  it("dataRequest starts the request as it is imported", async () => {
    const fetch = respond(data);
    vi.stubGlobal("fetch", fetch);
    const { datasetRequest } = await import("./dataRequest.ts");
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await datasetRequest).toEqual({ dataset: data, network: null });
  });
});
