import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts"],
    environment: "node",
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
