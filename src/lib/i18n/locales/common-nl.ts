import type { CommonCatalogue } from './common-en';

export const commonNl: CommonCatalogue = {
  productName: 'Zero-Touch Batches',
  frame: {
    switchToDark: 'Donker thema gebruiken',
    switchToLight: 'Licht thema gebruiken',
    language: 'Taal',
    languageNames: { 'en-US': 'English', 'nl-NL': 'Nederlands' },
    home: 'Startpagina van Zero-Touch Batches',
    loadingPage: 'De pagina wordt geladen…',
  },
  errors: {
    tryAgain: 'Opnieuw proberen',
    somethingWentWrong: 'Er ging iets mis',
    somethingWentWrongHelp:
      'Het dashboard liep tegen een onverwacht probleem aan. Je plek blijft bewaard: probeer het opnieuw, en laad de pagina opnieuw als het blijft gebeuren.',
    pageFailed: 'Deze pagina kan niet worden getoond',
    pageFailedHelp:
      'Iets onverwachts hield deze pagina tegen. Probeer het opnieuw; je plek in het dashboard blijft bewaard.',
    errorLabel: 'Fout',
    codeLabel: 'Code',
    requestIdLabel: 'Aanvraag-id',
    correlationIdLabel: 'Correlatie-id',
    statusLabel: 'HTTP-status',
    partnerCenterCodeLabel: 'Partner Center-code',
    descriptionLabel: 'Omschrijving',
    api: {
      unauthorizedTitle: 'Je sessie is verlopen',
      unauthorizedBody:
        'Partner Center accepteerde je aanmelding niet. Meld je opnieuw aan; je komt daarna terug op deze pagina.',
      signInRefusedTitle: 'Partner Center accepteert je aanmelding niet',
      signInRefusedBody:
        'Partner Center weigert je aanmelding nog steeds, ook nadat je je opnieuw hebt aangemeld, dus het dashboard stuurt je niet nog eens naar de aanmeldpagina. Je organisatie vraagt misschien meer voor Partner Center, zoals meervoudige verificatie of een beheerd apparaat, of dit account heeft geen toegang. Probeer het opnieuw, of meld je opnieuw aan of met een ander account; geef de id’s hieronder aan je beheerder als het blijft gebeuren.',
      noRoleTitle: 'Je hebt geen toegang tot Partner Center',
      noRoleBody:
        'Partner Center weigerde de aanvraag. Vraag je Partner Center-beheerder je account de rol Admin agent of Sales agent te geven en meld je daarna opnieuw aan.',
      noRelationshipTitle: 'Geen toegang tot deze klant',
      noRelationshipBody:
        'Volgens Partner Center heeft je partnerorganisatie geen relatie met deze klant, dus je kunt de gegevens ervan niet zien. Controleer of dit de juiste klant is. Is dat zo, dan is de relatie misschien beëindigd: vraag je Partner Center-beheerder die te herstellen (of, als je Sales agent bent, de klant aan je toe te wijzen).',
      mfaRequiredTitle: 'Partner Center vraagt om meervoudige verificatie',
      mfaRequiredBody:
        'Partner Center vereist meervoudige verificatie (MFA) voor deze aanvragen, en je aanmelding had die niet. Meld je opnieuw aan en rond de MFA-stap af (bijvoorbeeld in de Authenticator-app). Krijg je die stap niet, vraag je beheerder dan om MFA voor je account te vereisen.',
      conditionalAccessTitle: 'Geblokkeerd door voorwaardelijke toegang van je organisatie',
      conditionalAccessBody:
        'Het beleid voor voorwaardelijke toegang (Conditional Access) van je partnerorganisatie heeft deze aanvraag geblokkeerd. Meld je aan vanaf een conform of beheerd apparaat, zoals je werkcomputer, of vraag je beheerder welke apparaten en locaties het beleid voor Partner Center toestaat.',
      notFoundTitle: 'Niet gevonden in Partner Center',
      notFoundBody: 'Partner Center heeft niets op dit adres. De link is misschien verouderd.',
      throttledTitle: 'Partner Center is druk',
      throttledBody:
        'Partner Center vroeg het dashboard het rustiger aan te doen. Wacht even en probeer het opnieuw.',
      serverTitle: 'Partner Center had een probleem',
      serverBody:
        'Partner Center kon nu niet antwoorden (HTTP {{status}}). Probeer het zo opnieuw.',
      badRequestTitle: 'Partner Center weigerde de aanvraag',
      badRequestBody: 'Partner Center kon deze aanvraag niet verwerken (HTTP {{status}}).',
      networkTitle: 'Partner Center is niet bereikbaar',
      networkBody: 'Controleer je netwerkverbinding en probeer het opnieuw.',
      timeoutTitle: 'Partner Center antwoordde niet op tijd',
      timeoutBody: 'De aanvraag duurde te lang. Probeer het zo opnieuw.',
      invalidTitle: 'Onverwacht antwoord van Partner Center',
      invalidBody:
        'Partner Center stuurde een antwoord dat het dashboard niet kan lezen. Probeer het opnieuw; geef de id’s hieronder aan Microsoft-ondersteuning als het blijft gebeuren.',
      foreignLinkTitle: 'Link buiten Partner Center geweigerd',
      foreignLinkBody:
        'Partner Center stuurde een link naar een andere site. Het dashboard volgt die niet, zodat je aanmelding nergens anders heen gaat.',
      abortedTitle: 'De aanvraag is afgebroken',
      abortedBody: 'De aanvraag stopte voordat hij klaar was. Probeer het opnieuw.',
    },
  },
  diagnostics: {
    copy: 'Diagnose kopiëren',
    copied: 'Gekopieerd',
    copiedStatus: 'Diagnose gekopieerd. Plak die in je bericht aan de ondersteuning.',
    copyFailed:
      'Deze browser stond kopiëren niet toe. Selecteer de diagnose hieronder en kopieer die zelf.',
    show: 'Diagnose tonen',
    hide: 'Diagnose verbergen',
    label: 'Diagnose',
    help: 'Voor Microsoft-ondersteuning, in het Engels: wanneer en waar dit gebeurde, de mislukte aanvraag en de id’s ervan.',
  },
  status: {
    queued: 'In wachtrij',
    processing: 'Bezig',
    finished: 'Voltooid',
    finished_with_errors: 'Voltooid met fouten',
    none: 'Geen status',
    archived: 'Gearchiveerd',
    cancelled: 'Geannuleerd',
    paused: 'Gepauzeerd',
    deleted: 'Verwijderd',
    failed: 'Mislukt',
  },
  value: {
    notGiven: 'Niet opgegeven',
    notSet: 'Niet ingesteld',
  },
  time: {
    exact: 'Exacte tijd: {{time}}',
    noTimeZone: 'Partner Center gaf geen tijdzone, dus de tijd is gelezen als UTC.',
  },
  presenter: {
    start: 'Presentatiemodus starten',
    badge: 'Presentatiemodus',
    leave: 'Presentatiemodus verlaten',
    confirmTitle: 'Presentatiemodus verlaten?',
    confirmBody:
      'Andere klanten, recente en favoriete klanten, productsleutels, hardwarehashes en je e-mailadres worden weer getoond. Zorg dat je je scherm niet meer deelt.',
    confirmLeave: 'Presentatiemodus verlaten',
    stay: 'In presentatiemodus blijven',
    masked: 'Verborgen in presentatiemodus',
    listHiddenTitle: 'De klantenlijst is verborgen in presentatiemodus',
    listHiddenBody:
      'Tijdens het presenteren wordt geen andere klant getoond. Verlaat de presentatiemodus (in de kopbalk) om een andere klant te kiezen.',
  },
  connection: {
    offlineTitle: 'Je bent offline',
    offlineBody:
      'Wat op het scherm staat blijft staan. Het dashboard ververst vanzelf zodra de verbinding terug is.',
    throttledTitle: 'Partner Center is druk',
    serverErrorTitle: 'Partner Center had een hapering',
    networkTitle: 'Partner Center antwoordde niet',
    retryingIn_one: 'Nieuwe poging over {{count}} seconde…',
    retryingIn_other: 'Nieuwe poging over {{count}} seconden…',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    body: 'Er is geen pagina op {{path}}. De link is misschien verkeerd getypt of verouderd.',
    goToCustomers: 'Naar klanten',
  },
  startup: {
    title: 'Het dashboard kon niet starten',
    body: 'Een deel van het dashboard is niet geladen: controleer je verbinding en laad de pagina opnieuw. Is er net een nieuwe versie uitgebracht, dan haalt opnieuw laden die op.',
    reload: 'Pagina opnieuw laden',
  },
  config: {
    title: '{{product}} is niet goed ingesteld',
    body: 'Het dashboard kan niet starten omdat deze instellingen ontbreken of onjuist zijn. Vraag degene die deze omgeving beheert ze te herstellen (zie de README, onderdeel Configuration) en laad de pagina daarna opnieuw.',
  },
  start: {
    welcome: 'Welkom bij {{product}}',
    intro:
      'Bekijk de zero-touch Windows-apparaatbatches van je Partner Center-klanten: hun status, wanneer ze zijn aangemaakt en elk apparaat erin.',
    signInWith: 'Meld je aan met je werkaccount (Microsoft Entra ID).',
    rolesNeeded: 'Je hebt de rol Admin agent of Sales agent in Partner Center nodig.',
    signIn: 'Aanmelden',
  },
  auth: {
    signingIn: 'Bezig met aanmelden',
    takingYouToSignIn: 'Je wordt naar de aanmeldpagina gebracht…',
    signInAgain: 'Opnieuw aanmelden',
    accountLabel: 'Account:',
    switchAccount: 'Ander account',
    signInWithAnotherAccount: 'Met een ander account aanmelden',
    signOut: 'Afmelden',
    cancelledTitle: 'Aanmelden is geannuleerd',
    cancelledBody:
      'Je hebt het aanmelden geannuleerd, of de aanmeldservice liet je niet verder. Meld je opnieuw aan om het dashboard te openen.',
    unreachableTitle: 'De aanmeldservice is niet bereikbaar',
    unreachableBody:
      'Het dashboard kon {{authority}} niet bereiken. Controleer je netwerkverbinding en probeer het opnieuw.',
    refusedTitle: 'Aanmelden is geweigerd',
    refusedBody:
      'De aanmeldservice weigerde de aanvraag. Probeer het opnieuw, of vraag je beheerder het dashboard toegang te geven.',
    failedTitle: 'Aanmelden is mislukt',
    failedBody:
      'Het aanmelden is niet afgerond. Probeer het opnieuw; geef de code hieronder aan je beheerder als het blijft mislukken.',
  },
};
