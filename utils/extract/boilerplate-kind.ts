import { PUNCTUATION as P, SYMBOLS as S } from './char-ranges.ts';

/*
 * Each rule is a pattern and a cheap test that must hold for the pattern to match (mayMatch:
 * string tests on the lower-cased line). The patterns are large, and V8 compiles a pattern
 * to machine code the second time it runs: on a site's first page that cost the content
 * script some 10 ms for this file alone (tests/bench/RESULTS.md). Behind the tests, most
 * patterns run on no line of a typical article, or on one. The tests must never be stricter
 * than their pattern; tests/unit/extract/boilerplate-rules.test.ts checks that they are not.
 */

const CURRENCY = String.raw`$\u00A2-\u00A5\u20A0-\u20CF`;
/** A letter or digit: anything but space, punctuation and symbols. */
const HAS_WORD = new RegExp(String.raw`[^\s${P}${S}]`);
/** Space and punctuation a line may open with before its first word. */
const LEADING_PUNCTUATION = new RegExp(String.raw`^[\s${P}]+`);
/** A line's whitespace-separated piece that starts with no letter. */
const OPENS_WITHOUT_LETTER = new RegExp(String.raw`^[\d${P}${S}]`);

/** A line as the rules see it. */
export interface Line {
  text: string;
  /** Lower-cased, as the patterns' `i` flag compares. */
  lower: string;
  /** `lower` without the space and punctuation it opens with. */
  opening: string;
}

interface Rule {
  kind: BoilerplateKind;
  pattern: RegExp;
  /** False only when the pattern cannot match the line. */
  mayMatch(line: Line): boolean;
}

/** An alternation of plain phrases (letters, spaces and hyphens only). */
function anyOf(phrases: readonly string[]): string {
  return `(${phrases.join('|')})`;
}

const opensWith = (line: Line, heads: readonly string[]): boolean =>
  heads.some((head) => line.opening.startsWith(head));
const contains = (line: Line, cues: readonly string[]): boolean =>
  cues.some((cue) => line.lower.includes(cue));

/** Lines that point the reader elsewhere: "Related article: ...", "Read more", "Lire aussi". */
const SEE_ALSO_PHRASES = [
  ...['related', 'related article', 'related story', 'related stories', 'related content'],
  ...['related coverage', 'related link', 'related links', 'read', 'read more', 'read also'],
  ...['read next', 'more on this', 'more on this story', 'more from', 'see also', 'also read'],
  ...['also see', 'recommended', 'watch', 'listen', 'more', 'lire aussi', 'lire également'],
  ...['lire la suite', 'à lire aussi', 'à lire également', 'voir aussi', 'lesen sie auch'],
  ...['lesen sie mehr', 'mehr zum thema', 'auch interessant', 'siehe auch', 'leer más'],
  ...['leer también', 'lea también', 'lea además', 'ver también', 'te puede interesar'],
  ...['leia também', 'leia mais', 'veja também', 'saiba mais', 'leggi anche', 'vedi anche'],
  ...['ti potrebbe interessare', 'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ المزيد', 'اقرأ كذلك'],
  ...['相关阅读', '相关新闻', '延伸阅读', '推荐阅读', '関連記事'],
];
const SEE_ALSO = new RegExp(
  String.raw`^[\s${P}]*${anyOf(SEE_ALSO_PHRASES)}(?![^\s${P}${S}])\s*[:：»›>|\-–—]`,
  'i',
);
/** The separators SEE_ALSO ends with, one of which the line must hold. */
const SEE_ALSO_SEPARATORS = [':', '：', '»', '›', '>', '|', '-', '–', '—'];

/** Whole lines that are a "see also" link by themselves. */
const SEE_ALSO_ALONE = new RegExp(
  String.raw`^[\s${P}]*(read more|read the full (story|article)|continue reading|more stories|related articles?|see also|most (read|popular|viewed|shared)|trending( now| stories)?|top stories|more from [^.!?]{1,40}|recommended( for you| stories)?|you (may|might) also like|don'?t miss|editor'?s picks|in case you missed it|click here.*|story continues below.*|article continues (below|after).*|scroll (down )?to continue.*)[\s${P}]*$`,
  'i',
);
/** How SEE_ALSO_ALONE's phrases begin. */
const SEE_ALSO_ALONE_HEADS = [
  ...['read more', 'read the full', 'continue reading', 'more stories', 'related article'],
  ...['see also', 'most ', 'trending', 'top stories', 'more from ', 'recommended', 'you m'],
  ...['don', 'editor', 'in case you missed it', 'click here', 'story continues below'],
  ...['article continues', 'scroll'],
];

