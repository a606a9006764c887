/**
 * One invented wire story as two outlets ran it: the second re-spells a name, swaps
 * brackets and quote marks, drops two paragraphs and adds a "Related article" line.
 */
export const WIRE_FIRST = [
  'Harbour authorities in Valdoria said on Tuesday that 4,000 tonnes of grain had been stranded at the port of Kessing after a crane collapsed during a storm.',
  'Port director Anneliese Marchetti said the damaged crane would take "at least three weeks (to) repair" and that ships were being diverted to smaller terminals along the coast.',
  'Farmers in the surrounding provinces warned that the delay could force them to sell their harvest at a loss, as storage silos were already close to capacity.',
  'Shipping analysts said the closure showed how dependent the region had become on a single deep-water port, and urged the government to speed up plans for a second terminal.',
  'Two dock workers were treated in hospital for minor injuries, according to the regional health service.',
  'The transport ministry said it would publish an inspection report on all cranes at the port by the end of the month.',
].join('\n\n');

export const WIRE_SECOND = [
  'Harbour authorities in Valdoria said on Tuesday that 4,000 tonnes of grain had been stranded at the port of Kessing after a crane collapsed during a storm.',
  'Port director Anneliese Marcheti said the damaged crane would take ‘at least three weeks [to] repair’ and that ships were being diverted to smaller terminals along the coast.',
  'Related article: Storm season arrives early on the northern coast',
  'Two dock workers were treated in hospital for minor injuries, according to the regional health service.',
  'The transport ministry said it would publish an inspection report on all cranes at the port by the end of the month.',
].join('\n\n');

/**
 * A closing paragraph both outlets ran: with it, the second version has the 100 words the
 * background asks of a page read before taking it as an article (finish-article.ts).
 */
export const WIRE_CLOSING =
  'Officials said the port would stay open to smaller vessels throughout the repairs, with priority given to ships carrying fuel, medicine and animal feed, and that a temporary floating crane was on its way from a shipyard in the south.';
