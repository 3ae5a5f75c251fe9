import { stakeholderGroupsOf } from '../register/stakeholders';
import { AREA_WORDS, GROUP_WORDS, HONORIFICS, MAILBOX_WORDS, ROLE_NOUNS, TITLE_WORDS } from './groupLexicon';
import { singular } from './words';

/**
 * Whether a strategy's stakeholders name people rather than groups, and what made them
 * look like people. A person: an email address that is not a team mailbox, a handle, a
 * first and last name, a name with initials or an honorific, or names joined by and / or
 * / + / & or listed. A group: anything with a group word, a function or area, a plural
 * role, a team mailbox, or a name listed in Settings. A role title alone ("CEO") names a
 * seat, not a person. When unsure (a lone first name, an unreadable entry): no finding.
 */

export type PersonCue = 'email' | 'handle' | 'name' | 'initials' | 'honorific' | 'names';

export interface PeopleReading {
  /** The entries read as people, as typed. */
  readonly people: readonly string[];
  readonly cue: PersonCue;
}

type EntryKind = 'person' | 'name-word' | 'title' | 'group' | 'unsure';

interface Entry {
  readonly kind: EntryKind;
  readonly text: string;
  readonly cue?: PersonCue;
}

// No one's name or address runs this long; the cap also keeps the patterns below cheap on 50 000-character cells.
const MAX_ENTRY_LENGTH = 120;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/u;
const HANDLE = /^@[\p{L}\p{N}_.-]+(?:\/[\p{L}\p{N}_.-]+)?$/u;
// Name parts start upper-case and may be joined by hyphens or apostrophes: "García-López", "O'Brien", "DelGobbo".
const NAME_SHAPE = /^\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u;
const LOWER = /\p{Ll}/u;
const INITIAL = /^\p{Lu}\.?$/u;
const DOUBLE_INITIAL = /^\p{Lu}{2}$/u;
const ACRONYM = /^[\p{Lu}\p{N}&-]{2,6}$/u;
// Lower-case words that sit inside people's names: "Anna van der Berg", "Luís da Silva".
const NAME_PARTICLES = new Set('van von der den de da das do dos di del la le bin al ter ten'.split(' '));
const PARENTHESES = /\([^()]{0,200}\)/gu;
const JOINERS = /\s+(?:and|or)\s+|\s*[&+/]\s*/iu;

const isNameWord = (word: string) => NAME_SHAPE.test(word) && LOWER.test(word);
const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '');

/** Group names compare ignoring case and runs of spaces, as the settings store them. */
export function groupKey(name: string): string {
  return name.trim().replace(/\s+/gu, ' ').toLowerCase();
}

function isPluralRole(word: string): boolean {
  const lower = bare(word);
  if (!lower.endsWith('s') || lower.length < 3) return false;
  return ROLE_NOUNS.has(singular(lower, (noun) => ROLE_NOUNS.has(noun)));
}

const inSet = (words: ReadonlySet<string>) => (word: string) => {
  const lower = bare(word);
  return words.has(lower) || words.has(singular(lower, (noun) => words.has(noun)));
};
const isTitleWord = (word: string) => TITLE_WORDS.has(bare(word));
const isGroupWord = inSet(GROUP_WORDS);
const isAreaWord = inSet(AREA_WORDS);

function readAddress(text: string): Entry {
  const token = text.split(/[\s<>()]+/u).find((part) => EMAIL.test(part) || HANDLE.test(part));
  if (token === undefined) return { kind: 'unsure', text };
  const handle = token.startsWith('@');
  const local = handle ? token.slice(1) : (token.split('@')[0] ?? '');
  const parts = local.toLowerCase().split(/[._+/-]+/u);
  const team =
    (handle && local.includes('/')) ||
    parts.some((part) => MAILBOX_WORDS.has(part) || MAILBOX_WORDS.has(singular(part, (p) => MAILBOX_WORDS.has(p)))) ||
    parts.some((part) => GROUP_WORDS.has(part) || AREA_WORDS.has(part));
  return team ? { kind: 'group', text } : { kind: 'person', text, cue: handle ? 'handle' : 'email' };
}

