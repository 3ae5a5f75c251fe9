import * as path from 'node:path';

/** `npm start` flags, parsed without side effects so they can be tested. */
export interface PreviewFlags {
  readonly port: number;
  readonly file: string;
  readonly start: 'saved' | 'demo' | 'empty';
  readonly help: boolean;
}

export type ParsedFlags = { ok: true; value: PreviewFlags } | { ok: false; error: string };

export const USAGE = `Usage: npm start -- [--port N] [--file PATH] [--reset | --empty]

  --port N     port on 127.0.0.1 (default: $PORT, else 8080; 0 picks a free port)
  --file PATH  workbook file, saved after every change (default: .local/workbook.json)
  --reset      start again from the demo register (keeps the old file beside it)
  --empty      start from a blank spreadsheet with only the add-on menu (keeps the old file beside it)`;

function parsePort(text: string | undefined, source: string): number | string {
  if (text === undefined || !/^\d+$/.test(text) || Number(text) > 65535) {
    return `${source} must be a port number from 0 to 65535, not ${JSON.stringify(text ?? '')}.`;
  }
  return Number(text);
}

export function parseFlags(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  defaultFile: string,
): ParsedFlags {
  let port: number | string = env.PORT === undefined || env.PORT === '' ? 8080 : parsePort(env.PORT, 'PORT');
  let file = defaultFile;
  let start: PreviewFlags['start'] = 'saved';
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const [name, inline] = flag.startsWith('--') && flag.includes('=') ? flag.split(/=(.*)/s, 2) : [flag, undefined];
    const value = () => inline ?? argv[++i];
    if (name === '--port') port = parsePort(value(), '--port');
    else if (name === '--file') {
      const given = value();
      if (!given) return { ok: false, error: '--file needs a path.' };
      // npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
      file = path.resolve(env.INIT_CWD ?? process.cwd(), given);
    } else if (name === '--reset' || name === '--empty') {
      const wanted = name === '--reset' ? 'demo' : 'empty';
      if (start !== 'saved' && start !== wanted) return { ok: false, error: 'Use --reset or --empty, not both.' };
      start = wanted;
    } else if (name === '--help' || name === '-h') help = true;
    else return { ok: false, error: `Unknown flag ${JSON.stringify(flag)}.\n\n${USAGE}` };
  }
  if (typeof port === 'string') return { ok: false, error: port };
  return { ok: true, value: { port, file, start, help } };
}
