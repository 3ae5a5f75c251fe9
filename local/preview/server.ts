import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AddonSession, DialogAnswer } from './addonSession';
import { buildAssets, withClientApi } from './assets';
import type { ViewRequest } from './previewState';
import { workbookToXlsx } from './xlsxExport';

export interface PreviewServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;

const PAGE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'";
// The sidebar inlines its script and styles, as Apps Script serves it; it still reaches no other host.
const SIDEBAR_POLICY =
  "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(
  response: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  policy?: string,
): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...(policy ? { 'Content-Security-Policy': policy } : {}),
  });
  response.end(body);
}

const sendJson = (response: http.ServerResponse, value: unknown, status = 200): void =>
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));

async function readJson(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  // Only JSON bodies: a cross-site form cannot send this content type without a preflight.
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new HttpError(415, 'Send JSON with Content-Type: application/json.');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'The request body is larger than 5 MB.');
    chunks.push(chunk as Buffer);
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Reported below with the same sentence as a non-object body.
  }
  throw new HttpError(400, 'The request body is not a JSON object.');
}

/** The sheet and row the page shows, from `?sheet=…&row=…` or a JSON body's `view`. */
function viewFrom(sheet: unknown, row: unknown): ViewRequest {
  const number = Number(row);
  return {
    ...(typeof sheet === 'string' && sheet !== '' ? { sheet } : {}),
    ...(Number.isSafeInteger(number) && number >= 1 ? { row: number } : {}),
  };
}

function answersFrom(value: unknown): DialogAnswer[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((answer) => {
    if (typeof answer !== 'object' || answer === null) return [];
    const { button, text } = answer as Record<string, unknown>;
    if (typeof button !== 'string') return [];
    return [typeof text === 'string' ? { button, text } : { button }];
  });
}

/** Only this machine's names: a page on another site cannot reach the preview by DNS tricks. */
function isLocalHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * The preview's HTTP server, on 127.0.0.1 only. `port` 0 picks a free port.
 * `getSession` is read on every request, so a reset can swap the session.
 */
export async function startServer(getSession: () => AddonSession, port: number): Promise<PreviewServer> {
  const assets = buildAssets();
  let actualPort = port;

  async function route(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (!isLocalHost(request.headers.host, actualPort))
      throw new HttpError(403, 'The preview answers on 127.0.0.1 only.');
    const { pathname, searchParams } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const session = getSession();
    const key = `${request.method} ${pathname}`;
    switch (key) {
      case 'GET /':
        return send(response, 200, 'text/html; charset=utf-8', assets.html, PAGE_POLICY);
      case 'GET /page.css':
        return send(response, 200, 'text/css; charset=utf-8', assets.css);
      case 'GET /page.js':
        return send(response, 200, 'text/javascript; charset=utf-8', assets.pageJs);
      case 'GET /google-script-run.js':
        return send(response, 200, 'text/javascript; charset=utf-8', assets.shimJs);
      case 'GET /state':
        return sendJson(response, session.state(viewFrom(searchParams.get('sheet'), searchParams.get('row'))));
      case 'GET /sidebar': {
        const html = session.sidebarHtml();
        if (html === undefined) throw new HttpError(404, 'No sidebar has been shown.');
        return send(response, 200, 'text/html; charset=utf-8', withClientApi(html), SIDEBAR_POLICY);
      }
      case 'GET /dialog': {
        const html = session.htmlDialogHtml();
        if (html === undefined) throw new HttpError(404, 'No dialog has been shown.');
        return send(response, 200, 'text/html; charset=utf-8', withClientApi(html), SIDEBAR_POLICY);
      }
      case 'GET /export.xlsx': {
        const bytes = await workbookToXlsx(session.workbook());
        response.setHeader('Content-Disposition', 'attachment; filename="strategy-register.xlsx"');
        return send(response, 200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes);
      }
      case 'POST /run': {
        const body = await readJson(request);
        const answers = answersFrom(body.answers);
        if (body.again === true) session.answerAgain(answers);
        else session.runMenuItem(String(body.name ?? ''), answers);
        const view = (typeof body.view === 'object' && body.view !== null ? body.view : {}) as Record<string, unknown>;
        return sendJson(response, session.state(viewFrom(view.sheet, view.row)));
      }
      case 'POST /activate': {
        const body = await readJson(request);
        if (typeof body.sheet === 'string') session.activate(body.sheet);
        return sendJson(response, session.state(viewFrom(body.sheet, 1)));
      }
      case 'POST /edit': {
        const body = await readJson(request);
        const rows = Array.isArray(body.values)
          ? body.values.map((row) => (Array.isArray(row) ? row.map((cell) => String(cell ?? '')) : []))
          : [];
        if (typeof body.sheet === 'string' && typeof body.a1 === 'string') session.edit(body.sheet, body.a1, rows);
        return sendJson(response, session.state(viewFrom(body.sheet, body.row)));
      }
      case 'POST /clear': {
        const body = await readJson(request);
        if (typeof body.sheet === 'string' && typeof body.a1 === 'string') session.clearCells(body.sheet, body.a1);
        return sendJson(response, session.state(viewFrom(body.sheet, body.row)));
      }
      case 'POST /undo': {
        const body = await readJson(request);
        session.undo();
        return sendJson(response, session.state(viewFrom(body.sheet, body.row)));
      }
      case 'POST /sheets': {
        const body = await readJson(request);
        const name = typeof body.name === 'string' ? body.name : '';
        let shown = name;
        try {
          if (body.action === 'add') shown = session.addSheet();
          else if (body.action === 'rename' && typeof body.newName === 'string') {
            session.renameSheet(name, body.newName);
            shown = body.newName.trim();
          } else if (body.action === 'delete') {
            session.deleteSheet(name);
            shown = '';
          }
        } catch (error) {
          throw new HttpError(400, error instanceof Error ? error.message : String(error));
        }
        if (shown) session.activate(shown);
        return sendJson(response, session.state(viewFrom(shown, 1)));
      }
      case 'POST /rpc': {
        const body = await readJson(request);
        const args = Array.isArray(body.args) ? body.args : [];
        return sendJson(response, session.rpc(String(body.name ?? ''), args));
      }
      default:
        throw new HttpError(404, `Nothing at ${pathname}.`);
    }
  }

  const server = http.createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500) console.error(error);
      if (!response.headersSent) send(response, status, 'text/plain; charset=utf-8', message);
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
