import { HEADCOUNT_NOUNS, OUTCOME_NOUNS, OUTPUT_NOUNS, PEOPLE_NOUNS } from './nounLexicon';
import { isKnownVerb, type VerbClass, verbClass } from './verbLexicon';
import { type Inflection, lemmatize, singular, type Token, wordSet } from './words';

/** What one word is to the reading: a verb of a class, an outcome noun, an output noun, a number. */

export interface Verb {
  readonly lemma: string;
  readonly inflection: Inflection;
  readonly verbClass: VerbClass;
}

const NUMBER_WORDS = wordSet(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred thousand million dozen',
);
export const isWord = (token: Token | undefined): token is Token => token?.kind === 'word';
export const isNumber = (token: Token | undefined): boolean =>
  token !== undefined && (token.kind === 'number' || NUMBER_WORDS.has(token.text));
export const isAdverb = (token: Token | undefined): boolean =>
  isWord(token) && token.text.length > 4 && token.text.endsWith('ly') && !isKnownVerb(token.text);

function lemmaOf(word: string): ReturnType<typeof lemmatize> {
  const direct = lemmatize(word, isKnownVerb);
  if (isKnownVerb(direct.lemma) || !word.startsWith('re')) return direct;
  // "Re-implement", "re-focus": the verb without its prefix.
  return lemmatize(word.replace(/^re-?/u, ''), isKnownVerb);
}

/** Remembers a word's reading: a column of statements repeats its words, and each reading tries several forms. */
function remembered<T>(read: (word: string) => T): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    const known = seen.get(word);
    if (known !== undefined || seen.has(word)) return known as T;
    if (seen.size > 20_000) seen.clear();
    const value = read(word);
    seen.set(word, value);
    return value;
  };
}

const verbOfWord = remembered((word: string): Verb | undefined => {
  const { lemma, inflection } = lemmaOf(word);
  const found = verbClass(lemma);
  return found === undefined ? undefined : { lemma, inflection, verbClass: found };
});

export function verbOf(token: Token | undefined): Verb | undefined {
  return isWord(token) ? verbOfWord(token.text) : undefined;
}

const nounIn = (nouns: ReadonlySet<string>) =>
  remembered((word: string) => nouns.has(singular(word, (noun) => nouns.has(noun))));
export const isOutcomeNoun = nounIn(OUTCOME_NOUNS);
export const isPlainOutputNoun = nounIn(OUTPUT_NOUNS);
export const isHeadcountNoun = nounIn(HEADCOUNT_NOUNS);
export const isPeopleNoun = (word: string) => PEOPLE_NOUNS.has(word);

/** A noun for the work of an action verb: "migration", "documentation", "deployment", and gerunds such as "tracking". */
export function isWorkNoun(word: string, gerunds = true): boolean {
  return gerunds ? isWorkNounOrGerund(word) : isDerivedWorkNoun(word);
}

const isWorkNounOrGerund = remembered((word: string) => readWorkNoun(word, true));
const isDerivedWorkNoun = remembered((word: string) => readWorkNoun(word, false));

function readWorkNoun(word: string, gerunds: boolean): boolean {
  const lemma = lemmatize(word, isKnownVerb);
  if (gerunds && lemma.inflection === 'gerund' && verbClass(lemma.lemma) === 'action') return true;
  const stems = [
    word.replace(/isation$|ization$/u, 'ise'),
    word.replace(/ization$/u, 'ize'),
    word.replace(/ation$/u, ''),
    word.replace(/ation$/u, 'ate'),
    word.replace(/ion$/u, 'e'),
    word.replace(/ment$/u, ''),
  ].filter((stem) => stem !== word);
  return stems.some((stem) => verbClass(stem) === 'action');
}

export const isOutputNoun = (word: string) => isPlainOutputNoun(word) || isWorkNoun(word);
/** The same without gerunds: in a metric, "Searches using filters" says what the counted things do. */
export const isOutputNounNotGerund = (word: string) => isPlainOutputNoun(word) || isWorkNoun(word, false);
