import { HEADCOUNT_NOUNS, OUTCOME_NOUNS, OUTPUT_NOUNS, PEOPLE_NOUNS, TIME_UNITS } from './nounLexicon';
import { CLAUSE_VERBS, isKnownVerb, type VerbClass, verbClass } from './verbLexicon';
import { type Inflection, lemmatize, singular, type Token, tokenize } from './words';

/**
 * A reading of a plan statement: does it state a result that moves (an outcome) or name
 * work to do (an action)? It looks at the verb that leads the statement (in any tense),
 * at what that verb acts on, at a noun phrase that names a finished deliverable ("GDPR
 * policy fully implemented"), and at the numbers in the wording. When nothing tells, it
 * says so: `unsure` never produces a finding on its own.
 */

export type StatementKind = 'outcome' | 'action' | 'unsure';

export interface StatementReading {
  readonly kind: StatementKind;
  /** The words, as typed, that decided the reading ("Hire", "Roll out", "fully implemented"). */
  readonly cue: string;
  /** Whether the cue opens the statement (a leading verb) rather than sitting inside it. */
  readonly leads: boolean;
  /** Numbers written in the statement, as typed ("110%", "from 20% to 25%" gives two). */
  readonly numbers: readonly string[];
}

interface Verb {
  readonly lemma: string;
  readonly inflection: Inflection;
  readonly verbClass: VerbClass;
}

// Negation keeps the verb's class: "We don't lose events" still states a result.
const FILLER = new Set(
  ['we', "we'll", 'we’ll', 'will', 'to', "let's", 'let’s', 'our', 'also', 'then', 'must', 'should'].concat([
    "don't",
    'don’t',
    'dont',
    'never',
    'not',
  ]),
);
const INTENT = new Set(['aim', 'seek', 'strive', 'try', 'want', 'need', 'intend', 'hope', 'work', 'plan']);
const PARTICLES = new Set(['out', 'up', 'off', 'down', 'in', 'on', 'away', 'back', 'over', 'through']);
/** Words after which the object of a verb ends and its purpose begins. */
const PURPOSE = new Set(['to', 'so', 'that', 'which', 'who', 'by', 'through', 'via', 'while', 'whilst', 'because']);
/** Words that end the head noun phrase. */
const CHUNK_END = new Set([
  ...PURPOSE,
  'of',
  'for',
  'on',
  'in',
  'at',
  'with',
  'from',
  'across',
  'per',
  'around',
  'into',
  'about',
  'within',
  'under',
  'over',
  'between',
  'among',
  'against',
  'and',
  'or',
  'as',
]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't"]);
const HAVE = new Set(['has', 'have', 'had']);
const MODALS = new Set([
  'will',
  'can',
  'could',
  'should',
  'must',
  'may',
  'might',
  'shall',
  'would',
  'does',
  'do',
  'did',
]);
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred thousand million dozen'.split(
    ' ',
  ),
);
const COMPARATIVES = new Set(['higher', 'lower', 'faster', 'fewer', 'better', 'shorter', 'quicker', 'cheaper']);
/** Noun forms of outcome verbs: ">20% increase in activation". */
const CHANGE_NOUNS = new Set(['increase', 'growth', 'reduction', 'decrease', 'rise', 'fall', 'drop', 'uplift', 'gain']);

const isWord = (token: Token | undefined): token is Token => token?.kind === 'word';
const isNumber = (token: Token | undefined): boolean =>
  token !== undefined && (token.kind === 'number' || NUMBER_WORDS.has(token.text));
const isAdverb = (token: Token | undefined): boolean =>
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

function verbOf(token: Token | undefined): Verb | undefined {
  return isWord(token) ? verbOfWord(token.text) : undefined;
}

const nounIn = (nouns: ReadonlySet<string>) =>
  remembered((word: string) => nouns.has(singular(word, (noun) => nouns.has(noun))));
