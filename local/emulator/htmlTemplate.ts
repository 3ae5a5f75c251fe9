/** Compiles Apps Script template scriptlets (`<? ?>`, `<?= ?>`, `<?!= ?>`) into a JS function. */

function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export type CompiledTemplate = (globals: object, fields: object) => string;

/** The JavaScript a template runs, as `HtmlTemplate.getCode()` shows. */
export function templateCode(source: string): string {
  const lines: string[] = [];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let match = re.exec(source); match; match = re.exec(source)) {
    if (match.index > last) lines.push(`__out.push(${JSON.stringify(source.slice(last, match.index))});`);
    const code = match[2] ?? '';
    if (match[1] === '!=') lines.push(`__out.push(String((${code}) ?? ''));`);
    else if (match[1] === '=') lines.push(`__out.push(__escape(${code}));`);
    else lines.push(code);
    last = match.index + match[0].length;
  }
  if (last < source.length) lines.push(`__out.push(${JSON.stringify(source.slice(last))});`);
  return lines.join('\n');
}

/** Fields assigned on the template are visible as variables; the script's globals sit behind them. */
export function compileTemplate(source: string): CompiledTemplate {
  const body = `with (__globals) { with (__fields) {\n${templateCode(source)}\n} }\nreturn __out.join('');`;
  const run = new Function('__globals', '__fields', '__escape', '__out', body) as (
    globals: object,
    fields: object,
    escapeValue: (value: unknown) => string,
    out: string[],
  ) => string;
  return (globals, fields) => run(globals, fields, escapeHtml, []);
}
