/** Tests run TypeScript through swc (fast, hoists jest.mock); types are checked by `npm run typecheck`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  globalSetup: '<rootDir>/test/globalSetup.js',
  moduleFileExtensions: ['ts', 'js', 'json'],
};
