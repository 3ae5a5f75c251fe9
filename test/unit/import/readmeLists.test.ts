import * as fs from 'node:fs';
import * as path from 'node:path';
import { HEADER_SYNONYMS } from '../../../src/domain/import/headerSynonyms';
import { STATUS_WORDS } from '../../../src/domain/import/statusWords';

/** The README's import section, where the header and status tables are listed for users. */
function importSection(): string {
  const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
  const start = readme.indexOf('## Importing a plan');
  return readme.slice(start, readme.indexOf('\n## ', start + 1));
}

describe('the README lists what the import reads', () => {
  it('every header spelling, under its field', () => {
    const lines = importSection()
      .split('\n')
      .filter((line) => line.startsWith('| '));
    for (const [field, spellings] of Object.entries(HEADER_SYNONYMS)) {
      const line = lines.find((candidate) => candidate.includes(`\`${spellings[0]}\``)) ?? '';
      expect({ field, missing: spellings.filter((spelling) => !line.includes(`\`${spelling}\``)) }).toEqual({
        field,
        missing: [],
      });
    }
  });

  it('every status word, beside the statuses it becomes', () => {
    const lines = importSection()
      .split('\n')
      .filter((line) => line.startsWith('| '));
    for (const group of STATUS_WORDS) {
      const line = lines.find((candidate) => candidate.includes(`\`${group.words[0]}\``)) ?? '';
      expect(line.endsWith(`| ${group.strategy} | ${group.tactic} |`)).toBe(true);
      expect(group.words.filter((word) => !line.includes(`\`${word}\``))).toEqual([]);
    }
  });
});
