import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist", "dist-single", "dist-app", "bundles", "node_modules", "test-results"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  { files: ["**/*.mjs", "**/*.js"], languageOptions: { globals: globals.node } },
  { files: ["public/**/*.js"], languageOptions: { globals: globals.browser } },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Layering: src/model stays pure, Cytoscape stays in src/graph.
    files: ["src/model/**/*.ts"],
    ignores: ["src/model/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "react",
            "react-*",
            "cytoscape*",
            "zustand*",
            "../graph/*",
            "../state/*",
            "../ui/*",
            "../app/*",
            "node:*",
          ],
        },
      ],
    },
  },
  {
    files: ["src/state/**/*.ts", "src/ui/**/*.{ts,tsx}", "src/app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["cytoscape*", "react-cytoscapejs"] }],
    },
  },
);
