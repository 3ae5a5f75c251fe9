/**
 * Apps Script only calls functions declared at the top level of a pushed file, and
 * bundling drops comments. These helpers write one declaration per entry point, with
 * the custom-function JSDoc Sheets reads for autocomplete.
 */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Text safe inside a block comment. */
function commentText(text) {
  return String(text)
    .replace(/\*\//g, '*\\/')
    .replace(/\s*\n\s*/g, ' ');
}

function customFunctionJsDoc(doc) {
  const lines = [
    commentText(doc.summary),
    `Example: =${commentText(doc.example)}`,
    '',
    ...doc.params.map((param) => {
      const name = param.optional ? `[${param.name}]` : param.name;
      return `@param {${param.type}} ${name} ${commentText(param.description)}`;
    }),
    `@return {${doc.returns.type}} ${commentText(doc.returns.description)}`,
    '@customfunction',
  ];
  return ['/**', ...lines.map((line) => (line ? ` * ${line}` : ' *')), ' */'].join('\n');
}

/** One top-level declaration calling into the bundle's global object. */
function stubFor(entry, globalName) {
  if (!IDENTIFIER.test(entry.name)) throw new Error(`Entry point name "${entry.name}" is not a valid identifier.`);
  const target = `${globalName}.entryPoints.${entry.name}`;
  if (entry.kind === 'custom') {
    const params = entry.doc.params.map((param) => param.name);
    for (const param of params) {
      if (!IDENTIFIER.test(param)) throw new Error(`${entry.name}: parameter "${param}" is not a valid identifier.`);
    }
    const list = params.join(', ');
    return `${customFunctionJsDoc(entry.doc)}\nfunction ${entry.name}(${list}) {\n  return ${target}(${list});\n}\n`;
  }
  return `/** ${entry.kind === 'rpc' ? 'Sidebar call' : entry.kind === 'menu' ? 'Menu item' : 'Trigger'}: ${entry.name}. */\nfunction ${entry.name}(...args) {\n  return ${target}(...args);\n}\n`;
}

/** All stubs, refusing duplicates so no entry point silently shadows another. */
function stubsFor(entries, globalName) {
  const seen = new Set();
  return entries
    .map((entry) => {
      if (seen.has(entry.name)) throw new Error(`Entry point "${entry.name}" is listed twice.`);
      seen.add(entry.name);
      return stubFor(entry, globalName);
    })
    .join('\n');
}

module.exports = { stubsFor, customFunctionJsDoc };
