import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

/** Imports of a higher layer's folder, by relative path from any depth. */
const upward = (...folders) =>
  folders.map((folder) => ({
    regex: `^(\\.\\./)+${folder}/`,
    message: `Layers: model ← graph, state ← ui ← app; this folder may not import src/${folder}.`,
  }));
const NO_CYTOSCAPE = [
  { group: ["cytoscape*", "react-cytoscapejs"], message: "Cytoscape stays in src/graph." },
];
const MODEL = [
  ...upward("graph", "state", "ui", "app"),
  ...NO_CYTOSCAPE,
  { group: ["react", "react-*", "zustand*"], message: "src/model is plain TypeScript." },
];

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-single",
      "dist-app",
      "bundles",
      "node_modules",
      "test-results",
      "coverage",
      // Throwaway scripts (git-ignored), as .gitignore says.
      ".scratch",
    ],
  },
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
  // Layering: dependencies point one way, model ← graph, state ← ui ← app (AGENTS.md). Each
  // folder's block lists everything it may not import, since a later block's options would
  // replace an earlier one's. Relative paths are matched at any depth (src/model/import/…).
  {
    files: ["src/model/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: MODEL,
        },
      ],
    },
  },
  {
    // Node's modules are for scripts and tests: the model runs in the browser too.
    files: ["src/model/**/*.ts"],
    ignores: ["src/model/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [...MODEL, { group: ["node:*"], message: "src/model runs in the browser." }],
        },
      ],
    },
  },
  {
    files: ["src/graph/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: upward("state", "ui", "app") }],
    },
  },
  {
    files: ["src/state/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...upward("graph", "ui", "app"), ...NO_CYTOSCAPE] },
      ],
    },
  },
  {
    // The UI may take src/graph's types (an ImageExporter it is handed) and typeStyle.ts, the
    // plain table of each type's colour and shape that the legend draws; any other value from
    // src/graph would bring Cytoscape in.
    files: ["src/ui/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            ...upward("app"),
            {
              regex: "^(\\.\\./)+graph/(?!typeStyle\\.ts$)",
              allowTypeImports: true,
              message: "src/ui takes only types and typeStyle.ts from src/graph.",
            },
            ...NO_CYTOSCAPE,
          ],
        },
      ],
    },
  },
  {
    files: ["src/app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: NO_CYTOSCAPE }] },
  },
);
