import { describeValue } from '../../cellValue';
import { itemName } from '../naming';
import { SHEET } from '../schema';
import { stakeholderGroupsOf } from '../stakeholders';
import type { Finding, Strategy } from '../types';

/**
 * A strategy concerns stakeholder groups, never one person. Only strategies are checked:
 * the method lets a tactic name an owner. The stakeholders read as individual when every
 * entry (the cell's groups as `stakeholderGroupsOf` splits them, each split again on
 * "and", "&" and "/", since "Jane Smith & John Doe" is two people) looks like a person: an
 * email address, or two to four capitalised name words ("Jane Smith", "José García-López",
 * "Seán O'Brien", "Anna van der Berg"). An entry is a group when the team listed it in
 * the settings or when it holds a group word (team, ops, reps, executives …). A mix of
 * people and groups is left alone: the strategy already names a group.
 */

const GROUP_WORDS = new Set(
  [
    'team teams ops operations sales rep reps representative representatives executive executives exec execs',
    'manager managers management group groups department departments dept leadership leaders leader lead leads',
    'partner partners customer customers client clients staff org organisation organization division divisions',
    'unit units board committee council squad squads crew marketing finance support engineering engineers product',
    'hr it legal everyone all members owners users buyers accounts region regions regional channel channels',
    'success enablement development sdr sdrs bdr bdrs ae aes am ams csm csms vp vps director directors heads head',
    'employees people personnel agents specialists analysts officers office desk center centre hub function',
    'emea apac amer latam americas america europe asia africa north south east west central global',
    'enterprise smb mid-market midmarket segment segments field inside outside new existing key strategic',
  ]
    .join(' ')
    .split(' '),
);

// Lower-case words that sit inside people's names: "Anna van der Berg", "Luís da Silva".
const NAME_PARTICLES = new Set('van von der den de da das do dos di del la le bin al ter ten'.split(' '));

// No one's name or address runs this long; the cap also keeps the patterns below cheap on 50 000-character cells.
const MAX_PERSON_LENGTH = 120;

// Anchored and applied to one token at a time, so it runs in linear time.
const EMAIL_TOKEN = /^[^@]+@[^@]+\.[^@]+$/u;
const TOKEN_SEPARATORS = /[\s<>()]+/u;
// Name parts start upper-case and may be joined by hyphens or apostrophes: "García-López", "O'Brien", "McDonald".
const NAME_SHAPE = /^\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u;
const INITIAL = /^\p{Lu}\.$/u;
const LOWER = /\p{Ll}/u;

// A lower-case letter is required so that acronyms such as "EMEA" or "SDR" never pass for names.
function isNameWord(word: string): boolean {
  return INITIAL.test(word) || (NAME_SHAPE.test(word) && LOWER.test(word));
}

const PEOPLE_IN_ONE_ENTRY = /[/&]| and /iu;
const SPACES = /[^\S\r\n]+/gu;

// Group names compare ignoring case and runs of spaces, as the settings store them.
function groupKey(name: string): string {
  return name.trim().replace(/\s+/gu, ' ').toLowerCase();
}

function isGroupWord(word: string): boolean {
  return GROUP_WORDS.has(word.toLowerCase().replace(/[^\p{L}-]/gu, ''));
}

/** True when one stakeholder entry reads as a single person rather than a group. */
export function looksLikePerson(entry: string, knownGroups: ReadonlySet<string>): boolean {
  const text = entry.trim();
  if (text === '' || text.length > MAX_PERSON_LENGTH || knownGroups.has(groupKey(text))) return false;
  if (text.includes('@')) return text.split(TOKEN_SEPARATORS).some((token) => EMAIL_TOKEN.test(token));
  const words = text.split(/\s+/u);
  if (words.length < 2 || words.length > 4 || words.some(isGroupWord)) return false;
  const names = words.filter((word) => !NAME_PARTICLES.has(word));
  return names.length >= 2 && names.every(isNameWord) && !NAME_PARTICLES.has(words[0] as string);
}

/** The stakeholder entries when every one of them is a person; empty otherwise. */
export function individualStakeholders(stakeholders: string, knownGroups: ReadonlySet<string>): string[] {
  // A listed group may itself hold a separator ("Smith & Jones"), so the whole text is looked up first.
  if (knownGroups.has(groupKey(stakeholders))) return [];
  const entries: string[] = [];
  for (const group of stakeholderGroupsOf(stakeholders)) {
    if (knownGroups.has(groupKey(group))) return [];
    // Runs of spaces become one first, so the separator " and " is a plain, linear-time match.
    for (const part of group.replace(SPACES, ' ').split(PEOPLE_IN_ONE_ENTRY)) {
      if (part.trim() !== '') entries.push(part.trim());
    }
  }
  if (entries.length === 0) return [];
  return entries.every((entry) => looksLikePerson(entry, knownGroups)) ? entries : [];
}

/** The settings' group names in the form `looksLikePerson` compares them. */
export function knownGroupSet(groups: readonly string[]): ReadonlySet<string> {
  return new Set(groups.map(groupKey));
}

export function individualScope(strategy: Strategy, knownGroups: ReadonlySet<string>): Finding[] {
  const people = individualStakeholders(strategy.stakeholders, knownGroups);
  if (people.length === 0) return [];
  const who = people.length === 1 ? 'one person' : 'individual people';
  return [
    {
      rule: 'individual-scope',
      at: { sheet: SHEET.strategies, row: strategy.row, column: 'Stakeholders' },
      id: strategy.id,
      message: `${itemName('strategy', strategy)} names ${who} as its stakeholders (${describeValue(strategy.stakeholders)}); name the groups it concerns, such as a team or a role.`,
      blocking: false,
    },
  ];
}
