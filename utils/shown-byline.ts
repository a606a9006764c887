import { agenciesIn, namesOnlyAgencies } from './extract/detect-credits';

/**
 * The byline an article's header shows beside its "Wire credit" line: none when it only
 * names the credited agencies ("AFP", "By The Associated Press"), which that line already
 * says. A byline naming a reporter, or an agency not credited, is shown as it is.
 */
export function shownByline(
  byline: string | null | undefined,
  credits: readonly string[],
): string | undefined {
  if (!byline) return undefined;
  if (!namesOnlyAgencies(byline)) return byline;
  return agenciesIn([byline]).every((name) => credits.includes(name)) ? undefined : byline;
}
