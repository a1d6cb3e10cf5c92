import { defineConfig } from "vitest/config";

// Browser tests: real Chromium against the production build in dist/ (run `vite build` first).
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    environment: "node",
    // Not a timing: with coverage collected on a loaded 2-core machine an axe check of a page
    // took over 30 s; durations belong in `npm run bench`.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    fileParallelism: false,
  },
});
