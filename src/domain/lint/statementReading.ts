import {
  CHANGE_NOUNS,
  COMPARATOR_WORDS,
  chunkKind,
  clauseKind,
  countedAfter,
  countsResults,
  headChunk,
  isAttainment,
  meetsLevel,
  objectKind,
  objectOf,
  PURPOSE,
} from './phrases';
import { CLAUSE_VERBS } from './verbLexicon';
import {
  isAdverb,
  isHeadcountNoun,
  isNumber,
  isOutcomeNoun,
  isOutputNoun,
  isPeopleNoun,
  isPlainOutputNoun,
  isWord,
  isWorkNoun,
  type Verb,
  verbOf,
} from './wordClasses';
import { type Token, tokenize, wordSet } from './words';

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

// Words before the verb; negation keeps the verb's class ("We don't lose events" still states a result).
const FILLER = wordSet("we we'll we’ll will to let's let’s our also then must should don't don’t dont never not");
const INTENT = wordSet('aim seek strive try want need intend hope work plan');
const PARTICLES = wordSet('out up off down in on away back over through');
const BE = wordSet("is are was were be been being isn't aren't");
const HAVE = wordSet('has have had');
const MODALS = wordSet('will can could should must may might shall would does do did');
const COMPARATIVES = wordSet('higher lower faster fewer better shorter quicker cheaper');
const GROWTH = wordSet('grow increase expand double triple scale boost raise');

/** The readings, named by their cue. */
function reading(kind: StatementKind, cue: string, leads: boolean, numbers: readonly string[]): StatementReading {
  return { kind, cue, leads, numbers };
}

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
    const lastWord = chunk[chunk.length - 1];
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
