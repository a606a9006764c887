/** Paths of the team-written sample pages (tests/fixtures/sites). */
export const PATHS = {
  first: '/world/ukraine-reopens-danube-ferry',
  // Visited with a tracking parameter: the stored URL must be the canonical one without it.
  second: '/europe/danube-ferry-back-in-service?utm_source=wire-feed&utm_medium=rss',
  secondCanonical: '/europe/danube-ferry-back-in-service',
  home: '/',
  other: '/local/library-robot-league',
  // outlet-c's "In brief" retelling of outlet-a's story in 127 words, sharing no passage.
  brief: '/world/danube-lorries-in-brief',
  // outlet-d's shorter copy of the wire story, read with saving turned off.
  unsavedCopy: '/news/danube-ferry-resumes',
  // outlet-c's interview in short paragraphs with no article metadata: the article test
  // refuses it, and the popup's "Read it anyway" reads it.
  interview: '/people/five-questions-ferry-pilot',
  // outlet-c's live page of 5,200 updates, more paragraphs than Wiretrace compares.
  liveBlog: '/live/count-night',
  // outlet-c's story under a script-written thread of 4,000 comments: too many elements to
  // read unasked; the popup's "Read it anyway" reads it.
  commentThread: '/local/cycle-lanes-comments',
  // One Arabic story at outlet-c, and outlet-d's copy of it (reworded lead, a paragraph
  // dropped, a shadda added to a name, «» quotes).
  arabicFirst: '/ar/coast-library-opens',
  arabicCopy: '/ar/coast-library-doors-open',
  // outlet-d's story behind a cookie notice: its text is added to the page once accepted.
  consentWall: '/news/night-buses-consent',
  // outlet-d's story hidden behind "Continue reading": in the page, shown once clicked.
  continueReading: '/news/ferry-fares-continue',
} as const;

/**
 * Expected cut % of outlet-b's article against outlet-a's, by hand: outlet-b's body has 11
 * paragraphs of 29+26+35+34+27+28+26+23+27+31+21 = 307 words (Intl.Segmenter word-like
 * segments; the "Related article" line, caption, subscribe box and share labels are not
 * article text). Only the reworded lead (29 words) is not in outlet-a; every other
 * paragraph is outlet-a's text with small edits (Oleksandr/Olexander, (of)/[of], curly
 * quotes, kilometres/kilometers). Shared: 278 / 307 = 90.6 %. (Paste %, the share of
 * outlet-a found in outlet-b, is 278 / 407 = 68 %: outlet-b dropped three paragraphs.)
 * Cross-check: `npm run compare -- <outlet-b html> <outlet-a html>` printed cut 90.2,
 * paste 68.1 when the engine landed.
 */
export const EXPECTED_CUT_PERCENT = 91;
export const CUT_TOLERANCE = 5;

/** Phrases from shared paragraphs (start, edited, middle, end) the highlights must cover. */
export const SHARED_PHRASES = [
  'who heads the Odesa region',
  'at least 300 drivers who have been waiting near the border',
  'one of the few routes for Ukrainian grain, sunflower oil and steel',
  'anchor new pontoons and lay a temporary road',
  'the only practical way across for heavy goods',
];

/**
 * outlet-b's reworded lead: no highlighted passage may lie inside it. It shares only
 * stray short phrases with outlet-a ("on Tuesday", "weeks after"), which are not copying.
 */
export const REWORDED_LEAD =
  'Traffic resumed on Tuesday on Ukraine’s busiest Danube ferry link to Romania, weeks after a flood destroyed its moorings on either bank, according to the regional authorities in Odesa.';

/** Text of outlet-b that must not be highlighted: the reworded lead and the added line. */
export const UNSHARED_PHRASES = [
  'Traffic resumed on Tuesday',
  'Related article',
  'Romania counts the cost',
];

/** Goal: the popup's result shows within this many ms of opening it (measured, printed). */
export const POPUP_BUDGET_MS = 100;

/**
 * A news-in-brief retelling of outlet-a's story in other words: the same names and rarer
 * words, no passage. "Check a text" must name outlet-a's article as the story it retells.
 */
export const RELATED_BRIEF =
  'IN BRIEF: Lorries roll over the Danube again: Kyiv’s busiest river link to its western ' +
  'neighbour is back after September’s deluge. Brovchenko, Odesa’s transport chief, counted ' +
  '42 trucks on the opening crossing; Romanian port staff fear their pontoon will not outlast spring.';

/**
 * Text a reader pastes into "Check a text" (not saved): two of outlet-a's paragraphs with a
 * re-spelled name and curly apostrophes, and a line of its own, which side by side leaves
 * unmarked.
 */
export const PASTED_COPY =
  'Olexander Brovchenko, who heads the Odesa region’s river transport department, said the ' +
  'first ferry had carried 42 trucks and two buses across the river before noon.\n\n' +
  'The crossing is one of the few routes for Ukrainian grain, sunflower oil and steel to ' +
  'reach the European Union by road since Russia’s invasion closed most Black Sea ports for ' +
  'months in 2022.\n\n' +
  'Our correspondent adds that cafés near the landing stage opened their shutters again ' +
  'the same afternoon.';
