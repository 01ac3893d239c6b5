import { defineConfig } from "vitest/config";

// Unit and integration suites. Browser end-to-end tests live in tests/e2e and run
// separately (`npm run test:e2e`) because they need a built dashboard and chromium.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    testTimeout: 60_000,
    pool: "forks",
  },
});
