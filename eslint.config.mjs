// ESLint: typescript-eslint's strict type-checked rules, React hooks, Next's rules, and the layer
// boundaries ARCHITECTURE.md describes (app -> components -> lib; domain code never imports HTTP).
// `npm run lint` runs it with Prettier (formatting) and knip (unused files, exports, dependencies).
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import boundaries from "eslint-plugin-boundaries";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { layerElements, layerPolicies } from "./eslint.layers.mjs";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      ".next-*/",
      "lib/generated/",
      ".pedigree/",
      ".pedigree-*/",
      "test-results/",
      "playwright-report/",
      "coverage/",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers and booleans in messages are fine; objects are not.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
      // `void promise` marks a deliberate fire-and-forget (event handlers).
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // Tests read untyped JSON from HTTP answers and index fixtures they built themselves: the unsafe-*
    // and non-null rules would only add casts there. `any`, unused code and the rest still apply.
    files: ["tests/**/*.ts", "e2e/**/*.ts", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    rules: {
      eqeqeq: ["error", "always"],
      "no-var": "error",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "prefer-const": "error",
      "no-console": ["error", { allow: ["info", "warn", "error"] }],
    },
  },
  {
    // Scripts and benchmarks report to the terminal.
    files: ["scripts/**", "bench/**", "bin/**", "cli/**"],
    rules: { "no-console": "off" },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts", "instrumentation.ts"],
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { boundaries, "import-x": importX },
    settings: {
      "import/resolver": { typescript: { alwaysTryTypes: true, project: "./tsconfig.json" } },
      "import-x/resolver": { typescript: { alwaysTryTypes: true, project: "./tsconfig.json" } },
      "boundaries/elements": layerElements,
      "boundaries/include": ["app/**/*", "components/**/*", "lib/**/*", "cli/**/*", "proxy.ts", "instrumentation.ts"],
    },
    rules: {
      "boundaries/dependencies": ["error", { default: "allow", policies: layerPolicies }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
);
