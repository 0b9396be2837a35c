/**
 * Locale data for generated customers: names, addresses and domains that read like a real
 * European/US partner's customer list, accents included.
 */
export interface Country {
  readonly code: string;
  readonly culture: string;
  readonly language: string;
  readonly topLevelDomain: string;
  readonly phonePrefix: string;
  readonly cities: readonly {
    readonly city: string;
    readonly postalCode: string;
    readonly state?: string;
  }[];
  readonly streets: readonly string[];
  readonly firstNames: readonly string[];
  readonly surnames: readonly string[];
  readonly trades: readonly string[];
  readonly legalForms: readonly string[];
  /** Whether the trade reads before the surname ("Transports Dubois") or after ("Janssen Bouw"). */
  readonly tradeFirst: boolean;
}

export const countries: readonly Country[] = [
  {
    code: 'NL',
    culture: 'nl-NL',
    language: 'nl',
    topLevelDomain: 'nl',
    phonePrefix: '+31',
    cities: [
      { city: 'Amsterdam', postalCode: '1012 AB' },
      { city: 'Rotterdam', postalCode: '3011 AD' },
      { city: 'Utrecht', postalCode: '3511 AX' },
      { city: "'s-Hertogenbosch", postalCode: '5211 HX' },
    ],
    streets: ['Keizersgracht', 'Stationsplein', 'Coolsingel', 'Vredenburg', 'Markt'],
    firstNames: ['Sanne', 'Daan', 'Fleur', 'Jeroen', 'Anouk', 'Pieter'],
    surnames: ['Janssen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', "van 't Hof"],
    trades: ['Installatietechniek', 'Logistiek', 'Accountants', 'Bouw', 'Zorggroep', 'Advocaten'],
    legalForms: ['B.V.', 'N.V.', ''],
    tradeFirst: false,
  },
  {
    code: 'DE',
    culture: 'de-DE',
    language: 'de',
    topLevelDomain: 'de',
    phonePrefix: '+49',
    cities: [
      { city: 'Berlin', postalCode: '10115' },
      { city: 'München', postalCode: '80331' },
      { city: 'Köln', postalCode: '50667' },
      { city: 'Düsseldorf', postalCode: '40213' },
    ],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Königsallee', 'Schillerstraße'],
    firstNames: ['Jürgen', 'Lena', 'Matthias', 'Sophie', 'Björn', 'Anja'],
    surnames: ['Müller', 'Schmidt', 'Schäfer', 'Weiß', 'Größer', 'Fischer'],
    trades: ['Präzisionstechnik', 'Maschinenbau', 'Steuerberatung', 'Logistik', 'Elektrotechnik'],
    legalForms: ['GmbH', 'AG', 'GmbH & Co. KG'],
    tradeFirst: false,
  },
  {
    code: 'DK',
    culture: 'da-DK',
    language: 'da',
    topLevelDomain: 'dk',
    phonePrefix: '+45',
    cities: [
      { city: 'København', postalCode: '1050' },
      { city: 'Aarhus', postalCode: '8000' },
      { city: 'Ærøskøbing', postalCode: '5970' },
    ],
    streets: ['Østergade', 'Vestergade', 'Nørregade', 'Strøget'],
    firstNames: ['Søren', 'Mette', 'Rasmus', 'Freja', 'Jørgen'],
    surnames: ['Jensen', 'Nielsen', 'Østergaard', 'Sørensen', 'Bæk'],
    trades: ['Rådgivning', 'Tømrer', 'Revision', 'Transport', 'Bageri'],
    legalForms: ['ApS', 'A/S'],
    tradeFirst: false,
  },
  {
    code: 'FR',
    culture: 'fr-FR',
    language: 'fr',
    topLevelDomain: 'fr',
    phonePrefix: '+33',
    cities: [
      { city: 'Paris', postalCode: '75001' },
      { city: 'Lyon', postalCode: '69001' },
      { city: 'Nantes', postalCode: '44000' },
      { city: 'Orléans', postalCode: '45000' },
    ],
    streets: [
      'Rue de Rivoli',
      'Avenue des Champs-Élysées',
      'Rue de la République',
      'Quai Saint-Éloi',
    ],
    firstNames: ['Amélie', 'François', 'Hélène', 'Jérôme', 'Chloé'],
    surnames: ['Lefèvre', 'Dubois', 'Moreau', "D'Almeida", 'Bénard'],
    trades: ['Transports', 'Conseil', 'Boulangerie', 'Ingénierie', 'Assurances'],
    legalForms: ['SAS', 'SARL', 'SA'],
    tradeFirst: true,
  },
  {
    code: 'GB',
    culture: 'en-GB',
    language: 'en',
    topLevelDomain: 'co.uk',
    phonePrefix: '+44',
    cities: [
      { city: 'London', postalCode: 'EC1A 1BB' },
      { city: 'Manchester', postalCode: 'M1 1AE' },
      { city: 'Leeds', postalCode: 'LS1 4DY' },
      { city: 'Edinburgh', postalCode: 'EH1 1YZ' },
    ],
    streets: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road'],
    firstNames: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George'],
    surnames: ['Smith', 'Taylor', "O'Brien", 'Williams', 'Evans'],
    trades: ['Solicitors', 'Engineering', 'Logistics', 'Dental Care', 'Builders'],
    legalForms: ['Ltd', 'LLP', 'plc'],
    tradeFirst: false,
  },
  {
    code: 'US',
    culture: 'en-US',
    language: 'en',
    topLevelDomain: 'com',
    phonePrefix: '+1',
    cities: [
      { city: 'Redmond', postalCode: '98052', state: 'WA' },
      { city: 'Austin', postalCode: '73301', state: 'TX' },
      { city: 'Denver', postalCode: '80202', state: 'CO' },
      { city: 'Boston', postalCode: '02108', state: 'MA' },
    ],
    streets: ['Main Street', 'Oak Avenue', 'Maple Drive', 'Pine Street'],
    firstNames: ['Emily', 'Michael', 'Jessica', 'Daniel', 'Ashley'],
    surnames: ['Anderson', 'Martinez', 'Nguyen', 'Johnson', 'Garcia'],
    trades: ['Dental Group', 'Manufacturing', 'Analytics', 'Health Partners', 'Legal'],
    legalForms: ['Inc.', 'LLC', 'Corp.'],
    tradeFirst: false,
  },
  {
    code: 'TR',
    culture: 'tr-TR',
    language: 'tr',
    topLevelDomain: 'com.tr',
    phonePrefix: '+90',
    cities: [
      { city: 'İstanbul', postalCode: '34000' },
      { city: 'Ankara', postalCode: '06000' },
      { city: 'İzmir', postalCode: '35000' },
    ],
    streets: ['İstiklal Caddesi', 'Atatürk Bulvarı', 'Cumhuriyet Caddesi'],
    firstNames: ['Ayşe', 'Mehmet', 'Elif', 'Çağrı', 'Şule'],
    surnames: ['Yılmaz', 'Kaya', 'Çelik', 'Şahin', 'Öztürk'],
    trades: ['Ölçü Aletleri', 'Lojistik', 'Danışmanlık', 'İnşaat', 'Yazılım'],
    legalForms: ['A.Ş.', 'Ltd. Şti.'],
    tradeFirst: false,
  },
  {
    code: 'PL',
    culture: 'pl-PL',
    language: 'pl',
    topLevelDomain: 'pl',
    phonePrefix: '+48',
    cities: [
      { city: 'Warszawa', postalCode: '00-001' },
      { city: 'Kraków', postalCode: '30-001' },
      { city: 'Łódź', postalCode: '90-001' },
      { city: 'Gdańsk', postalCode: '80-001' },
    ],
    streets: ['ul. Marszałkowska', 'ul. Floriańska', 'ul. Piotrkowska', 'ul. Długa'],
    firstNames: ['Agnieszka', 'Paweł', 'Małgorzata', 'Łukasz', 'Zofia'],
    surnames: ['Nowak', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Łukasiewicz'],
    trades: ['Serwis', 'Budownictwo', 'Logistyka', 'Doradztwo'],
    legalForms: ['Sp. z o.o.', 'S.A.'],
    tradeFirst: false,
  },
];
