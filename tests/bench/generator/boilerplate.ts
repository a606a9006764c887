import type { Rng } from './rng';

/**
 * Sentences outlets stamp on thousands of articles: newsletter prompts, credit lines,
 * copyright notices. Written by the team; weighted so the first ones are the most common.
 */
export const BOILERPLATE: readonly string[] = [
  "Sign up for our morning newsletter to get the day's most important stories delivered to your inbox.",
  'Copyright 2024 The Associated Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  'Staff writers in the capital contributed to this report.',
  'This article has been updated with additional information since it was first published.',
  'Have a news tip? Email our newsroom or send us a message through our secure tip line.',
  'Subscribe today for unlimited access to our award-winning journalism on any device.',
  'Follow us on social media for the latest updates on this and other developing stories.',
  'Reporting by our correspondents; editing by the international desk.',
  'Our regional reporters contributed to this report from several cities.',
  'This story was first published earlier today and has been corrected to fix a date.',
  'All rights reserved. No part of this article may be reproduced without written permission.',
  'Get breaking news alerts on your phone by downloading our free app from your store.',
  'The views expressed in this article are those of the author and do not necessarily reflect the views of this publication.',
  'We welcome your comments, which are moderated according to our community guidelines.',
  'Additional reporting was provided by wire services and our foreign correspondents.',
  'Want more stories like this one? Sign up for our weekly politics briefing, delivered every Friday.',
  'This content is produced in partnership with a foundation that had no role in the reporting.',
  'Support independent journalism by becoming a member today for less than the price of a coffee.',
  'If you have information about this story, contact our investigations team in confidence.',
  'Prices and availability mentioned in this article were accurate at the time of publication.',
  'The correspondent travelled as a guest of the organisers, who did not review this story before publication.',
  'An earlier version of this article misstated the name of a spokesperson; it has been corrected.',
  'Listen to this article on our podcast, available wherever you get your podcasts.',
  'Read our coverage of the election, with live results and analysis from our political team.',
  'Copyright 2024 International Press Agency. All rights reserved.',
  'This report was produced with the help of freelance journalists working in the region.',
  'Click here to read the full text of the statement released by the ministry on Monday.',
  'Share this article with your friends and family using the buttons below.',
  'The newsroom can be reached around the clock by phone or by email.',
  'Photos and video from the scene are available in our gallery at the top of this page.',
  'Join the conversation by leaving a comment below, or write a letter to the editor.',
  'This article is part of a series on the changing economy of the region.',
  'Readers can find more information and help lines at the end of this page.',
  'The original version of this story appeared in our print edition on Sunday.',
  'Local journalism needs your support: donate today to keep our reporters on the ground.',
  'Additional reporting from our business desk contributed to this report.',
];

/** Picks 0-3 boilerplate sentences, common ones far more often (Zipf-like weights). */
export function pickBoilerplate(rng: Rng): string[] {
  if (!rng.chance(0.75)) return [];
  const count = rng.int(1, 3);
  const picked = new Set<string>();
  for (let i = 0; i < count; i++) {
    const rank = Math.min(BOILERPLATE.length - 1, Math.floor(BOILERPLATE.length ** rng.next()) - 1);
    picked.add(BOILERPLATE[Math.max(0, rank)]!);
  }
  return [...picked];
}
