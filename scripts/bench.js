/**
 * `npm run bench`: builds dist/, bundles bench/main.ts for Node with esbuild into a
 * temporary folder and runs it with --expose-gc (peak heap is measured after a full GC).
 * Writes bench/results.md and bench/results.json; `-- --only strategy-check` runs that section alone.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');

/** Keeps each module's own folder as __dirname, so loadAddon finds dist/ and results land in bench/. */
const realDirname = {
  name: 'real-dirname',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = await fs.promises.readFile(args.path, 'utf8');
      return {
        contents: text.replace(/\b__dirname\b/g, JSON.stringify(path.dirname(args.path))),
        loader: path.extname(args.path).slice(1).replace(/^[cm]/, '') === 'ts' ? 'ts' : 'js',
      };
    });
  },
};

function runNode(args) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

async function main() {
  const built = runNode([path.join(ROOT, 'scripts/build.js')]);
  if (built !== 0) process.exit(built);
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-register-bench-'));
  try {
    const outfile = path.join(tempDir, 'main.js');
    await esbuild.build({
      entryPoints: [path.join(ROOT, 'bench/main.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile,
      logLevel: 'warning',
      plugins: [realDirname],
    });
    // Large registers hold ~12 million emulated cells: give the heap room.
    process.exitCode = runNode(['--expose-gc', '--max-old-space-size=8192', outfile, ...process.argv.slice(2)]);
  } finally {
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