/** Tag and topic lists printed under the article: "Tags: Ukraine, Russia". */
const TAG_PHRASES = [
  ...['tag', 'tags', 'topic', 'topics', 'filed under', 'categories', 'related topics'],
  ...['mots-clés', 'schlagwörter', 'schlagworte', 'etiquetas', 'temas'],
];
const TAG_LIST = new RegExp(String.raw`^[\s${P}]*${anyOf(TAG_PHRASES)}\s*[:：]`, 'i');

/** Newsletter and subscription prompts. */
const PROMPT = new RegExp(
  String.raw`^\W*(sign up|subscribe|register|inscrivez-vous|abonnez-vous|abonnieren|suscr[ií]bete|assine|iscriviti)\b.{0,80}\b(newsletters?|inbox|email|e-mail|briefing|updates|alerts|for free|today|now)\b|\bnewsletters?\b.{0,80}\b(sign up|subscribe|inbox|delivered|abonnieren|bestellen|anmelden|inscrivez-vous|abonnez-vous|suscr[ií]bete|assine|iscriviti)|\b(sign up|subscribe)\b.{0,40}\bnewsletters?\b|^\W*(already a subscriber|subscribe( now| today)?|become a (member|subscriber)|support (our|independent) journalism)\b|^\W*[${CURRENCY}]\s?\d+([.,]\d{1,2})?\s*(\/|per|a)\s*(person\s*\/\s*)?(month|year|week|mo|yr)\b|\bcancel any ?time\b|\bwe accept (all major )?(credit|debit)|\bdownload (our|the) app\b|^\W*(have a (news )?tip|got a tip|contact the (author|reporter|writer))\b|^\W*follow us on\b|\benable javascript\b|\bthis (content|article) is (only )?(available|reserved) (to|for) subscribers\b`,
  'i',
);
/** Words one of which every PROMPT alternative needs, and the currency signs. */
const PROMPT_CUES = [
  ...['sign up', 'subscri', 'regist', 'inscrivez', 'abonn', 'suscr', 'assine', 'iscriviti'],
  ...['newsletter', 'become a', 'support our', 'support independent', 'cancel any'],
  ...['we accept', 'download our', 'download the', 'tip', 'contact the', 'follow us on'],
  ...['enable javascript'],
];
const CURRENCY_SIGN = new RegExp(`[${CURRENCY}]`);

/** Share-button rows: only share words, network names and counts. */
const SHARE_WORDS = [
  ...['share', 'shares', 'sharing', 'partager', 'teilen', 'compartir', 'condividi'],
  ...['compartilhar', 'tweet', 'email', 'e-mail', 'mail', 'print', 'imprimer', 'drucken'],
  ...['copy', 'copy link', 'copied', 'link', 'save', 'comment', 'comments', 'facebook'],
  ...['twitter', 'x', 'whatsapp', 'linkedin', 'pinterest', 'reddit', 'messenger', 'telegram'],
  ...['flipboard', 'bluesky', 'threads', 'this', 'article', 'story', 'on', 'via', 'the'],
  ...['view', 'show', 'load', 'hide', 'join', 'conversation', 'discussion', 'شارك', 'مشاركة'],
  ...['هذا', 'المقال', 'الخبر', '分享到', '分享', '微信', '微博', '朋友圈', 'qq空间'],
];
const SHARE_ROW = new RegExp(
  String.raw`^(?=.*[^\s\d${P}${S}])((${SHARE_WORDS.join('|')}|\d+)[\s${P}${S}]*)+$`,
  'i',
);
/**
 * Every whitespace-separated piece of a share row starts with a share word, a digit or a
 * sign ("copy link" is the one phrase with a space, and "link" is a share word too).
 */
const mayBeShareRow = (line: Line): boolean =>
  line.lower
    .split(/\s+/)
    .every(
      (piece) => OPENS_WITHOUT_LETTER.test(piece) || SHARE_WORDS.some((w) => piece.startsWith(w)),
    );

/** Advertising labels left between paragraphs. */
const ADVERT_LABELS = [
  ...['advertisement', 'advertising', 'ad', 'sponsored', 'sponsored content', 'paid post'],
  ...['paid content', 'publicité', 'anzeige', 'werbung', 'publicidad', 'pubblicità'],
  ...['publicidade', 'reclame', 'реклама', '広告', '广告', 'إعلان'],
];
const ADVERT = new RegExp(
  String.raw`^[\s${P}]*${anyOf(ADVERT_LABELS)}([\s${P}]+(continue reading|scroll (down )?to continue|story continues|article continues)( below)?)?[\s${P}]*$`,
  'i',
);

