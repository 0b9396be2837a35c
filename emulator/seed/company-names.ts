import type { Country } from './countries';
import type { Random } from './random';

/** Brand-style names that occur in every country ("Alpine Systems", "Harbor Foods"). */
const brandWords = [
  'Alpine',
  'Lakeside',
  'Summit',
  'Harbor',
  'Evergreen',
  'Pioneer',
  'Nordic',
  'Blue Yonder',
  'Crescent',
  'Meridian',
  'Litware',
  'Proseware',
  'Trey',
  'VanArsdel',
];
const brandIndustries = [
  'Systems',
  'Solutions',
  'Health',
  'Foods',
  'Retail',
  'Energy',
  'Media',
  'Airlines',
  'Research',
  'Insurance',
  'Consulting',
  'Robotics',
];

export interface GeneratedCompanyName {
  readonly companyName: string;
  /** The name without its legal form, for domain names. */
  readonly stem: string;
}

/** A company name in the style of `country`: family business, partnership or brand. */
export function generateCompanyName(random: Random, country: Country): GeneratedCompanyName {
  const legalForm = random.pick(country.legalForms);
  const stem = generateStem(random, country);
  return { companyName: legalForm === '' ? stem : `${stem} ${legalForm}`, stem };
}

function generateStem(random: Random, country: Country): string {
  const style = random.next();
  if (style < 0.5) {
    const surname = random.pick(country.surnames);
    const trade = random.pick(country.trades);
    return country.tradeFirst ? `${trade} ${surname}` : `${surname} ${trade}`;
  }
  if (style < 0.72) {
    const first = random.pick(country.surnames);
    const second = random.pick(country.surnames.filter((surname) => surname !== first));
    return `${first} & ${second} ${random.pick(country.trades)}`;
  }
  if (style < 0.85) {
    const { city } = random.pick(country.cities);
    return `${random.pick(country.surnames)} ${random.pick(country.trades)} ${city}`;
  }
  return `${random.pick(brandWords)} ${random.pick(brandIndustries)}`;
}

const foldedLetters: Readonly<Record<string, string>> = {
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  ı: 'i',
  đ: 'd',
};

/** Lower-case ASCII letters and digits only, accents folded: "Ærøskøbing" → "aeroskobing". */
export function foldToAscii(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøœßłıđ]/g, (letter) => foldedLetters[letter] ?? '')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

export const domainLabelFor = (companyName: string): string =>
  foldToAscii(companyName).slice(0, 24);
