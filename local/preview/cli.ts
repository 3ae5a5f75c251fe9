import { parseFlags, USAGE } from './flags';
import { DEFAULT_WORKBOOK_FILE, type RunningPreview, startPreview } from './startPreview';

/** What `npm start` prints once the preview listens: where to open it, and where the workbook is. */
export function startupMessage(preview: RunningPreview, file: string): string {
  const kept = preview.keptPrevious
    ? [
        `  Kept:    the workbook it replaced, as ${preview.keptPrevious}`,
        `           (open it again with: npm start -- --file ${preview.keptPrevious})`,
      ]
    : [];
  return [
    '',
    `Strategy Register is running locally (no Google account needed), from ${preview.origin}.`,
    `  Open:    ${preview.url}`,
    `  Saved:   ${file} (after every change)`,
    ...kept,
    `  Export:  ${preview.url}export.xlsx`,
    'Press Ctrl-C to stop.',
  ].join('\n');
}

/** `npm start` after the build: runs the preview until Ctrl-C. Every change is already on disk. */
export async function main(argv: readonly string[]): Promise<void> {
  const parsed = parseFlags(argv, process.env, DEFAULT_WORKBOOK_FILE);
  if (!parsed.ok) {
    console.error(parsed.error);
    process.exitCode = 2;
    return;
  }
  if (parsed.value.help) {
    console.log(USAGE);
    return;
  }
  const { port, file, start } = parsed.value;
  const preview = await startPreview({ port, file, start }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    throw new Error(`Port ${port} on 127.0.0.1 is in use. Choose another with --port N (0 picks a free port).`);
  });
  console.log(startupMessage(preview, file));
  const stop = () => {
    preview.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