function readEntry(text: string, knownGroups: ReadonlySet<string>): Entry {
  if (knownGroups.has(groupKey(text))) return { kind: 'group', text };
  if (text.length > MAX_ENTRY_LENGTH) return { kind: 'unsure', text };
  if (text.includes('@')) return readAddress(text);
  const words = text.split(/\s+|\s*[-–—]\s+/u).filter((word) => word !== '');
  if (words.some(isPluralRole)) return { kind: 'group', text };
  if (words.some(isTitleWord)) return { kind: 'title', text };
  if (words.some((word) => isGroupWord(word) || isAreaWord(word))) return { kind: 'group', text };
  if (words.every((word) => ACRONYM.test(word) && !LOWER.test(word)) && !DOUBLE_INITIAL.test(words[0] ?? '')) {
    return { kind: 'group', text };
  }
  const [first = '', ...rest] = words;
  const names = rest.filter((word) => !NAME_PARTICLES.has(word));
  if (HONORIFICS.has(bare(first)) && names.length > 0 && names.every((w) => isNameWord(w) || INITIAL.test(w))) {
    return { kind: 'person', text, cue: 'honorific' };
  }
  if (words.length === 1) return isNameWord(first) ? { kind: 'name-word', text } : { kind: 'unsure', text };
  if (words.length > 4 || NAME_PARTICLES.has(first)) return { kind: 'unsure', text };
  const initials = words.filter((word) => INITIAL.test(word) || DOUBLE_INITIAL.test(word));
  const nameWords = words.filter((word) => isNameWord(word) || NAME_PARTICLES.has(word));
  if (initials.length + nameWords.length !== words.length || nameWords.length === 0) return { kind: 'unsure', text };
  return { kind: 'person', text, cue: initials.length > 0 ? 'initials' : 'name' };
}

/** One comma-separated part: names joined by and / or / + / & are people; otherwise the part is read whole. */
function readSegment(segment: string, knownGroups: ReadonlySet<string>): Entry[] {
  const pieces = segment
    .split(JOINERS)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  if (pieces.length > 1) {
    const entries = pieces.map((piece) => readEntry(piece, knownGroups));
    if (entries.every((entry) => entry.kind === 'person' || entry.kind === 'name-word')) {
      return entries.map((entry) => ({ ...entry, kind: 'person', cue: entry.cue ?? 'names' }));
    }
  }
  return [readEntry(segment, knownGroups)];
}

/** The people a stakeholders cell names, or undefined when it names a group, only roles, or nothing certain. */
export function readStakeholders(stakeholders: string, knownGroups: ReadonlySet<string>): PeopleReading | undefined {
  const text = stakeholders.trim();
  if (text === '' || knownGroups.has(groupKey(text))) return undefined;
  // A parenthesis describes the entry before it: "Marius Andra (Team lead)", "Sales (Closing Deals)".
  const outside = text.replace(PARENTHESES, ' ').trim() || text;
  const entries = stakeholderGroupsOf(outside)
    .map((segment) => segment.replace(/\s+/gu, ' '))
    .flatMap((segment) => readSegment(segment, knownGroups));
  if (entries.some((entry) => entry.kind === 'group' || entry.kind === 'unsure')) return undefined;
  const people = entries.filter((entry) => entry.kind === 'person');
  const nameWords = entries.filter((entry) => entry.kind === 'name-word');
  if (people.length === 0 && nameWords.length < 2) return undefined;
  const named = [...people, ...nameWords];
  const cue = people.length === 0 ? 'names' : ((people[0] as Entry).cue ?? 'name');
  return { people: named.map((entry) => entry.text), cue };
}
