/** A wire agency and how outlets write its name in credits. */
export interface WireAgency {
  /** Normalised name reported in `ExtractedArticle.credits`. */
  name: string;
  /** Matches the agency's names; acronyms are case-sensitive to avoid ordinary words. */
  pattern: RegExp;
}

/** Wire services whose copy outlets republish; the order is the order credits are reported in. */
export const WIRE_AGENCIES: readonly WireAgency[] = [
  { name: 'AFP', pattern: /\bAFP\b|Agence France[- ]Presse|أ\s?ف\s?ب|فرانس برس|法新社/i },
  { name: 'Reuters', pattern: /\bReuters\b|رويترز|路透社/i },
  { name: 'AP', pattern: /\bAP\b|\bAssociated Press\b|أسوشيتد برس|美联社/ },
  { name: 'PA', pattern: /\bPA\b|\bPA Media\b|\bPress Association\b/ },
  { name: 'dpa', pattern: /\bdpa\b|Deutsche Presse[- ]Agentur/i },
  { name: 'ANSA', pattern: /\bANSA\b/ },
  { name: 'EFE', pattern: /\bEFE\b|Agencia EFE/ },
  { name: 'Xinhua', pattern: /\bXinhua\b|新华社|新華社/i },
  { name: 'CNS', pattern: /\bChina News Service\b|中新社/ },
  { name: 'Kyodo', pattern: /\bKyodo\b|共同通信|共同】/i },
  { name: 'Jiji', pattern: /\bJiji\b|時事通信|時事】/i },
  { name: 'Yonhap', pattern: /\bYonhap\b|연합뉴스/i },
  { name: 'UPI', pattern: /\bUPI\b|United Press International/ },
  { name: 'Bloomberg', pattern: /\bBloomberg\b/ },
  { name: 'AAP', pattern: /\bAAP\b|Australian Associated Press/ },
  { name: 'Canadian Press', pattern: /\bCanadian Press\b/ },
  { name: 'PTI', pattern: /\bPTI\b|Press Trust of India/ },
  { name: 'ANI', pattern: /\bANI\b|Asian News International/ },
  { name: 'IANS', pattern: /\bIANS\b/ },
  { name: 'TASS', pattern: /\bTASS\b/i },
  { name: 'Interfax', pattern: /\bInterfax\b/i },
  { name: 'RIA Novosti', pattern: /\bRIA Novosti\b/i },
  { name: 'Anadolu', pattern: /\bAnadolu\b/i },
  { name: 'Europa Press', pattern: /\bEuropa Press\b/i },
  { name: 'Lusa', pattern: /\bLusa\b/ },
  { name: 'ANP', pattern: /\bANP\b/ },
  { name: 'Belga', pattern: /\bBelga\b/ },
  { name: 'APA', pattern: /\bAPA\b/ },
  { name: 'Keystone-SDA', pattern: /\bKeystone-SDA\b|\bSDA\b|\bATS\b/ },
  { name: 'KNA', pattern: /\bKNA\b/ },
  { name: 'epd', pattern: /\bepd\b/ },
  { name: 'NTB', pattern: /\bNTB\b/ },
  { name: 'Ritzau', pattern: /\bRitzau\b/i },
  { name: 'PAP', pattern: /\bPAP\b/ },
  { name: 'ČTK', pattern: /\bČTK\b|\bCTK\b/ },
  { name: 'MTI', pattern: /\bMTI\b/ },
  { name: 'Agerpres', pattern: /\bAgerpres\b/i },
  { name: 'WAFA', pattern: /\bWAFA\b/ },
  { name: 'Bernama', pattern: /\bBernama\b/i },
  { name: 'Antara', pattern: /\bAntara\b/ },
];
