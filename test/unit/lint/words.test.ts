import { isKnownVerb } from '../../../src/domain/lint/verbLexicon';
import { lemmatize, singular, tokenize } from '../../../src/domain/lint/words';

describe('words of a statement', () => {
  it('keeps numbers whole, with their units', () => {
    expect(tokenize('Achieve 110% of SAO plan, $1.5m and 3x; 6,000 pageviews').map((token) => token.text)).toEqual([
      'achieve',
      '110%',
      'of',
      'sao',
      'plan',
      ',',
      '$1.5m',
      'and',
      '3x',
      ';',
      '6,000',
      'pageviews',
    ]);
  });

  it('keeps the marks that join names or compare', () => {
    expect(tokenize('Brian + Jonah / Sales > 1.2').map((token) => token.kind)).toEqual([
      'word',
      'mark',
      'word',
      'mark',
      'word',
      'mark',
      'number',
    ]);
  });

  it.each([
    ['hired', 'hire', 'past'],
    ['shipped', 'ship', 'past'],
    ['identified', 'identify', 'past'],
    ['built', 'build', 'past'],
    ['held', 'hold', 'past'],
    ['running', 'run', 'gerund'],
    ['using', 'use', 'gerund'],
    ['creating', 'create', 'gerund'],
    ['doubles', 'double', 'third-person'],
    ['reaches', 'reach', 'third-person'],
    ['implement', 'implement', 'base'],
  ])('reads %s as %s (%s)', (word, lemma, inflection) => {
    expect(lemmatize(word, isKnownVerb)).toEqual({ lemma, inflection });
  });

  it('leaves a word that is no known verb as it is', () => {
    expect(lemmatize('pipeline', isKnownVerb)).toEqual({ lemma: 'pipeline', inflection: 'base' });
  });

  it('finds the singular a lexicon knows', () => {
    const known = (noun: string) => ['webinar', 'activity', 'box'].includes(noun);
    expect(['webinars', 'activities', 'boxes', 'news'].map((word) => singular(word, known))).toEqual([
      'webinar',
      'activity',
      'box',
      'news',
    ]);
  });
});
