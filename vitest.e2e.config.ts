import { defineConfig } from "vitest/config";

// Browser tests: real Chromium against the production build in dist/ (run `vite build` first).
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 30_000,
    fileParallelism: false,
  },
});
