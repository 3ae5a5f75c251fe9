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

/** How groups are told apart: "Sales ops" and "sales Ops" are one group. */
export function groupKeyOf(group: string): string {
  return group.toLowerCase();
}

/**
 * The groups a register speaks of, each once: the Settings' groups in their order, then the
 * others named in `stakeholderCells`, alphabetically, each spelt as first seen.
 */
export function stakeholderGroupNames(
  settingsGroups: readonly string[],
  stakeholderCells: readonly string[],
): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  const add = (group: string) => {
    if (seen.has(groupKeyOf(group))) return;
    seen.add(groupKeyOf(group));
    names.push(group);
  };
  for (const group of settingsGroups) add(group);
  const inUse = stakeholderCells.flatMap(stakeholderGroupsOf);
  for (const group of [...inUse].sort((a, b) => a.localeCompare(b))) add(group);
  return names;
}