export const isOutcomeNoun = nounIn(OUTCOME_NOUNS);
const isPlainOutputNoun = nounIn(OUTPUT_NOUNS);
const isHeadcountNoun = nounIn(HEADCOUNT_NOUNS);
const isPeopleNoun = (word: string) => PEOPLE_NOUNS.has(word);

/** A noun for the work of an action verb: "migration", "documentation", "deployment", and gerunds such as "tracking". */
function isWorkNoun(word: string, gerunds = true): boolean {
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

function original(statement: string, from: Token, to: Token = from): string {
  return statement.slice(from.start, to.end);
}

/** "Objective: …", "Sales (Closing Deals): …": a short label before a colon is not part of the statement. */
function withoutLabel(tokens: Token[]): Token[] {
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon < 1 || colon > 5 || colon === tokens.length - 1) return tokens;
  return tokens.slice(colon + 1);
}

function skipFiller(tokens: readonly Token[]): number {
  let at = 0;
  while (at < tokens.length - 1) {
    const token = tokens[at] as Token;
    if (FILLER.has(token.text) || isAdverb(token)) at += 1;
    else if (INTENT.has(token.text) && tokens[at + 1]?.text === 'to') at += 2;
    else break;
  }
  return at;
}

/** Tokens of a verb's object: up to where its purpose begins, at most ten. */
function objectOf(tokens: readonly Token[], from: number): Token[] {
  const object: Token[] = [];
  for (let at = from; at < tokens.length && object.length < 10; at += 1) {
    const token = tokens[at] as Token;
    if (PURPOSE.has(token.text) && object.length > 0) break;
    object.push(token);
  }
  return object;
}

/** The words of the first noun phrase: "the number of X" gives X's phrase. */
function headChunk(phrase: readonly Token[]): Token[] {
  let start = 0;
  const numberOf = phrase.findIndex((token, at) => token.text === 'number' && phrase[at + 1]?.text === 'of');
  if (numberOf >= 0 && numberOf < 3) start = numberOf + 2;
  const chunk: Token[] = [];
  for (const token of phrase.slice(start)) {
    if ((CHUNK_END.has(token.text) || token.kind === 'mark') && chunk.length > 0) break;
    if (token.kind === 'word') chunk.push(token);
  }
  return chunk;
}

type NounKind = 'outcome' | 'output' | 'headcount';

/** What the head noun phrase is about, read from its last word back: "online growth tactics" is tactics. */
function chunkKind(chunk: readonly Token[]): { kind: NounKind; token: Token } | undefined {
  for (let at = chunk.length - 1; at >= 0; at -= 1) {
    const token = chunk[at] as Token;
    if (at === chunk.length - 1 && isHeadcountNoun(token.text)) return { kind: 'headcount', token };
    if (isOutcomeNoun(token.text) || isPeopleNoun(token.text)) return { kind: 'outcome', token };
    if (isOutputNoun(token.text)) return { kind: 'output', token };
  }
  return undefined;
}

/** The first noun after a number says what is counted: "30 Fortune 500 companies", "2 webinars". */
function countedAfter(tokens: readonly Token[], numberAt: number): NounKind | undefined {
  let seen = 0;
  for (let at = numberAt + 1; at < tokens.length && seen < 5; at += 1) {
    const token = tokens[at] as Token;
    if (PURPOSE.has(token.text) || token.text === ',' || token.text === ';') return undefined;
    if (token.kind !== 'word' || token.text === 'of' || token.text === 'at' || token.text === 'least') continue;
    seen += 1;
    const next = tokens[at + 1];
    if (TIME_UNITS.has(token.text) && isWord(next)) continue;
    if (CHANGE_NOUNS.has(token.text)) return 'outcome';
    if (isOutcomeNoun(token.text) || isPeopleNoun(token.text)) return 'outcome';
    if (isOutputNoun(token.text)) return 'output';
  }
  return undefined;
}

/** Prepositions that start a phrase beside the direct object ("with 5 customers"); "of" and "in" stay inside it. */
const BESIDE_OBJECT = new Set([...CHUNK_END].filter((word) => !['of', 'in', 'at', 'and', 'or'].includes(word)));
/** Where a plan's figure is read against its own plan: "120% of plan", "110% of SAO plan". */
const ATTAINMENT = new Set(['plan', 'target', 'targets', 'quota', 'goal', 'goals', 'forecast', 'budget']);

