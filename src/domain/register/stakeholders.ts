/**
 * How a Stakeholders cell lists its groups: separated by commas, semicolons or new lines.
 * The sidebar's filter, the person test and the form's hint all read it from here.
 */

const SEPARATORS = /[,;\n\r]+/;

/** The hint the forms show, naming the separators `stakeholderGroupsOf` splits on. */
export const STAKEHOLDER_SEPARATOR_HINT = 'separated by commas or semicolons';

/** `"Account executives; Sales ops"` → `['Account executives', 'Sales ops']`; blanks dropped. */
export function stakeholderGroupsOf(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
