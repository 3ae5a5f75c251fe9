import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

/** The page's files, built once when the preview starts: no CDN, nothing fetched from elsewhere. */
export interface PreviewAssets {
  readonly html: string;
  readonly css: string;
  readonly pageJs: string;
  /** `google.script.run` / `google.script.host` for sidebar pages. */
  readonly shimJs: string;
}

const HERE = __dirname;

function bundle(entry: string): string {
  const result = esbuild.buildSync({
    entryPoints: [path.join(HERE, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`Bundling ${entry} produced no output.`);
  return output.text;
}

/**
 * The `google.script.run` / `google.script.host` shim as one script, for pages outside the
 * preview too (browser tests inject it with `page.addInitScript`).
 */
export function buildGoogleScriptRunShim(): string {
  return bundle('googleScriptRunShim.ts');
}

export function buildAssets(): PreviewAssets {
  return {
    html: fs.readFileSync(path.join(HERE, 'page/index.html'), 'utf8'),
    css: fs.readFileSync(path.join(HERE, 'page/page.css'), 'utf8'),
    pageJs: bundle('page/page.ts'),
    shimJs: buildGoogleScriptRunShim(),
  };
}

/** Serves a sidebar as Sheets would, with the client API loaded before the page's own script. */
export function withClientApi(sidebarHtml: string): string {
  const tag = '<script src="/google-script-run.js"></script>';
  const head = /<head[^>]*>/i.exec(sidebarHtml);
  if (!head) return `${tag}${sidebarHtml}`;
  const at = head.index + head[0].length;
  return `${sidebarHtml.slice(0, at)}${tag}${sidebarHtml.slice(at)}`;
}
