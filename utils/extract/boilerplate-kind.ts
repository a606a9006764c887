/**
 * Punctuation and symbols, spelled out for the patterns below instead of `\p{P}` and `\p{S}`.
 * Those need the `u` flag, and a `u` pattern takes V8 two to three times as long to compile:
 * the content script compiles this file's twelve on every site's first page, where they cost
 * some 12 ms more (tests/bench/RESULTS.md). ASCII, Latin-1, general punctuation, CJK,
 * full-width forms and Arabic; symbols include the halves of characters beyond the BMP
 * (emoji), which patterns without `u` see as two UTF-16 code units, private-use icon-font
 * glyphs, variation selectors and zero-width characters.
 */
const P = String.raw`!-\/:-@\[-\x60{-~\u00A1-\u00BF\u00D7\u00F7\u2010-\u205E\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u060C\u061B\u061F\u066A-\u066D\u06D4`;
const S = String.raw`\u02C2-\u02C5\u02D2-\u02DF\u200B-\u200F\u20A0-\u20CF\u2100-\u214F\u2190-\u23FF\u2500-\u27BF\u2B00-\u2BFF\uD800-\uF8FF\uFE00-\uFE0F\uFEFF`;
const CURRENCY = String.raw`$\u00A2-\u00A5\u20A0-\u20CF`;
/** A letter or digit: anything but space, punctuation and symbols. */
const HAS_WORD = new RegExp(String.raw`[^\s${P}${S}]`);

/** Lines that point the reader elsewhere: "Related article: ...", "Read more", "Lire aussi". */
const SEE_ALSO = new RegExp(
  String.raw`^[\s${P}]*(related|related (article|story|stories|content|coverage|links?)|read( more| also| next)?|more on this( story)?|more from|see also|also read|also see|recommended|watch|listen|more|lire (aussi|également|la suite)|à lire (aussi|également)|voir aussi|lesen sie (auch|mehr)|mehr zum thema|auch interessant|siehe auch|leer (más|también)|lea (también|además)|ver también|te puede interesar|leia (também|mais)|veja também|saiba mais|leggi anche|vedi anche|ti potrebbe interessare|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|اقرأ كذلك|相关阅读|相关新闻|延伸阅读|推荐阅读|関連記事)(?![^\s${P}${S}])\s*[:：»›>|\-–—]`,
  'i',
);
/** Whole lines that are a "see also" link by themselves. */
const SEE_ALSO_ALONE = new RegExp(
  String.raw`^[\s${P}]*(read more|read the full (story|article)|continue reading|more stories|related articles?|see also|most (read|popular|viewed|shared)|trending( now| stories)?|top stories|more from [^.!?]{1,40}|recommended( for you| stories)?|you (may|might) also like|don'?t miss|editor'?s picks|in case you missed it|click here.*|story continues below.*|article continues (below|after).*|scroll (down )?to continue.*)[\s${P}]*$`,
  'i',
);
/** Tag and topic lists printed under the article: "Tags: Ukraine, Russia". */
const TAG_LIST = new RegExp(
  String.raw`^[\s${P}]*(tags?|topics?|filed under|categories|related topics|mots-clés|schlagwörter|schlagworte|etiquetas|temas)\s*[:：]`,
  'i',
);
/** Newsletter and subscription prompts. */
const PROMPT = new RegExp(
  String.raw`^\W*(sign up|subscribe|register|inscrivez-vous|abonnez-vous|abonnieren|suscr[ií]bete|assine|iscriviti)\b.{0,80}\b(newsletters?|inbox|email|e-mail|briefing|updates|alerts|for free|today|now)\b|\bnewsletters?\b.{0,80}\b(sign up|subscribe|inbox|delivered|abonnieren|bestellen|anmelden|inscrivez-vous|abonnez-vous|suscr[ií]bete|assine|iscriviti)|\b(sign up|subscribe)\b.{0,40}\bnewsletters?\b|^\W*(already a subscriber|subscribe( now| today)?|become a (member|subscriber)|support (our|independent) journalism)\b|^\W*[${CURRENCY}]\s?\d+([.,]\d{1,2})?\s*(\/|per|a)\s*(person\s*\/\s*)?(month|year|week|mo|yr)\b|\bcancel any ?time\b|\bwe accept (all major )?(credit|debit)|\bdownload (our|the) app\b|^\W*(have a (news )?tip|got a tip|contact the (author|reporter|writer))\b|^\W*follow us on\b|\benable javascript\b|\bthis (content|article) is (only )?(available|reserved) (to|for) subscribers\b`,
  'i',
);
/** Share-button rows: only share words, network names and counts. */
const SHARE_ROW = new RegExp(
  String.raw`^(?=.*[^\s\d${P}${S}])((share|shares|sharing|partager|teilen|compartir|condividi|compartilhar|tweet|email|e-mail|mail|print|imprimer|drucken|copy( link)?|copied|link|save|comment(s)?|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|messenger|telegram|flipboard|bluesky|threads|this|article|story|on|via|the|view|show|load|hide|join|conversation|discussion|شارك|مشاركة|هذا|المقال|الخبر|分享到|分享|微信|微博|朋友圈|QQ空间|\d+)[\s${P}${S}]*)+$`,
  'i',
);
/** Advertising labels left between paragraphs. */
const ADVERT = new RegExp(
  String.raw`^[\s${P}]*(advertisement|advertising|ad|sponsored( content)?|paid (post|content)|publicité|anzeige|werbung|publicidad|pubblicità|publicidade|reclame|реклама|広告|广告|إعلان)([\s${P}]+(continue reading|scroll (down )?to continue|story continues|article continues)( below)?)?[\s${P}]*$`,
  'i',
);
/** Photo and video credits / captions that survived as separate lines. */
const MEDIA_CREDIT = new RegExp(
  String.raw`^[\s(\[]*(photo|photograph|picture|pic|image|video|illustration|graphic|foto|bild|imagen|crédit|credit|credits)s?( credit)?\s*[:：/©|]|^[\s(\[]*(©|\(c\))|\b(getty images|shutterstock|istock(photo)?)[\s${P}]*$|^(photo|image|foto|bild)\s*(courtesy|by)\b|\s\/\s?(AFP|Reuters|AP|EPA|Getty Images|Shutterstock)\)?$|[（(][^（()）]{0,30}摄[)）]$`,
  'i',
);

