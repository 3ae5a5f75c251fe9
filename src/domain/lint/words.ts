/**
 * Words of a plan statement, as the reading needs them: lower-case word tokens with their
 * place in the text, numbers kept whole ("110%", "$1.5m", "3x", "6,000"), and a lemma
 * that undoes English inflection (past tense, participle, gerund, third person) against a
 * list of known verbs.
 */

export interface Token {
  /** Lower case; numbers as written. */
  readonly text: string;
  readonly kind: 'word' | 'number' | 'mark';
  /** Offsets in the original text, so a finding can quote the words as the user typed them. */
  readonly start: number;
  readonly end: number;
}

// A number with its currency, separators, decimals and unit ("$1.5m", "6,000", "99.99%", "3x", "+20%", "2d").
const NUMBER = String.raw`[+-]?[$€£]?\d[\d,]*(?:\.\d+)?(?:%|x\b|k\b|m\b|bn\b|d\b|h\b|ms\b|s\b)?`;
// Letters (any script) with inner apostrophes, hyphens or dots ("o'brien", "real-time", "about.gitlab.com").
const WORD = String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:['’.-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`;
// Marks that split a phrase or compare: "Sales / Marketing", "Brian + Jonah", "> 1.2".
const MARK = String.raw`[/&+,;:()<>≤≥=|]|\s[-–—]\s`;
const TOKEN = new RegExp(`(${NUMBER})|(${WORD})|(${MARK})`, 'gu');

/** A set of words written as one space-separated list, as the lexicons keep them. */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/u).filter((word) => word !== ''));
}

/** The longest text read: a statement longer than this is read by its first part only. */
export const MAX_READ_LENGTH = 600;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.slice(0, MAX_READ_LENGTH).matchAll(TOKEN)) {
    const start = match.index ?? 0;
    const kind = match[1] !== undefined ? 'number' : match[2] !== undefined ? 'word' : 'mark';
    tokens.push({ text: match[0].trim().toLowerCase(), kind, start, end: start + match[0].length });
  }
  return tokens;
}

// Irregular forms of verbs plans use; the regular ones are undone by rule below.
const IRREGULAR: Readonly<Record<string, string>> = {
  built: 'build',
  ran: 'run',
  held: 'hold',
  grew: 'grow',
  grown: 'grow',
  won: 'win',
  made: 'make',
  brought: 'bring',
  bought: 'buy',
  sent: 'send',
  wrote: 'write',
  written: 'write',
  led: 'lead',
  began: 'begin',
  begun: 'begin',
  took: 'take',
  taken: 'take',
  kept: 'keep',
  met: 'meet',
  sold: 'sell',
  did: 'do',
  done: 'do',
  gave: 'give',
  given: 'give',
  chose: 'choose',
  chosen: 'choose',
  drove: 'drive',
  driven: 'drive',
  got: 'get',
  gotten: 'get',
  spent: 'spend',
  rose: 'rise',
  risen: 'rise',
  fell: 'fall',
  fallen: 'fall',
  shown: 'show',
  found: 'find',
  set: 'set',
  cut: 'cut',
  put: 'put',
  hit: 'hit',
  shut: 'shut',
  rolled: 'roll',
  undertook: 'undertake',
  undertaken: 'undertake',
  overseen: 'oversee',
  oversaw: 'oversee',
  rebuilt: 'rebuild',
  rewritten: 'rewrite',
  rewrote: 'rewrite',
};

/** How the word was inflected: the reading treats a participle after a noun phrase as a finished action. */
export type Inflection = 'base' | 'past' | 'gerund' | 'third-person';

export interface Lemma {
  readonly lemma: string;
  readonly inflection: Inflection;
}

function candidates(word: string, suffix: string): string[] {
  const stem = word.slice(0, -suffix.length);
  const found = [stem, `${stem}e`];
  // "shipped" → "ship", "running" → "run"
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) found.push(stem.slice(0, -1));
  // "identified" → "identify", "applies" → "apply"
  if (stem.endsWith('i')) found.push(`${stem.slice(0, -1)}y`);
  return found;
}

/**
 * The base form of a verb when `isVerb` knows it ("hired" → hire, "shipping" → ship,
 * "identifies" → identify, "built" → build), with how it was inflected; the word itself
 * when no form is a known verb.
 */
export function lemmatize(word: string, isVerb: (base: string) => boolean): Lemma {
  if (isVerb(word)) return { lemma: word, inflection: 'base' };
  const irregular = IRREGULAR[word];
  if (irregular !== undefined && isVerb(irregular)) return { lemma: irregular, inflection: 'past' };
  const rules: readonly [string, Inflection][] = [
    ['ing', 'gerund'],
    ['ed', 'past'],
    ['es', 'third-person'],
    ['s', 'third-person'],
  ];
  for (const [suffix, inflection] of rules) {
    if (!word.endsWith(suffix) || word.length < suffix.length + 2) continue;
    const lemma = candidates(word, suffix).find(isVerb);
    if (lemma !== undefined) return { lemma, inflection };
  }
  return { lemma: word, inflection: 'base' };
}

/** A noun's singular for lexicon look-ups: "webinars" → webinar, "activities" → activity, "boxes" → box. */
export function singular(word: string, isKnown: (noun: string) => boolean): string {
  if (isKnown(word)) return word;
  const forms = word.endsWith('ies')
    ? [`${word.slice(0, -3)}y`]
    : word.endsWith('es')
      ? [word.slice(0, -1), word.slice(0, -2)]
      : word.endsWith('s')
        ? [word.slice(0, -1)]
        : [];
  return forms.find(isKnown) ?? word;
}
