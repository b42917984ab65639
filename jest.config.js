/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleNameMapper: {
    "^strip-bom$": "<rootDir>/test/support/strip-bom.js",
    // Fluent's context selector needs its peer `scheduler`, which npm installed under react-dom only.
    "^scheduler$": "<rootDir>/node_modules/react-dom/node_modules/scheduler",
  },
  testTimeout: 60000,
};