/** Copyright notices that wire copy carries at its end ("Copyright 2024 The Associated Press."). */
const COPYRIGHT = new RegExp(
  String.raw`^[\s${P}]*(copyright|©|\(c\))\s*(\d{4}\b|.{0,80}\b(all )?rights reserved)`,
  'i',
);

const MAX_BOILERPLATE_LINE = 220;

/** Which kind of page furniture a line is. */
export type BoilerplateKind =
  | 'see-also'
  | 'prompt'
  | 'share'
  | 'advert'
  | 'media-credit'
  | 'copyright'
  | 'caption'
  | 'separator';

/**
 * Photo captions that survived as paragraphs, which can be long: they open like one
 * ("FILE - In this photo...", "This undated image...") or end with the photo credit
 * ("(AP Photo/Jane Roe)", "(... photo via AP)", "(Foto: dpa)").
 */
const CAPTION_OPENING = new RegExp(
  String.raw`^(FILE( PHOTO)?\s*[-–—:]|In (this|these) (undated |handout |file )?(photos?|images?|pictures?|file photo)\b|(This|These) (undated |handout )?(photos?|images?) (shows?|taken|provided|released))`,
  'i',
);
/** A closing parenthesis that credits a photo: "(AP Photo/Jane Roe)", "(Photo by X / AFP)". */
const CREDIT_PARENTHESIS = new RegExp(String.raw`\(([^()]{0,160})\)\s*$`, '');
const PHOTO_WORD = new RegExp(String.raw`\b(photos?|photograph|foto|image|picture|pool)\b`, 'i');
const CREDIT_MARK = new RegExp(String.raw`[/:]|\b(via|by|credit|courtesy)\b`, 'i');
const MAX_CAPTION_LINE = 800;

const RULES: readonly [BoilerplateKind, RegExp][] = [
  ['copyright', COPYRIGHT],
  ['see-also', SEE_ALSO],
  ['see-also', SEE_ALSO_ALONE],
  ['see-also', TAG_LIST],
  ['prompt', PROMPT],
  ['share', SHARE_ROW],
  ['advert', ADVERT],
  ['media-credit', MEDIA_CREDIT],
];

/**
 * Classifies a paragraph that is page furniture rather than article text: "Related
 * article"/"Read more" lines, newsletter and subscription prompts, share-button labels,
 * "Advertisement", photo captions and credits, copyright notices and "___" rules; null for
 * article text. Apart from captions, which announce themselves, only short
 * lines are judged: prose that happens to contain such words in a long paragraph is kept.
 */
export function boilerplateKind(text: string): BoilerplateKind | null {
  const line = text.trim();
  if (!HAS_WORD.test(line)) return 'separator';
  if (line.length <= MAX_BOILERPLATE_LINE) {
    for (const [kind, pattern] of RULES) if (pattern.test(line)) return kind;
  }
  return line.length <= MAX_CAPTION_LINE && isCaption(line) ? 'caption' : null;
}

function isCaption(line: string): boolean {
  if (CAPTION_OPENING.test(line)) return true;
  const credit = CREDIT_PARENTHESIS.exec(line)?.[1] ?? '';
  return PHOTO_WORD.test(credit) && CREDIT_MARK.test(credit);
}
