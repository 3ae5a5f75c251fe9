import { wordSet } from './words';

/**
 * Verbs plans open with, in their base form, by what they say about the statement. The
 * lists hold general English verbs of planning, not words picked from any one plan; the
 * lemma rules in words.ts find their past tense, participle, gerund and third person.
 */

/** A result moves or holds: the statement is an outcome whatever follows ("Reduce churn"). */
const OUTCOME = `increase grow raise lift boost improve double triple quadruple halve reduce decrease lower
  shrink shorten minimise minimize maximise maximize achieve reach hit exceed surpass beat attain meet
  maintain keep hold sustain retain preserve win gain accelerate eliminate eradicate end prevent avoid
  halt stabilise stabilize recover rise fall climb average outperform reverse narrow earn cut lose
  deepen strengthen widen`;

/** Work the team does or delivers: the statement is an action unless its object is a result ("Hire two directors"). */
const ACTION = `implement launch hire recruit onboard train upskill coach teach educate build rebuild create develop
  design redesign define document draft write rewrite publish produce film record post send email run host
  organise organize schedule attend present pitch demo conduct interview survey research investigate
  explore evaluate assess analyse analyze audit review test pilot prototype experiment ship release deploy
  roll install configure set setup fill migrate integrate automate refactor fix patch upgrade update replace switch
  standardise standardize consolidate simplify streamline restructure reorganise reorganize introduce
  establish start begin kick initiate finish complete finalise finalize execute procure purchase buy negotiate
  sign partner sponsor fund invest allocate assign appoint staff identify map plan prepare decide choose
  select agree approve track measure monitor capture collect gather compile report display enable equip
  offer transition distribute activate engage attribute mature polish clean deprecate decouple remove retire
  sunset burn pay devote rollout refocus focus nail use validate verify facilitate coordinate communicate share
  publicise publicize promote advertise place continue leverage adopt apply compose outline describe
  explain list handle manage oversee own push work collaborate tackle address resolve answer respond
  prioritise prioritize triage clarify align submit file commission tender consult obtain open fast-track
  modernise modernize digitise digitize localise localize translate visit call refresh revamp overhaul
  extend`;

/** Decided by what follows: "Add 30 Fortune 500 companies" is a result, "Add ETag support" is work. */
const CONTEXT = `add get make deliver drive generate expand scale support move bring source pull line close land
  secure provide have do give put take attract see let turn ensure help form enter`;

export const OUTCOME_VERBS = wordSet(OUTCOME);
export const ACTION_VERBS = wordSet(ACTION);
export const CONTEXT_VERBS = wordSet(CONTEXT);

export type VerbClass = 'outcome' | 'action' | 'context';

/** The class of a verb in its base form, or undefined for a word that is not one of these verbs. */
export function verbClass(lemma: string): VerbClass | undefined {
  if (OUTCOME_VERBS.has(lemma)) return 'outcome';
  if (ACTION_VERBS.has(lemma)) return 'action';
  if (CONTEXT_VERBS.has(lemma)) return 'context';
  return undefined;
}

export function isKnownVerb(word: string): boolean {
  return verbClass(word) !== undefined;
}

/** Verbs whose object is a clause to read for a result: "Make sure that 70% of reps are at quota". */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set(['ensure', 'help']);
