import { describeValue } from '../../cellValue';
import { groupKey, type PersonCue, readStakeholders } from '../../lint/stakeholderReading';
import { itemName } from '../naming';
import { SHEET } from '../schema';
import type { Finding, Strategy } from '../types';

/**
 * A strategy concerns stakeholder groups, never one person. Only strategies are checked:
 * the method lets a tactic name an owner. The reading of the cell (people, groups, roles,
 * and what made an entry look like a person) is src/domain/lint/stakeholderReading.ts; a
 * mix of people and groups is left alone, since the strategy already names a group, and
 * so is anything the reading is unsure of.
 */

/** True when a stakeholder entry reads as a person (or people) rather than a group. */
export function looksLikePerson(entry: string, knownGroups: ReadonlySet<string>): boolean {
  return readStakeholders(entry, knownGroups) !== undefined;
}

/** The stakeholder entries when they name only people; empty otherwise. */
export function individualStakeholders(stakeholders: string, knownGroups: ReadonlySet<string>): string[] {
  return [...(readStakeholders(stakeholders, knownGroups)?.people ?? [])];
}

/** The settings' group names in the form the reading compares them. */
export function knownGroupSet(groups: readonly string[]): ReadonlySet<string> {
  return new Set(groups.map(groupKey));
}

const WHY: Readonly<Record<PersonCue, string>> = {
  email: 'an email address of a person, not a team mailbox',
  handle: "a person's handle",
  name: 'a first and last name',
  initials: 'a name with initials',
  honorific: 'a name after a title such as "Councillor" or "Dr"',
  names: 'names joined by "and", "or", "+" or "&", or listed',
};

export function individualScope(strategy: Strategy, knownGroups: ReadonlySet<string>): Finding[] {
  const reading = readStakeholders(strategy.stakeholders, knownGroups);
  if (reading === undefined) return [];
  const who = reading.people.length === 1 ? 'one person' : 'individual people';
  const reads = reading.people.length === 1 ? 'it reads as' : 'they read as';
  return [
    {
      rule: 'individual-scope',
      at: { sheet: SHEET.strategies, row: strategy.row, column: 'Stakeholders' },
      id: strategy.id,
      message: `${itemName('strategy', strategy)} names ${who} as its stakeholders (${describeValue(strategy.stakeholders)}): ${reads} ${WHY[reading.cue]}. Name the groups it concerns, such as a team or a role; if this is a team's name, add it to the stakeholder groups in Settings.`,
      blocking: false,
    },
  ];
}
