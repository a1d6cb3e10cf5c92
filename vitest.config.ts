import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts"],
    environment: "node",
    // Not a timing: a test that builds the real data takes 5–9 s under coverage on a loaded
    // machine (the default 5 s timed out); durations belong in `npm run bench`.
    testTimeout: 30_000,
    // Collected when asked (`vitest run --coverage`, as `npm test` does); checked against the floors
    // in coverage.config.json by scripts/coverage/report.ts, together with the browser tests'.
    coverage: {
      provider: "v8",
      include: ["src/**/*.{ts,tsx}"],
      exclude: ["src/**/*.test.{ts,tsx}", "src/**/*.d.ts"],
      reporter: [["json", { file: "unit.json" }]],
      reportsDirectory: "coverage/unit",
    },
  },
});
