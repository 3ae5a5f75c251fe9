import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type PreviewOptions, type RunningPreview, startPreview } from '../../../local/preview/startPreview';

export interface TestPreview {
  readonly preview: RunningPreview;
  /** The workbook file of this preview, in a temporary folder removed after the file's tests. */
  readonly file: string;
}

/** Starts the preview server in-process on a free port over the demo (or a blank) workbook, for one test file. */
export function usePreview(
  start: 'demo' | 'empty' = 'demo',
  options: Pick<PreviewOptions, 'load'> = {},
): () => TestPreview {
  let running: TestPreview | undefined;
  let directory = '';
  beforeAll(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-browser-'));
    const file = path.join(directory, 'workbook.json');
    running = { preview: await startPreview({ ...options, port: 0, file, start }), file };
  });
  afterAll(async () => {
    await running?.preview.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });
  return () => {
    if (!running) throw new Error('The preview is not running: usePreview() must be called at the top of the file.');
    return running;
  };
}