/** "120% of plan", "100% of the field marketing portion of SCLAU plan": a share of a plan is a result. */
function isAttainment(tokens: readonly Token[], numberAt: number): boolean {
  if (!(tokens[numberAt]?.text ?? '').endsWith('%') || tokens[numberAt + 1]?.text !== 'of') return false;
  return tokens.slice(numberAt + 2, numberAt + 9).some((token) => ATTAINMENT.has(token.text));
}

/** A number of results in a verb's direct object: "3x … pipeline", "10 new logos", "70% of companies". */
function countsResults(phrase: readonly Token[]): boolean {
  const end = phrase.findIndex((token, at) => at > 0 && BESIDE_OBJECT.has(token.text));
  const direct = end < 0 ? phrase : phrase.slice(0, end);
  return direct.some(
    (token, at) => isNumber(token) && (countedAfter(direct, at) === 'outcome' || isAttainment(direct, at)),
  );
}

const COMPARATOR_WORDS = new Set(['under', 'below', 'above', 'within', '<', '>', '≤', '≥']);
const COMPARATOR_PAIRS = new Set([
  'less than',
  'more than',
  'fewer than',
  'greater than',
  'at least',
  'at most',
  'no more',
  'no less',
  'or higher',
  'or more',
  'or better',
  'or lower',
  'on time',
  'on schedule',
]);

/** A level to meet: a comparison with a percentage, a duration or an amount ("under 2 seconds", "> 1.2", "below 1%"). */
function meetsLevel(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    const pair = `${token.text} ${tokens[at + 1]?.text ?? ''}`;
    if (pair === 'on time' || pair === 'on schedule') return true;
    if (pair === 'or higher' || pair === 'or more' || pair === 'or better' || pair === 'or lower') return true;
    if (!COMPARATOR_WORDS.has(token.text) && !COMPARATOR_PAIRS.has(pair)) return false;
    const numberAt = tokens.findIndex((candidate, index) => index > at && index <= at + 4 && isNumber(candidate));
    if (numberAt < 0) return false;
    const number = tokens[numberAt] as Token;
    const unit = tokens[numberAt + 1];
    if (/[%$€£]|\d(?:x|ms|s|h|d)$/u.test(number.text) || TIME_UNITS.has(unit?.text ?? '')) return true;
    const counted = countedAfter(tokens, numberAt);
    return counted === 'outcome' || (counted === undefined && unit?.kind !== 'word');
  });
}

/** The readings, named by their cue. */
function reading(kind: StatementKind, cue: string, leads: boolean, numbers: readonly string[]): StatementReading {
  return { kind, cue, leads, numbers };
}

const GROWTH = new Set(['grow', 'increase', 'expand', 'double', 'triple', 'scale', 'boost', 'raise']);

/** What an object says about a verb whose class does not decide: "Add 30 companies" vs "Add ETag support". */
function objectKind(object: readonly Token[]): 'outcome' | 'action' | 'unsure' {
  if (countsResults(object)) return 'outcome';
  const head = chunkKind(headChunk(object));
  if (head?.kind === 'outcome') return 'outcome';
  if (head?.kind === 'output' || head?.kind === 'headcount') return 'action';
  if (object.some((token) => isWord(token) && isOutcomeNoun(token.text))) return 'outcome';
  if (object.some((token) => isWord(token) && isOutputNoun(token.text))) return 'action';
  return 'unsure';
}

function clauseKind(rest: readonly Token[]): 'outcome' | 'action' {
  const hasResult =
    countsResults(rest) || meetsLevel(rest) || rest.some((token) => isWord(token) && isOutcomeNoun(token.text));
  return hasResult ? 'outcome' : 'action';
}

