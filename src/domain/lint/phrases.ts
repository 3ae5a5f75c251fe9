import { TIME_UNITS } from './nounLexicon';
import { isHeadcountNoun, isNumber, isOutcomeNoun, isOutputNoun, isPeopleNoun, isWord } from './wordClasses';
import { type Token, wordSet } from './words';

/**
 * Phrases of a statement: where a verb's object ends, the head of a noun phrase, what a
 * number counts, and levels to meet ("under 2 seconds", "120% of plan").
 */

/** Words after which the object of a verb ends and its purpose begins. */
export const PURPOSE = wordSet('to so that which who by through via while whilst because');
/** Words that end the head noun phrase. */
const CHUNK_END: ReadonlySet<string> = new Set([
  ...PURPOSE,
  ...wordSet(
    'of for on in at with from across per around into about within under over between among against and or as',
  ),
]);
/** Noun forms of outcome verbs: ">20% increase in activation". */
export const CHANGE_NOUNS = wordSet('increase growth reduction decrease rise fall drop uplift gain');

/** Tokens of a verb's object: up to where its purpose begins, at most ten. */
export function objectOf(tokens: readonly Token[], from: number): Token[] {
  const object: Token[] = [];
  for (let at = from; at < tokens.length && object.length < 10; at += 1) {
    const token = tokens[at] as Token;
    if (PURPOSE.has(token.text) && object.length > 0) break;
    object.push(token);
  }
  return object;
}

/** The words of the first noun phrase: "the number of X" gives X's phrase. */
export function headChunk(phrase: readonly Token[]): Token[] {
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

export type NounKind = 'outcome' | 'output' | 'headcount';

/** What the head noun phrase is about, read from its last word back: "online growth tactics" is tactics. */
export function chunkKind(chunk: readonly Token[]): { kind: NounKind; token: Token } | undefined {
  for (let at = chunk.length - 1; at >= 0; at -= 1) {
    const token = chunk[at] as Token;
    if (at === chunk.length - 1 && isHeadcountNoun(token.text)) return { kind: 'headcount', token };
    if (isOutcomeNoun(token.text) || isPeopleNoun(token.text)) return { kind: 'outcome', token };
    if (isOutputNoun(token.text)) return { kind: 'output', token };
  }
  return undefined;
}

/** The first noun after a number says what is counted: "30 Fortune 500 companies", "2 webinars". */
export function countedAfter(tokens: readonly Token[], numberAt: number): NounKind | undefined {
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
export function isAttainment(tokens: readonly Token[], numberAt: number): boolean {
  if (!(tokens[numberAt]?.text ?? '').endsWith('%') || tokens[numberAt + 1]?.text !== 'of') return false;
  return tokens.slice(numberAt + 2, numberAt + 9).some((token) => ATTAINMENT.has(token.text));
}

/** A number of results in a verb's direct object: "3x … pipeline", "10 new logos", "70% of companies". */
export function countsResults(phrase: readonly Token[]): boolean {
  const end = phrase.findIndex((token, at) => at > 0 && BESIDE_OBJECT.has(token.text));
  const direct = end < 0 ? phrase : phrase.slice(0, end);
  return direct.some(
    (token, at) => isNumber(token) && (countedAfter(direct, at) === 'outcome' || isAttainment(direct, at)),
  );
}

export const COMPARATOR_WORDS = new Set(['under', 'below', 'above', 'within', '<', '>', '≤', '≥']);
const COMPARATOR_PAIRS = new Set([
  'less than',
  'more than',
  'fewer than',
  'greater than',
  'at least',
  'at most',
  'no more',
  'no less',
]);

/** Pairs that set a level on their own: "on time", "1.0 or higher". */
const LEVEL_PAIRS = new Set(['on time', 'on schedule', 'or higher', 'or more', 'or better', 'or lower']);

/** A level to meet: a comparison with a percentage, a duration or an amount ("under 2 seconds", "> 1.2", "below 1%"). */
export function meetsLevel(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    const pair = `${token.text} ${tokens[at + 1]?.text ?? ''}`;
    if (LEVEL_PAIRS.has(pair)) return true;
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

/** What an object says about a verb whose class does not decide: "Add 30 companies" vs "Add ETag support". */
export function objectKind(object: readonly Token[]): 'outcome' | 'action' | 'unsure' {
  if (countsResults(object)) return 'outcome';
  const head = chunkKind(headChunk(object));
  if (head?.kind === 'outcome') return 'outcome';
  if (head?.kind === 'output' || head?.kind === 'headcount') return 'action';
  if (object.some((token) => isWord(token) && isOutcomeNoun(token.text))) return 'outcome';
  if (object.some((token) => isWord(token) && isOutputNoun(token.text))) return 'action';
  return 'unsure';
}

/** What the clause after "ensure" or "make sure" says: a result if it names one, else work to make sure of. */
export function clauseKind(rest: readonly Token[]): 'outcome' | 'action' {
  const hasResult =
    countsResults(rest) || meetsLevel(rest) || rest.some((token) => isWord(token) && isOutcomeNoun(token.text));
  return hasResult ? 'outcome' : 'action';
}
