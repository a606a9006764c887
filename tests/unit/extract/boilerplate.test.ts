import { describe, expect, it } from 'vitest';
import { boilerplateKind } from '../../../utils/extract/boilerplate-kind.ts';
import { cleanByline } from '../../../utils/extract/clean-byline.ts';
import { countWords } from '../../../utils/extract/count-words.ts';

describe('boilerplateKind', () => {
  it.each([
    ['Related article: Ferry strike enters third day', 'see-also'],
    ['RELATED: Port chief named', 'see-also'],
    ['Read more: How glaciers are measured', 'see-also'],
    ['Read more', 'see-also'],
    ['See also: River levels explained', 'see-also'],
    ['Lire aussi : La grève continue', 'see-also'],
    ['Lesen Sie auch: Bahn verspätet', 'see-also'],
    ['Leia também: Greve termina', 'see-also'],
    ['اقرأ أيضا: ارتفاع الأسعار', 'see-also'],
    ['Story continues below advertisement', 'see-also'],
    ['Most read', 'see-also'],
    ['More from World', 'see-also'],
    ['You may also like', 'see-also'],
    ['相关阅读：江豚种群数量持续回升', 'see-also'],
    ['分享到：微信 微博', 'share'],
    ['图为工作人员在江边采集样本。（新华社记者 张明 摄）', 'media-credit'],
    ['Sign up for our Morning Briefing newsletter', 'prompt'],
    ['Get the best of the Gazette delivered to your inbox: subscribe to our newsletter', 'prompt'],
    ['Subscribe now', 'prompt'],
    ['Already a subscriber? Log in', 'prompt'],
    ['Jetzt den Newsletter abonnieren', 'prompt'],
    ['$7/month', 'prompt'],
    ['€60 / person / year', 'prompt'],
    ['A flexible plan you can cancel anytime.', 'prompt'],
    ['We accept credit card, Apple Pay and Google Pay.', 'prompt'],
    ['Share this article', 'share'],
    ['View comments (12)', 'share'],
    ['Join the conversation', 'share'],
    ['Tags: Ukraine, Russia, North Korea', 'see-also'],
    ['Have a tip? Email us at tips@example.org', 'prompt'],
    ['Share on Facebook Share on Twitter Email', 'share'],
    ['Facebook Twitter WhatsApp 12 comments', 'share'],
    ['شارك هذا المقال', 'share'],
    ['Advertisement', 'advert'],
    ['ADVERTISEMENT', 'advert'],
    ['Anzeige', 'advert'],
    ['Advertisement - Continue Reading Below', 'advert'],
    ['Photo: Jean Martin / AFP', 'media-credit'],
    ['Foto: Max Muster/dpa', 'media-credit'],
    ['(Image credit: Getty Images)', 'media-credit'],
    ['Copyright 2024 The Associated Press. All rights reserved.', 'copyright'],
    ['___', 'separator'],
    ['* * *', 'separator'],
    [
      'In this photo dated Tuesday, a rocket booster is installed on a launch pad in Baikonur, Kazakhstan, before a launch that ended minutes later when the craft broke up over Siberia. (Press Service photo via AP)',
      'caption',
    ],
    [
      'FILE - Ferries wait at the quay in Izmail, Ukraine, on Sept. 3, 2024. (AP Photo/Jane Roe, File)',
      'caption',
    ],
    [
      'Dockers unload grain at the port of Constanta on Monday. (Photo by John Doe / AFP)',
      'media-credit',
    ],
    ['© 2024 Example Media', 'copyright'],
  ])('%s -> %s', (line, kind) => {
    expect(boilerplateKind(line)).toBe(kind);
  });

  it.each([
    'The council said it would read more widely before deciding.',
    'Voters must register by Friday to take part in the election, officials said.',
    'Share prices fell by 3% on Monday after the announcement.',
    'Tickets cost $7 a month more than last year, the operator said.',
    'Copyright law is changing, and publishers are worried.',
    'Related companies were also fined by the regulator.',
    '16.6%',
    '2,351',
    'Photographers were kept away from the scene for several hours.',
    'Topics of the summit included grain exports and energy.',
    'Tagged vehicles were stopped at the border.',
    'The council published its plan on Monday, along with a map of the route (see photo).',
    'In this city, photographers need a permit to fly drones over the harbour.',
    'Read the statement in full below, he told reporters.'.repeat(6),
  ])('keeps prose: %s', (line) => {
    expect(boilerplateKind(line)).toBeNull();
  });
});

describe('cleanByline', () => {
  it.each([
    ['By Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['By Nathan Willis\n     March 25, 2015', 'Nathan Willis'],
    ['By GILLIAN MOHNEY March 11, 2015 3:46 PM', 'GILLIAN MOHNEY'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['Von Anna Schmidt', 'Anna Schmidt'],
    ['Jane Roe and John Doe', 'Jane Roe and John Doe'],
    ['April 28, 2019 at 6:01 am Updated April 29, 2019', null],
    ['Jean Dupont, publié le 3 mars', 'Jean Dupont'],
    ['Anna Schmidt 3 hours ago', 'Anna Schmidt'],
    ['JANE ROE UPDATED: MARCH 3', 'JANE ROE'],
    ['रवि कुमार 12 दिसंबर 2024', 'रवि कुमार'],
    ['Олег Петров 12 декабря 2024', 'Олег Петров'],
    ['https://www.facebook.com/someone', null],
    ['', null],
    [null, null],
  ])('%s -> %s', (input, expected) => {
    expect(cleanByline(input)).toBe(expected);
  });
});

describe('countWords', () => {
  it.each([
    ['The council said on Monday.', 5],
    ["It's a well-known fact", 4],
    ['宇航员在太空中喝酒', 5],
    ['افتتحت السلطات المصرية الأحد', 4],
    ['नमस्ते दुनिया', 2],
    ['キーワード', 3],
    ['6 ½ miles', 3],
    ['', 0],
  ])('%s -> %i', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});