/** A statement led by a verb: "Hire two directors", "Increase win rate", "Develop and execute…", "Rolled out…". */
function readVerbStatement(
  statement: string,
  tokens: readonly Token[],
  at: number,
  numbers: readonly string[],
): StatementReading {
  const first = tokens[at] as Token;
  const verbs = [verbOf(first) as Verb];
  let end = at;
  let next = at + 1;
  const skipParticle = () => {
    if (PARTICLES.has(tokens[next]?.text ?? '')) {
      end = next;
      next += 1;
    }
  };
  skipParticle();
  // "Develop and execute", "Attract and retain", "Design / build"
  while (['and', '&', '/', '+'].includes(tokens[next]?.text ?? '') && verbOf(tokens[next + 1]) !== undefined) {
    verbs.push(verbOf(tokens[next + 1]) as Verb);
    end = next + 1;
    next += 2;
    skipParticle();
  }
  const cue = original(statement, first, tokens[end]);
  const classes = verbs.map((verb) => verb.verbClass);
  const isClause =
    verbs.some((verb) => CLAUSE_VERBS.has(verb.lemma)) || (verbs[0]?.lemma === 'make' && tokens[next]?.text === 'sure');
  if (isClause) return reading(clauseKind(tokens.slice(next)), cue, true, numbers);

  const object = objectOf(tokens, next);
  if (classes.includes('outcome')) {
    const growth = verbs.some((verb) => GROWTH.has(verb.lemma));
    const chunk = headChunk(object);
    const lastWord = chunk.at(-1);
    const head = chunkKind(chunk);
    const countsOutputs = isNumber(object[0]) && !isAttainment(object, 0) && countedAfter(object, 0) === 'output';
    const countsWork = chunk.length > 0 && object.slice(0, 3).some((token) => token.text === 'number');
    if (growth && lastWord !== undefined && isHeadcountNoun(lastWord.text))
      return reading('action', cue, true, numbers);
    if (countsOutputs || (countsWork && head?.kind === 'output')) return reading('action', cue, true, numbers);
    if (head?.kind === 'output' && isWorkNoun(head.token.text)) return reading('action', cue, true, numbers);
    // "Hold a weekly pipeline review" holds an event; "Hold churn at 5%" holds a result.
    if (verbs[0]?.lemma === 'hold' && head?.kind === 'output') return reading('action', cue, true, numbers);
    return reading('outcome', cue, true, numbers);
  }
  if (classes.includes('action')) {
    return reading(countsResults(object) ? 'outcome' : 'action', cue, true, numbers);
  }
  return reading(objectKind(object), cue, true, numbers);
}

