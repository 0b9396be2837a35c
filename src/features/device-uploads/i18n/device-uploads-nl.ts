import type { DeviceUploadsCatalogue } from './device-uploads-en';

export const deviceUploadsNl: DeviceUploadsCatalogue = {
  page: {
    title: 'Apparaten registreren',
    intro:
      'Upload een Autopilot-CSV om de apparaten van deze klant te registreren bij Windows Autopilot. Elke rij wordt hier gecontroleerd voordat er iets wordt verstuurd.',
    breadcrumb: 'Apparaten registreren',
  },
  entry: {
    registerDevices: 'Apparaten registreren',
    addDevices: 'Apparaten aan deze batch toevoegen',
    needsAdminAgent: 'Hiervoor is de rol Beheeragent (Admin agent) in Partner Center nodig',
  },
  role: {
    notAdminTitle: 'Je account kan geen apparaten registreren',
    notAdminBody:
      'Voor het registreren van apparaten is de rol Beheeragent (Admin agent) in Partner Center nodig. Je account heeft die rol niet, dus Partner Center zou de upload weigeren. Vraag een beheerder van je partnerorganisatie je account de rol Beheeragent te geven en meld je daarna opnieuw aan.',
    unknownNote:
      'Voor het registreren van apparaten is de rol Beheeragent (Admin agent) in Partner Center nodig. Partner Center controleert dat wanneer je de apparaten verstuurt.',
    refusedTitle: 'Partner Center weigerde: hiervoor is de rol Beheeragent (Admin agent) nodig',
    refusedBody:
      'Je account mag de batches van deze klant bekijken, maar geen apparaten registreren. Er is niets geregistreerd. Vraag een beheerder van je partnerorganisatie je account de rol Beheeragent (Admin agent) te geven en meld je daarna opnieuw aan.',
  },
  file: {
    label: 'Autopilot-CSV-bestand',
    drop: 'Sleep een CSV-bestand hierheen of kies er een',
    choose: 'Bestand kiezen…',
    hint: 'Het bestand dat Get-WindowsAutopilotInfo -Partner schrijft, of een bestand dat is geëxporteerd uit Partner Center of Intune. Maximaal {{maxMegabytes}} MB.',
    reading: '{{name}} wordt gelezen…',
    chosen: '{{name}} ({{size}})',
    chooseAnother: 'Ander bestand kiezen',
    onlyOne: 'Sleep één bestand tegelijk hierheen: alleen {{name}} is gelezen.',
  },
  fileProblem: {
    title: 'Dit bestand is niet bruikbaar',
    empty:
      'Het bestand is leeg. Kies het CSV-bestand dat Get-WindowsAutopilotInfo heeft geschreven.',
    binary:
      'Dit is geen tekstbestand (misschien is het een Excel-werkmap of een zip-bestand). Sla het op als CSV, of kies het CSV-bestand dat Get-WindowsAutopilotInfo heeft geschreven.',
    tooLarge:
      'Het bestand is groter dan {{maxMegabytes}} MB: veel groter dan een CSV met apparaten. Controleer of het het juiste bestand is, of splits het op in meerdere bestanden.',
    noRows: 'Het bestand heeft een kopregel, maar geen apparaten.',
    unrecognisedHeader:
      'De eerste regel bevat niet de kolomnamen van een Autopilot-CSV. Er staat: {{found}}.',
    noHeaderRow: 'Het bestand heeft geen kopregel: de eerste regel is al een apparaat.',
    duplicateColumn:
      'De kolom “{{column}}” komt twee keer voor, dus het is niet duidelijk welke moet worden verstuurd. Verwijder een van beide.',
    expected:
      'Verwacht werden de kolommen van een Partner Center-CSV: {{partnerCenter}}; of die van een Intune-CSV: {{intune}}.',
    unreadable: 'Het bestand kon niet worden gelezen: {{message}}',
  },
  summary: {
    heading: 'Wat er in het bestand staat',
    format: {
      partnerCenter: 'Partner Center-CSV',
      intune: 'Intune-CSV',
    },
    encoding: 'Gelezen als {{encoding}}',
    rows_one: '{{formatted}} rij',
    rows_other: '{{formatted}} rijen',
    ready_one: '{{formatted}} apparaat klaar om te registreren',
    ready_other: '{{formatted}} apparaten klaar om te registreren',
    withProblems_one: '{{formatted}} rij met problemen',
    withProblems_other: '{{formatted}} rijen met problemen',
    intuneColumns:
      'Dit is de indeling van Intune. De kolommen {{columns}} zijn Intune-instellingen (een groepstag voor dynamische groepen, een gebruiker om toe te wijzen): Partner Center heeft zulke velden niet, dus ze worden niet verstuurd. Stel ze na het registreren in Intune in.',
    noManufacturerOrModel:
      'Het bestand heeft geen kolommen voor fabrikant of model, dus elk apparaat heeft een hardwarehash of een product-id nodig.',
    extraColumns: 'Kolommen die niet worden verstuurd: {{columns}}.',
    checkingKnown: 'Vergelijken met de apparaten die deze klant al heeft…',
    knownChecked_one: 'Vergeleken met {{formatted}} apparaat dat deze klant al heeft.',
    knownChecked_other: 'Vergeleken met de {{formatted}} apparaten die deze klant al heeft.',
    knownIncomplete:
      'Niet alle bestaande apparaten van de klant konden worden geladen, dus apparaten die al zijn geregistreerd, worden hier misschien niet gemarkeerd. Partner Center weigert die (code 806) en de resultaten vermelden dat.',
    knownRetry: 'Opnieuw laden',
  },
  problems: {
    heading: 'Rijen met problemen',
    intro:
      'Deze rijen worden niet verstuurd. Herstel ze in het bestand en kies het opnieuw, of laat ze weg en registreer de andere.',
    tableLabel: 'Rijen met problemen',
    line: 'Regel',
    serialNumber: 'Serienummer',
    device: 'Apparaat',
    problem: 'Probleem',
    more_one: 'En nog {{formatted}} rij met problemen, in de CSV met weggelaten rijen.',
    more_other: 'En nog {{formatted}} rijen met problemen, in de CSV met weggelaten rijen.',
    leaveOut_one: 'Deze rij weglaten',
    leaveOut_other: 'Deze {{formatted}} rijen weglaten',
    leftOut_one: 'Deze rij wordt weggelaten.',
    leftOut_other: 'Deze {{formatted}} rijen worden weggelaten.',
    undoLeaveOut: 'Ongedaan maken',
    download: 'Deze rijen downloaden als CSV',
    noValidRows:
      'Geen enkele rij van dit bestand kan worden geregistreerd. Herstel de problemen hierboven en kies het bestand opnieuw.',
    cellProblems_one: 'Regel {{lines}} kon niet in cellen worden opgesplitst en wordt weggelaten.',
    cellProblems_other:
      'De regels {{lines}} konden niet in cellen worden opgesplitst en worden weggelaten.',
    codes: {
      noIdentifier:
        'Het apparaat is niet te identificeren: het heeft een hardwarehash of een product-id nodig, of serienummer, fabrikant en model samen.',
      incompleteTuple:
        'Geen hardwarehash of product-id, en het veld {{missing}} ontbreekt: serienummer, fabrikant en model zijn samen nodig.',
      hashCharacters:
        'De hardwarehash is geen base64: er staan spaties, regeleinden of andere tekens in. Kopieer hem opnieuw uit het oorspronkelijke bestand.',
      hashLength:
        'De hardwarehash is afgekapt (de lengte is geen veelvoud van 4). Kopieer hem opnieuw uit het oorspronkelijke bestand.',
      hashImplausible:
        'De hardwarehash is maar {{bytes}} bytes: te kort voor een hash van Windows 10/11 (4K), die minstens {{minimumBytes}} bytes is. Lees hem opnieuw uit op het apparaat.',
      duplicateInFile: 'Hetzelfde apparaat als op regel {{line}} ({{by}}).',
      alreadyRegistered:
        'Al geregistreerd bij deze klant ({{by}}): Partner Center zou het weigeren.',
    },
    identifiers: {
      hardwareHash: 'zelfde hardwarehash',
      productKey: 'zelfde product-id',
      serialNumber: 'zelfde serienummer',
    },
    fields: {
      serialNumber: 'serienummer',
      productKey: 'product-id',
      hardwareHash: 'hardwarehash',
      oemManufacturerName: 'fabrikant',
      modelName: 'model',
    },
  },
  target: {
    legend: 'Batch',
    newBatch: 'Een nieuwe batch',
    existingBatch: 'Een bestaande batch',
    name: 'Naam van de nieuwe batch',
    nameHint:
      'Alle tekens zijn toegestaan; de naam moet verschillen van de andere batchnamen van deze klant.',
    existing: 'Batch waaraan je de apparaten toevoegt',
    existingPlaceholder: 'Kies een batch',
    noBatches: 'Deze klant heeft nog geen batches.',
    loadingBatches: 'Batches van deze klant laden…',
    nameProblems: {
      empty: 'Geef de nieuwe batch een naam.',
      tooLong: 'Gebruik maximaal {{max}} tekens voor de naam.',
      controlCharacters: 'De naam mag geen regeleinden of tabs bevatten.',
      taken:
        'Deze klant heeft al een batch met de naam “{{name}}”. Kies een andere naam, of voeg de apparaten aan die batch toe.',
    },
    chooseExisting: 'Kies de batch waaraan je de apparaten wilt toevoegen.',
    existingMissing:
      'Deze klant heeft geen batch met de naam “{{name}}”. Kies een van de batches, of registreer de apparaten in een nieuwe batch.',
    batchesNotLoaded:
      'De batches van deze klant konden niet worden geladen, dus de batch kan nog niet worden gecontroleerd.',
  },
  review: {
    button_one: '{{formatted}} apparaat controleren en registreren…',
    button_other: '{{formatted}} apparaten controleren en registreren…',
  },
  confirm: {
    title: 'Deze apparaten registreren?',
    newBatch_one:
      '{{formatted}} apparaat wordt geregistreerd in een nieuwe batch “{{batch}}” voor {{customer}}.',
    newBatch_other:
      '{{formatted}} apparaten worden geregistreerd in een nieuwe batch “{{batch}}” voor {{customer}}.',
    existingBatch_one:
      '{{formatted}} apparaat wordt toegevoegd aan de batch “{{batch}}” van {{customer}}.',
    existingBatch_other:
      '{{formatted}} apparaten worden toegevoegd aan de batch “{{batch}}” van {{customer}}.',
    requests:
      'Ze worden na elkaar naar Partner Center verstuurd, in {{count}} aanvragen van maximaal {{size}} apparaten.',
    leftOut_one: '{{formatted}} rij met problemen wordt niet verstuurd.',
    leftOut_other: 'De {{formatted}} rijen met problemen worden niet verstuurd.',
    notChanged:
      'Er wordt geen Autopilot-profiel toegewezen, er wordt geen apparaat gewijzigd en de andere batches van de klant blijven ongemoeid. Partner Center controleert elk apparaat; geweigerde apparaten worden daarna getoond.',
    cannotUndo:
      'Een geregistreerd apparaat kun je alleen verwijderen door achteraf de registratie ongedaan te maken.',
    cancel: 'Annuleren',
    send_one: '{{formatted}} apparaat registreren',
    send_other: '{{formatted}} apparaten registreren',
  },
  sending: {
    progress: 'Aanvraag {{current}} van {{total}} wordt naar Partner Center verstuurd…',
    keepOpen: 'Houd deze pagina open tot elke aanvraag is verstuurd.',
  },
  stopped: {
    outcomeUnknownTitle: 'Partner Center heeft de upload niet bevestigd',
    outcomeUnknownBody:
      'Aanvraag {{request}} van {{total}} kreeg geen duidelijk antwoord: Partner Center heeft de apparaten ervan misschien geregistreerd, misschien ook niet. De aanvraag is niet opnieuw verstuurd, zodat er niets twee keer wordt geregistreerd. Upload het bestand niet opnieuw voordat je de batch hebt gecontroleerd: open hem over een paar minuten en kijk of de apparaten erin staan.',
    refusedTitle: 'Partner Center weigerde de upload',
    refusedBody:
      'Aanvraag {{request}} van {{total}} is geweigerd, dus geen van de apparaten ervan is geregistreerd.',
    notSent_one: '{{formatted}} apparaat uit een latere aanvraag is niet verstuurd.',
    notSent_other: '{{formatted}} apparaten uit latere aanvragen zijn niet verstuurd.',
    acceptedBefore_one:
      '{{formatted}} apparaat dat daarvoor is verstuurd, is geaccepteerd en wordt verwerkt.',
    acceptedBefore_other:
      '{{formatted}} apparaten die daarvoor zijn verstuurd, zijn geaccepteerd en worden verwerkt.',
    followAccepted: 'De geaccepteerde apparaten volgen',
    checkBatch: 'De apparaten in de batch controleren',
    batchTaken:
      'Deze klant heeft al een batch met deze naam, misschien net aangemaakt door iemand anders. Kies een andere naam, of voeg de apparaten aan die batch toe.',
    tryAgain: 'Terug naar het bestand',
  },
  tracker: {
    title: 'Upload naar {{batch}}',
    titleWithoutBatch: 'Apparaatupload',
    breadcrumb: 'Upload',
    trackingId: 'Tracking-id',
    started: 'Gestart',
    stage: {
      starting: 'Status van de upload opvragen bij Partner Center…',
      running: 'Partner Center registreert de apparaten…',
      finished: 'Voltooid: elk apparaat is geregistreerd.',
      finishedWithErrors: 'Voltooid met fouten: sommige apparaten zijn niet geregistreerd.',
      unclear:
        'Partner Center geeft deze upload de status “{{status}}”. Daaruit blijkt niet of hij nog bezig is of voltooid.',
    },
    progressLabel: 'Verwerkte apparaten',
    progress: '{{done}} van {{total}} apparaten verwerkt',
    counts: '{{registered}} geregistreerd, {{failed}} niet geregistreerd',
    nextCheck:
      'Opnieuw controleren over {{seconds}} s. Je kunt deze pagina sluiten: de upload gaat door, en op dit adres zie je hem weer.',
    checkNow: 'Nu controleren',
    pollFailedTitle: 'De status van de upload kon niet worden opgehaald',
    pollFailedBody:
      'De upload zelf heeft daar geen last van. Het dashboard blijft het vragen, maar minder vaak; deze pagina toont de laatste status die het kreeg.',
    notFoundTitle: 'Partner Center kent deze upload niet',
    notFoundBody:
      'Er is voor deze klant geen upload met tracking-id {{trackingId}} gevonden. Misschien hoort hij bij een andere klant, of is het adres afgebroken. De apparaten in de batch laten zien wat er is geregistreerd.',
    viewDevices: 'Apparaten in {{batch}} bekijken',
    backToBatches: 'Terug naar de batches',
    resultsHeading: 'Niet-geregistreerde apparaten',
    resultsIntro:
      'Herstel deze apparaten en upload ze opnieuw: de CSV hieronder bevat ze in de indeling die deze pagina leest.',
    resultsLabel: 'Niet-geregistreerde apparaten',
    serialNumber: 'Serienummer',
    productKey: 'Product-id',
    reason: 'Reden',
    code: 'Code',
    downloadFailed: 'Niet-geregistreerde apparaten downloaden (CSV)',
    downloadWithoutHashes:
      'Deze pagina is opnieuw geopend, dus de hardwarehashes uit het bestand zijn niet meer beschikbaar: de CSV bevat de serienummers en product-id’s die Partner Center meldt. Neem de hashes over uit het oorspronkelijke bestand.',
    moreResults_one: 'En nog {{formatted}} apparaat, in de CSV.',
    moreResults_other: 'En nog {{formatted}} apparaten, in de CSV.',
    errors: {
      alreadyInThisTenant:
        'Al geregistreerd bij deze klant (806): het staat in een van de batches van de klant. Je hoeft niets te doen.',
      inAnotherTenant:
        'Geregistreerd bij een andere organisatie (808): die organisatie of haar partner moet eerst de registratie daar ongedaan maken voordat het apparaat hier kan worden geregistreerd.',
      invalidHash:
        'De hardwarehash is ongeldig (802): lees hem opnieuw uit op het apparaat met Get-WindowsAutopilotInfo.',
      duplicated:
        'Hetzelfde apparaat staat meer dan eens in deze upload: één exemplaar is geregistreerd.',
      storage:
        'Partner Center kon het apparaat niet opslaan (een tijdelijke fout): upload het opnieuw.',
      other: 'Partner Center weigerde het apparaat: {{description}}',
      otherWithoutDescription: 'Partner Center weigerde het apparaat zonder een reden te geven.',
    },
    notSentNote_one:
      '{{formatted}} apparaat van deze upload is nooit verstuurd, omdat een eerdere aanvraag mislukte. Upload het opnieuw vanuit het oorspronkelijke bestand.',
    notSentNote_other:
      '{{formatted}} apparaten van deze upload zijn nooit verstuurd, omdat een eerdere aanvraag mislukte. Upload ze opnieuw vanuit het oorspronkelijke bestand.',
  },
  recent: {
    heading: 'Je recente uploads',
    label: 'Je recente uploads voor deze klant',
    upload_one: '{{formatted}} apparaat naar {{batch}}',
    upload_other: '{{formatted}} apparaten naar {{batch}}',
  },
  csv: {
    fileName: '{{batch}} - niet geregistreerd.csv',
    leftOutFileName: '{{name}} - weggelaten rijen.csv',
    reason: 'Reden',
    code: 'Code',
    line: 'Regel',
  },
};
