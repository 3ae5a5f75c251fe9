/**
 * Lets Node `require` the preview's TypeScript sources directly (esbuild strips the types),
 * so `npm start` runs local/ as written, with no second build step.
 */
const fs = require('node:fs');
const Module = require('node:module');
const esbuild = require('esbuild');

if (!Module._extensions['.ts']) {
  Module._extensions['.ts'] = (module, filename) => {
    const { code } = esbuild.transformSync(fs.readFileSync(filename, 'utf8'), {
      loader: 'ts',
      format: 'cjs',
      target: 'node20',
      sourcefile: filename,
      sourcemap: 'inline',
    });
    module._compile(code, filename);
  };
}