/** A statement that opens with a noun phrase: "GDPR policy fully implemented", "IACV doubles", "99% uptime". */
function readNounStatement(statement: string, tokens: readonly Token[], numbers: readonly string[]): StatementReading {
  const unsure = reading('unsure', '', false, numbers);
  const leadAt = tokens.findIndex((token) => token.kind !== 'mark' && !COMPARATOR_WORDS.has(token.text));
  const lead = tokens[leadAt];
  // "3 blog posts", "100 customers using EU cloud", "75% of team members…", "At least three customers…"
  const numberAt = tokens.findIndex((token, at) => at <= leadAt + 2 && isNumber(token));
  if (numberAt >= 0 && numberAt <= 2) {
    const counted = isAttainment(tokens, numberAt) ? 'outcome' : countedAfter(tokens, numberAt);
    const token = tokens[numberAt] as Token;
    if (counted === 'output')
      return reading('action', original(statement, token, tokens[numberAt + 1]), false, numbers);
    if (counted === 'outcome') return reading('outcome', original(statement, token), false, numbers);
  }
  if (meetsLevel(tokens)) return reading('outcome', '', false, numbers);

  let afterAux = false;
  for (let at = 1; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if (PURPOSE.has(token.text) && token.text !== 'by') break;
    if (!isWord(token)) continue;
    if (BE.has(token.text) || MODALS.has(token.text)) {
      afterAux = true;
      continue;
    }
    if (HAVE.has(token.text)) {
      if (verbOf(tokens[at + 1])?.inflection === 'past') {
        afterAux = true;
        continue;
      }
      const kind = objectKind(objectOf(tokens, at + 1));
      return kind === 'unsure' ? unsure : reading(kind, original(statement, token), false, numbers);
    }
    if (afterAux && isAdverb(token)) continue;
    const verb = verbOf(token);
    // "Customer interviews", "Platform reviews": a plural output noun, not a verb
    const pluralNoun = verb?.inflection === 'third-person' && isPlainOutputNoun(token.text);
    if (verb === undefined || pluralNoun || (verb.inflection === 'base' && !afterAux) || verb.inflection === 'gerund') {
      // "X is fast", "X is available": a state, not a deed
      if (afterAux) return unsure;
      continue;
    }
    const subject = tokens.slice(0, at).filter(isWord);
    const subjectIsPeople = subject.some((word) => isPeopleNoun(word.text) || word.text === 'everyone');
    const cue = original(statement, token);
    if (verb.verbClass === 'outcome') return reading('outcome', cue, false, numbers);
    if (verb.inflection === 'past') {
      const by = tokens.findIndex((candidate, index) => index > at && candidate.text === 'by');
      const byPeople = by > 0 && tokens.slice(by + 1, by + 3).some((word) => isPeopleNoun(word.text));
      return reading(byPeople ? 'outcome' : 'action', cue, false, numbers);
    }
    if (subjectIsPeople) return unsure;
    if (verb.verbClass === 'action') return reading('action', cue, false, numbers);
    const kind = objectKind(objectOf(tokens, at + 1));
    return kind === 'unsure' ? unsure : reading(kind, cue, false, numbers);
  }

  const head = chunkKind(headChunk(tokens.slice(leadAt)));
  if (head !== undefined) {
    const kind = head.kind === 'outcome' ? 'outcome' : 'action';
    return reading(kind, original(statement, head.token), false, numbers);
  }
  if (tokens.some((token) => CHANGE_NOUNS.has(token.text) || COMPARATIVES.has(token.text))) {
    return reading('outcome', '', false, numbers);
  }
  if (countsResults(tokens)) return reading('outcome', '', false, numbers);
  // A later phrase may name the deliverable: "CE to EE pitch deck".
  const later = tokens.findIndex((token) => isWord(token) && isOutputNoun(token.text));
  const laterOutcome = tokens.some((token) => isWord(token) && isOutcomeNoun(token.text));
  if (later >= 0 && !laterOutcome && lead !== undefined) {
    return reading('action', original(statement, tokens[later] as Token), false, numbers);
  }
  return unsure;
}

/** Whether a statement led by a verb form is really a noun phrase: "Training budget grows", "Upgrades take < 30 min". */
function leadsNounPhrase(tokens: readonly Token[], at: number, verb: Verb): boolean {
  if (verb.inflection === 'past') return false;
  const rest = tokens.slice(at + 1);
  if (verb.inflection !== 'base' && meetsLevel(rest)) return true;
  for (const token of rest) {
    if (PURPOSE.has(token.text) || !isWord(token)) return false;
    const later = verbOf(token);
    // A base verb's past-tense neighbour is an adjective ("Implement improved contract flow"); a gerund's is a verb.
    const finite = later?.inflection === 'third-person' || (later?.inflection === 'past' && verb.inflection !== 'base');
    if (later?.verbClass === 'outcome' && finite) return true;
  }
  return false;
}

export function readStatement(statement: string): StatementReading {
  const tokens = withoutLabel(tokenize(statement));
  // A year ("by 2027", "2027-Q2") dates the statement; it is not one of its figures.
  const figures = tokens.filter((token) => token.kind === 'number' && !/^(?:19|20)\d\d$/u.test(token.text));
  const numbers = figures.map((token) => original(statement, token));
  const at = skipFiller(tokens);
  const verb = verbOf(tokens[at]);
  if (verb !== undefined && !leadsNounPhrase(tokens, at, verb)) {
    return readVerbStatement(statement, tokens, at, numbers);
  }
  return readNounStatement(statement, tokens.slice(at), numbers);
}
