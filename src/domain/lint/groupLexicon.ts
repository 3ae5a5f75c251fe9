import { wordSet } from './words';

/**
 * Words that make a stakeholder entry a group: group and unit words, functions and the
 * areas teams are named after, role titles (a seat, not a person), honorifics (which
 * announce a person) and mailbox names. General words of organisations, sales, product
 * and public bodies, not names from one plan.
 */

/** Units and collective nouns: "SDR team", "Overview and Scrutiny Panel". */
export const GROUP_WORDS = wordSet(`team teams group groups squad squads pod pods guild chapter tribe crew unit units
  department departments dept division divisions office offices desk centre center hub function functions board
  committee council cabinet panel commission authority agency service services directorate ministry bureau
  taskforce network forum alliance alliances partnership trust org organisation organization company firm
  everyone all staff people personnel members employees workforce leadership management`);

/** Functions and the areas teams are named after: "Demand Gen", "Feature Flags", "Mid Market", "Data Warehouse". */
export const AREA_WORDS = wordSet(`sales marketing finance accounting legal hr it ops operations revops salesops bizops
  devops secops gtm support success enablement onboarding engineering product products design research insights
  analytics data platform infrastructure infra gateway warehouse pipeline ingestion exports imports billing
  payments pricing growth search web mobile app apps desktop cloud foundations core security identity auth
  compliance privacy docs documentation website content brand editorial comms communications relations
  experience dx ux ui frontend backend sre reliability quality qa testing tooling tools libraries library sdk
  sdks api integrations integration ecosystem community developer developers builder builders experiments
  experimentation flags feature features errors error tracking monitoring observability performance storage
  database automation workflows procurement facilities admin administration exec executive executives
  strategy planning policy talent recruiting people demand gen generation lead leads field inside outside channel
  channels partner partners events pr press social seo sem paid lifecycle retention renewals expansion
  accounts account enterprise commercial mid market midmarket mid-market smb segment segments public sector
  federal government customer customers client clients user users buyer buyers resident residents citizen citizens
  patient patients volunteers solutions solution architecture code ai ml agent agents services professional
  delivery program programme project projects portfolio treasury payroll tax audit risk logistics
  emea apac amer latam americas america europe asia africa north south east west central global regional region
  regions international domestic new existing key strategic corporate digital technical technology tech
  scrutiny overview performance insight housing parks transport highways environment waste education schools
  health police fire planning development resources finance scrutiny`);

/** Role titles: alone they name a seat that outlives whoever holds it ("CEO", "Head of Eng", "Assistant City Manager"). */
export const TITLE_WORDS =
  wordSet(`ceo cto cfo coo cmo cro cpo ciso cio vp svp evp avp director directors head heads lead
  leads leader leaders manager managers chief officer officers president founder co-founder cofounder owner owners
  controller analyst engineer designer marketer architect specialist consultant advisor adviser coordinator
  associate assistant representative rep reps executive secretary clerk treasurer chair chairman chairwoman
  chairperson principal partner deputy acting interim senior junior staff-engineer dri`);

/** Words before a person's name: "Councillor S J Conboy", "Dr Ada Lovelace". */
export const HONORIFICS = wordSet('councillor cllr mr mrs ms mx miss dr prof professor sir dame lord lady rev hon');

/** Mailbox names of teams and lists: sales@, hey@, support@, people-ops@. */
export const MAILBOX_WORDS = wordSet(`sales support info hello hi hey team help feedback security legal billing admin
  contact office hr jobs careers hiring press media marketing partners partnerships noreply no-reply donotreply
  dev devs ops it finance accounts enquiries inquiries webmaster abuse privacy all everyone staff group list
  orders service customerservice success community events talent recruiting people operations accounting
  payroll procurement compliance engineering product design research docs news newsletter hq`);

/** Singular role nouns whose plural is a group: "Solutions Architects", "Account executives", "CSMs". */
export const ROLE_NOUNS = wordSet(`architect engineer designer manager marketer rep representative executive analyst
  specialist consultant advisor adviser officer agent developer admin administrator partner lead leader owner
  member director coordinator associate assistant planner strategist scientist researcher writer editor trainer
  coach recruiter buyer seller user customer volunteer ae sdr bdr csm am se tam pm em`);
