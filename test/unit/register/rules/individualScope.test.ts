import { individualScope, knownGroupSet, looksLikePerson } from '../../../../src/domain/register/rules/individualScope';
import { aStrategy } from '../fixtures';

const NO_GROUPS = knownGroupSet([]);

describe('individual-scope', () => {
  it.each([
    'Jane Smith',
    'José García-López',
    "Seán O'Brien",
    'Anna van der Berg',
    'J. Smith',
    'jane.smith@example.com',
    'Jane Smith <jane@example.com>',
    'J Bob Alotta',
    'Theresa L. Booco',
    'Councillor S J Conboy',
    'TJ Devries',
    'Simon or Charles',
    'Brian + Jonah',
    'James and Tim',
    'Farhan, Joe, Ryan B., Erik',
    'James Hawkins, CEO & Co-founder',
    'Marius Andra (Team lead, Full Stack Engineer)',
    '@keegancsmith',
  ])('reads %s as a person', (entry) => {
    expect(looksLikePerson(entry, NO_GROUPS)).toBe(true);
  });

  it.each([
    'Sales Ops',
    'Account executives',
    'SDR team',
    'Marketing',
    'EMEA AEs',
    'North America',
    'Key Accounts',
    'Customer Success',
    'all reps',
    'Mid Market',
    'Demand Gen',
    'Solutions Architects',
    'Feature Flags',
    'sales@example.com',
    'people-ops@example.com',
    'Sales & Marketing',
    'Website and Docs',
    'Sales (Closing Deals)',
    'Head of Policy, Performance and Emergency Planning',
    '@acme/platform-team',
    '',
  ])('reads %s as a group', (entry) => {
    expect(looksLikePerson(entry, NO_GROUPS)).toBe(false);
  });

  it.each(['CEO', 'VP Marketing', 'Chief Executive', 'Controller'])(
    'reads the role title %s as a seat, not a person',
    (entry) => {
      expect(looksLikePerson(entry, NO_GROUPS)).toBe(false);
    },
  );

  it.each(['Dana', 'Beyang', 'Platform'])('is unsure of the lone word %s and says nothing', (entry) => {
    expect(looksLikePerson(entry, NO_GROUPS)).toBe(false);
  });

  it('trusts the team’s own group names from the settings, ignoring case', () => {
    expect(looksLikePerson('Tiger Squadron', NO_GROUPS)).toBe(true);
    expect(looksLikePerson('Tiger  Squadron', knownGroupSet([' tiger squadron']))).toBe(false);
  });

  it('trusts a listed group whose name holds a separator', () => {
    const groups = knownGroupSet(['Ada Lovelace & Grace Hopper']);
    expect(individualScope(aStrategy({ stakeholders: 'Ada Lovelace & Grace Hopper' }), groups)).toEqual([]);
    expect(individualScope(aStrategy({ stakeholders: 'Ada Lovelace & Grace Hopper' }), NO_GROUPS)).toHaveLength(1);
  });

  it('flags a strategy whose stakeholders are one person, naming the cell', () => {
    expect(individualScope(aStrategy({ id: 'S2', row: 3, stakeholders: 'Jane Smith' }), NO_GROUPS)).toEqual([
      {
        rule: 'individual-scope',
        at: { sheet: 'Strategies', row: 3, column: 'Stakeholders' },
        id: 'S2',
        message:
          'Strategy S2 names one person as its stakeholders ("Jane Smith"): it reads as a first and last name. Name the groups it concerns, such as a team or a role; if this is a team\'s name, add it to the stakeholder groups in Settings.',
        blocking: false,
      },
    ]);
  });

  it('flags several people, each a person', () => {
    const [finding] = individualScope(
      aStrategy({ stakeholders: 'Jane Smith, John Doe and ana@example.com' }),
      NO_GROUPS,
    );
    expect(finding?.message).toBe(
      'Strategy S1 names individual people as its stakeholders ("Jane Smith, John Doe and ana@example.com"): they read as a first and last name. Name the groups it concerns, such as a team or a role; if this is a team\'s name, add it to the stakeholder groups in Settings.',
    );
  });

  it.each([
    ['jane.smith@example.com', 'an email address of a person, not a team mailbox'],
    ['J Bob Alotta', 'a name with initials'],
    ['Simon or Charles', 'names joined by "and", "or", "+" or "&", or listed'],
    ['Councillor Ian Albert', 'a name after a title such as "Councillor" or "Dr"'],
  ])('says what made %s look like a person', (stakeholders, why) => {
    const [finding] = individualScope(aStrategy({ stakeholders }), NO_GROUPS);
    expect(finding?.message).toContain(`read${stakeholders.includes(' or ') ? '' : 's'} as ${why}.`);
  });

  it('leaves groups, blanks and a mix of a group and a person alone', () => {
    for (const stakeholders of ['Account executives', 'Sales Ops; SDR team', '', 'Jane Smith, Account executives']) {
      expect(individualScope(aStrategy({ stakeholders }), NO_GROUPS)).toEqual([]);
    }
  });

  it.each([
    ['spaces', ' '.repeat(50_000)],
    ['one long word', 'x'.repeat(50_000)],
    ['an at sign before a long word', `a@${'x'.repeat(50_000)}`],
    ['a long run of spaces before "and"', `Jane Smith${' '.repeat(50_000)}and John Doe`],
  ])('reads a 50 000-character cell of %s without stalling', (_, stakeholders) => {
    const expected = stakeholders.includes('Jane') ? 1 : 0;
    expect(individualScope(aStrategy({ stakeholders }), NO_GROUPS)).toHaveLength(expected);
  });
});
