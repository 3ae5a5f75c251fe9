/**
 * Puts the sidebar's script and styles inside its HTML, so the page needs no fetch.
 * Guards the two sequences that would end or hide an inline <script> early.
 */

function assertInlineSafe(code, what, forbidden) {
  for (const pattern of forbidden) {
    const match = pattern.exec(code);
    if (match) {
      throw new Error(`${what} contains "${match[0]}" at offset ${match.index}; it would break the inlined page.`);
    }
  }
}

function inlineSidebar(template, { js, css }) {
  assertInlineSafe(js, 'The sidebar script', [/<\/script/i, /<!--/]);
  assertInlineSafe(css, 'The sidebar styles', [/<\/style/i, /<!--/]);
  for (const marker of ['<!-- inline:css -->', '<!-- inline:js -->']) {
    if (template.split(marker).length !== 2) throw new Error(`The sidebar template needs exactly one ${marker}.`);
  }
  // Replacer functions: a replacement string would expand `$&` and `$'` found in the code.
  return template
    .replace('<!-- inline:css -->', () => `<style>\n${css}</style>`)
    .replace('<!-- inline:js -->', () => `<script>\n${js}</script>`);
}

module.exports = { inlineSidebar, assertInlineSafe };
