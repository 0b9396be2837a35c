import type { CustomersCatalogue } from './customers-en';

export const customersNl: CustomersCatalogue = {
  page: {
    title: 'Klanten',
    intro: 'Kies een klant om zijn apparaatbatches te zien.',
  },
  search: {
    label: 'Klanten zoeken',
    description: 'Vindt klanten waarvan de bedrijfsnaam of het domein begint met wat je typt.',
    placeholder: 'Bedrijfsnaam of domein',
    clear: 'Zoekopdracht wissen',
    shortcut: 'Druk op / om te zoeken',
  },
  list: {
    allHeading: 'Alle klanten',
    resultsHeading: 'Zoekresultaten',
    loading: 'Klanten laden…',
    searching: 'Zoeken naar “{{search}}”…',
    loadMore: 'Meer klanten laden',
    someLoaded_one: 'De eerste klant wordt getoond. Er zijn er meer.',
    someLoaded_other: 'De eerste {{count, number}} klanten worden getoond. Er zijn er meer.',
    allLoaded_one: 'Je enige klant wordt getoond.',
    allLoaded_other: 'Alle {{count, number}} klanten worden getoond.',
    someMatch_one: 'De eerste treffer voor “{{search}}” wordt getoond. Er zijn er meer.',
    someMatch_other:
      'De eerste {{count, number}} treffers voor “{{search}}” worden getoond. Er zijn er meer.',
    allMatch_one: '1 klant past bij “{{search}}”.',
    allMatch_other: '{{count, number}} klanten passen bij “{{search}}”.',
    noMatchTitle: 'Geen klant past bij “{{search}}”',
    noMatchBody:
      'De zoekopdracht kijkt naar het begin van bedrijfsnamen en domeinen, dus “wind” vindt Northwind niet. Controleer de spelling of typ minder letters.',
    noCustomersTitle: 'Nog geen klanten',
    noCustomersBody:
      'Partner Center toont geen klanten voor je. Een Sales agent ziet alleen de klanten die aan hem zijn toegewezen.',
    loadFailedTitle: 'Klanten konden niet worden geladen',
    moreFailedTitle: 'Meer klanten konden niet worden geladen',
  },
  row: {
    tenantId: 'Tenant-id',
    copyTenantId: 'Tenant-id van {{name}} kopiëren',
    copied: 'Gekopieerd',
    pin: '{{name}} vastzetten bij favorieten',
    unpin: '{{name}} losmaken van favorieten',
    removeRecent: '{{name}} verwijderen uit recente klanten',
  },
  memory: {
    favouritesHeading: 'Favorieten',
    recentsHeading: 'Recente klanten',
    emptyHint:
      'Klanten die je opent verschijnen hier, en klanten die je vastzet blijven bovenaan. Beide worden in deze browser alleen voor jouw account bewaard.',
    switcherHint: 'Typ het begin van een bedrijfsnaam of domein om elke klant te vinden.',
  },
  relationship: {
    none: 'Geen relatie',
    reseller: 'Reseller',
    advisor: 'Adviseur',
    syndication: 'Syndicatie',
    microsoft_support: 'Microsoft-ondersteuning',
    unknown: 'Onbekende relatie',
  },
  header: {
    label: 'Klant',
    loading: 'Klant laden…',
    copyLink: 'Link kopiëren',
    linkCopied: 'Link gekopieerd',
    loadFailedTitle: 'De gegevens van de klant konden niet worden geladen',
    pagesLabel: 'Klantpagina’s',
    batchesPage: 'Batches',
    profilesPage: 'Autopilot-profielen',
  },
  invalidId: {
    title: 'Deze link bevat geen geldige klant-id',
    body: 'Klantpagina’s worden aangeduid met de tenant-id van de klant, een GUID zoals 47021739-3426-40bf-9601-61b4b6d7c793. De link is misschien afgebroken of verkeerd getypt. Kies de klant liever uit je lijst.',
    valueLabel: 'Klant-id in de link',
  },
  notFound: {
    title: 'Klant niet gevonden, of geen relatie met je organisatie',
    body: 'Partner Center kent geen klant met deze tenant-id waarmee je organisatie samenwerkt. Controleer de link, of kies de klant uit je lijst.',
  },
  noRole: {
    title: 'Je account heeft geen rol in Partner Center',
    body: 'Om klanten te zien heeft je account de rol Admin agent of Sales agent nodig in het Partner Center van je organisatie. De beheerder van je partnerorganisatie kent die toe, in Partner Center onder Accountinstellingen › Gebruikersbeheer. Meld je opnieuw aan zodra je de rol hebt, of meld je nu aan met een ander account dat de rol wel heeft.',
  },
  actions: {
    pickCustomer: 'Kies een klant',
  },
  switcher: {
    close: 'Sluiten',
    open: 'Wissel van klant',
    title: 'Wissel van klant',
    loadFailedTitle: 'Klanten zoeken kon niet worden geladen',
    loadFailedBody:
      'Controleer je verbinding en probeer het opnieuw. Is er net een nieuwe versie van het dashboard uitgebracht, laad de pagina dan opnieuw.',
    shortcutMac: '⌘ K',
    shortcutOther: 'Ctrl K',
  },
};
