/** ESM TypeScript through ts-jest; `npm test` runs `tsc --noEmit` first for types. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // @microsoft/app-manifest (CommonJS) requires strip-bom 5, an ES module: Node 20 allows that, Jest's module
    // loader does not before Node 24.9. strip-bom 4 (Jest's own, CommonJS) is the same one function.
    '^strip-bom$': '<rootDir>/node_modules/strip-bom/index.js',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true }],
  },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  // The deployed bundle (dist/), built once before the tests when the sources changed: the tests of the process run it.
  globalSetup: '<rootDir>/tests/support/buildBundle.mjs',
  testTimeout: 30000,
};