/** Photo and video credits / captions that survived as separate lines. */
const MEDIA_WORDS = [
  ...['photo', 'photograph', 'picture', 'pic', 'image', 'video', 'illustration', 'graphic'],
  ...['foto', 'bild', 'imagen', 'crédit', 'credit', 'credits'],
];
const MEDIA_CREDIT = new RegExp(
  String.raw`^[\s(\[]*${anyOf(MEDIA_WORDS)}s?( credit)?\s*[:：/©|]|^[\s(\[]*(©|\(c\))|\b(getty images|shutterstock|istock(photo)?)[\s${P}]*$|^(photo|image|foto|bild)\s*(courtesy|by)\b|\s\/\s?(AFP|Reuters|AP|EPA|Getty Images|Shutterstock)\)?$|[（(][^（()）]{0,30}摄[)）]$`,
  'i',
);
const MEDIA_CREDIT_CUES = ['©', '(c)', 'getty images', 'shutterstock', 'istock', '/', '摄'];

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

/** Tried in this order; the first whose pattern matches names the kind. */
export const BOILERPLATE_RULES: readonly Rule[] = [
  {
    kind: 'copyright',
    pattern: COPYRIGHT,
    mayMatch: (line) => contains(line, ['copyright', '©', '(c)']),
  },
  {
    kind: 'see-also',
    pattern: SEE_ALSO,
    mayMatch: (line) =>
      opensWith(line, SEE_ALSO_PHRASES) && SEE_ALSO_SEPARATORS.some((c) => line.text.includes(c)),
  },
  {
    kind: 'see-also',
    pattern: SEE_ALSO_ALONE,
    mayMatch: (line) => opensWith(line, SEE_ALSO_ALONE_HEADS),
  },
  {
    kind: 'see-also',
    pattern: TAG_LIST,
    mayMatch: (line) => opensWith(line, TAG_PHRASES) && /[:：]/.test(line.text),
  },
  {
    kind: 'prompt',
    pattern: PROMPT,
    mayMatch: (line) => contains(line, PROMPT_CUES) || CURRENCY_SIGN.test(line.text),
  },
  { kind: 'share', pattern: SHARE_ROW, mayMatch: mayBeShareRow },
  { kind: 'advert', pattern: ADVERT, mayMatch: (line) => opensWith(line, ADVERT_LABELS) },
  {
    kind: 'media-credit',
    pattern: MEDIA_CREDIT,
    mayMatch: (line) => opensWith(line, MEDIA_WORDS) || contains(line, MEDIA_CREDIT_CUES),
  },
];

/**
 * Classifies a paragraph that is page furniture rather than article text: "Related
 * article"/"Read more" lines, newsletter and subscription prompts, share-button labels,
 * "Advertisement", photo captions and credits, copyright notices and "___" rules; null for
 * article text. Apart from captions, which announce themselves, only short
 * lines are judged: prose that happens to contain such words in a long paragraph is kept.
 */
export function boilerplateKind(text: string): BoilerplateKind | null {
  const line = ruleLine(text);
  if (!HAS_WORD.test(line.text)) return 'separator';
  if (line.text.length <= MAX_BOILERPLATE_LINE) {
    for (const rule of BOILERPLATE_RULES)
      if (rule.mayMatch(line) && rule.pattern.test(line.text)) return rule.kind;
  }
  return line.text.length <= MAX_CAPTION_LINE && isCaption(line) ? 'caption' : null;
}

/** Whether a line may be a caption: the words CAPTION_OPENING needs, or a closing parenthesis. */
export function mayBeCaption(line: Line): boolean {
  return (
    line.lower.startsWith('file') ||
    contains(line, ['photo', 'image', 'picture']) ||
    line.text.endsWith(')')
  );
}

function isCaption(line: Line): boolean {
  if (!mayBeCaption(line)) return false;
  if (CAPTION_OPENING.test(line.text)) return true;
  const credit = CREDIT_PARENTHESIS.exec(line.text)?.[1] ?? '';
  return PHOTO_WORD.test(credit) && CREDIT_MARK.test(credit);
}

/** The line as the rules see it (exported for the test that mayMatch hides no match). */
export function ruleLine(text: string): Line {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  return { text: trimmed, lower, opening: lower.replace(LEADING_PUNCTUATION, '') };
}
