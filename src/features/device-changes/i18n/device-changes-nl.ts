import type { deviceChangesEn } from './device-changes-en';

/** The device changes feature's words in Dutch (informal "je"). */
export const deviceChangesNl: typeof deviceChangesEn = {
  actions: {
    menu: 'Acties',
    assign: 'Profiel toewijzen…',
    deregister: 'Registratie opheffen…',
    assignSkipped_one:
      '{{formatted}} geselecteerd apparaat mag geen profiel krijgen (Partner Center staat dat voor dit apparaat niet toe): het wordt overgeslagen.',
    assignSkipped_other:
      '{{formatted}} geselecteerde apparaten mogen geen profiel krijgen (Partner Center staat dat voor deze apparaten niet toe): ze worden overgeslagen.',
    deregisterSkipped_one:
      'Van {{formatted}} geselecteerd apparaat mag de registratie niet worden opgeheven (Partner Center staat dat voor dit apparaat niet toe): het wordt overgeslagen.',
    deregisterSkipped_other:
      'Van {{formatted}} geselecteerde apparaten mag de registratie niet worden opgeheven (Partner Center staat dat voor deze apparaten niet toe): ze worden overgeslagen.',
    showDestructive: 'Onomkeerbare acties tonen tijdens het presenteren',
    destructiveHidden: 'Registratie opheffen is verborgen terwijl je presenteert.',
  },
  role: {
    needsAdminAgent:
      'Voor het toewijzen van Autopilot-profielen en het opheffen van registraties is de rol Beheeragent (Admin agent) in Partner Center nodig. Je account heeft die rol niet, dus deze acties worden niet aangeboden. Vraag een beheerder van je partnerorganisatie om de rol en meld je daarna opnieuw aan.',
    unknownNote:
      'Voor het wijzigen van apparaten is de rol Beheeragent (Admin agent) in Partner Center nodig. Partner Center controleert dat wanneer je de wijziging verstuurt.',
    refusedTitle: 'Partner Center weigert: hiervoor is de rol Beheeragent nodig',
    refusedBody:
      'Je account mag de apparaten van deze klant bekijken, maar niet wijzigen. Er is niets gewijzigd. Vraag een beheerder van je partnerorganisatie je account de rol Beheeragent (Admin agent) te geven en meld je daarna opnieuw aan.',
  },
  assign: {
    title: 'Een Autopilot-profiel toewijzen',
    chooseLegend: 'Autopilot-profiel',
    chooseIntro_one: 'Kies het profiel voor het {{formatted}} geselecteerde apparaat.',
    chooseIntro_other: 'Kies het profiel voor de {{formatted}} geselecteerde apparaten.',
    loadingProfiles: 'De profielen van deze klant worden geladen…',
    profilesFailed: 'De profielen van deze klant konden niet worden geladen.',
    noProfiles: 'Deze klant heeft nog geen Autopilot-profielen.',
    manageProfiles: 'De profielen van deze klant beheren',
    unnamed: 'Profiel zonder naam ({{id}})',
    noDescription: 'Geen beschrijving',
    devicesUsing_one: 'Gebruikt door {{formatted}} apparaat',
    devicesUsing_other: 'Gebruikt door {{formatted}} apparaten',
    next: 'Volgende',
    back: 'Terug',
    cancel: 'Annuleren',
    close: 'Sluiten',
    confirmTitle: 'Dit profiel toewijzen?',
    confirmWhat_one:
      '{{formatted}} apparaat van de batch “{{batch}}” van {{customer}} krijgt het Autopilot-profiel “{{profile}}”.',
    confirmWhat_other:
      '{{formatted}} apparaten van de batch “{{batch}}” van {{customer}} krijgen het Autopilot-profiel “{{profile}}”.',
    whenApplied:
      'Een apparaat krijgt het profiel de volgende keer dat het de eerste installatie (OOBE) doorloopt. Apparaten die al zijn ingericht en in gebruik zijn, veranderen pas als ze opnieuw worden ingesteld.',
    othersUntouched:
      'De andere apparaten van de batch en de andere batches van de klant blijven ongemoeid.',
    replaces: 'Een apparaat met een ander profiel krijgt in plaats daarvan dit profiel.',
    requests:
      'Ze worden in {{count}} verzoeken van hoogstens {{size}} apparaten naar Partner Center gestuurd, na elkaar.',
    send_one: 'Toewijzen aan {{formatted}} apparaat',
    send_other: 'Toewijzen aan {{formatted}} apparaten',
    sending: 'Verzoek {{current}} van {{total}} wordt naar Partner Center gestuurd…',
    keepOpen: 'Houd deze pagina open tot elk verzoek is verstuurd.',
    profileGoneTitle: 'Dit profiel bestaat niet meer',
    profileGoneBody:
      'Partner Center kent het profiel “{{profile}}” niet meer: het is verwijderd nadat je het koos. De apparaten van verzoek {{request}} van {{total}} zijn niet gewijzigd. Kies een ander profiel voor ze.',
    chooseAnother: 'Een ander profiel kiezen',
    throttledTitle: 'Partner Center heeft het te druk en weigerde het verzoek',
    throttledBody:
      'Verzoek {{request}} van {{total}} is geweigerd voordat het werd verwerkt, dus er is daardoor niets gewijzigd. Je kunt het opnieuw versturen.',
    sendAgain_one: 'Opnieuw versturen voor {{formatted}} apparaat',
    sendAgain_other: 'Opnieuw versturen voor {{formatted}} apparaten',
    outcomeUnknownTitle: 'Partner Center heeft de wijziging niet bevestigd',
    outcomeUnknownBody:
      'Verzoek {{request}} van {{total}} kreeg geen duidelijk antwoord: misschien is Partner Center begonnen de apparaten het profiel te geven, misschien niet. Het is niet opnieuw verstuurd. Wacht een paar minuten en controleer de kolom “Autopilot-profiel” op de pagina van de batch voordat je opnieuw toewijst.',
    refusedTitle: 'Partner Center weigerde de wijziging',
    refusedBody:
      'Verzoek {{request}} van {{total}} is geweigerd, dus de apparaten ervan zijn niet gewijzigd.',
    acceptedBefore_one:
      '{{formatted}} apparaat in eerdere verzoeken is geaccepteerd en krijgt het profiel.',
    acceptedBefore_other:
      '{{formatted}} apparaten in eerdere verzoeken zijn geaccepteerd en krijgen het profiel.',
    notSent_one: '{{formatted}} later apparaat is niet verstuurd.',
    notSent_other: '{{formatted}} latere apparaten zijn niet verstuurd.',
    followAccepted: 'De geaccepteerde apparaten volgen',
    checkDevices: 'De apparaten van de batch controleren',
  },
  deregister: {
    title: 'De registratie van deze apparaten opheffen?',
    what_one:
      'De Windows Autopilot-registratie van {{formatted}} apparaat van de batch “{{batch}}” van {{customer}} wordt opgeheven.',
    what_other:
      'De Windows Autopilot-registratie van {{formatted}} apparaten van de batch “{{batch}}” van {{customer}} wordt opgeheven.',
    onlyRegistration:
      'Dit verwijdert alleen de Autopilot-registratie: de apparaten krijgen bij hun volgende eerste installatie geen Autopilot-profiel meer.',
    notIntune:
      'De apparaten worden NIET uitgeschreven bij Intune en NIET verwijderd uit Microsoft Entra ID: doe dat daar, als dat nodig is.',
    cannotUndo:
      'Dit kan niet ongedaan worden gemaakt. Om de apparaten opnieuw te registreren, upload je ze opnieuw: download eerst hun CSV.',
    othersUntouched: 'De andere apparaten van de batch blijven ongemoeid.',
    downloadBefore: 'De CSV van deze apparaten downloaden',
    downloadMasked:
      'Presentatiemodus: de CSV maskeert product-ID’s en hardwarehashes, net als het scherm. Verlaat de presentatiemodus om een CSV te downloaden die je opnieuw kunt uploaden.',
    cancel: 'Annuleren',
    confirm_one: 'Registratie van {{formatted}} apparaat opheffen',
    confirm_other: 'Registratie van {{formatted}} apparaten opheffen',
  },
  tracker: {
    breadcrumb: 'Apparaatwijziging',
    assignTitle: 'Profiel voor apparaten van {{batch}}',
    deregisterTitle: 'Registraties opheffen in {{batch}}',
    titleWithoutBatch: 'Apparaatwijziging',
    changeId: 'Wijzigings-ID',
    viewDevices: 'De apparaten van {{batch}} bekijken',
    backToBatches: 'Terug naar de batches',
    unknownKind:
      'Dit adres zegt niet om welke wijziging het gaat. Misschien is het afgekort: open de wijziging opnieuw vanaf de plek waar je haar startte.',
    progressLabel: 'Apparaten klaar',
    checkNow: 'Nu controleren',
    assign: {
      profile: 'Profiel: {{profile}}',
      profileUnknown: 'Profiel-ID: {{id}}',
      starting: 'Partner Center wordt gevraagd hoe de wijziging verloopt…',
      running: 'Partner Center geeft de apparaten het profiel…',
      finished: 'Klaar: elk apparaat heeft het profiel.',
      finishedWithErrors: 'Klaar met fouten: sommige apparaten hebben het profiel niet gekregen.',
      unclear:
        'Partner Center geeft deze wijziging de status “{{status}}”, die niet zegt of ze nog loopt of klaar is.',
      progress: '{{done}} van {{total}} apparaten klaar',
      counts: '{{succeeded}} met het profiel, {{failed}} zonder',
      nextCheck:
        'Over {{seconds}} s wordt opnieuw gecontroleerd. Je kunt deze pagina sluiten: de wijziging gaat door, en dit adres laat haar weer zien.',
      whenApplied:
        'De apparaten krijgen het profiel bij hun volgende eerste installatie; apparaten die al zijn ingericht, houden het hunne tot ze opnieuw worden ingesteld.',
      pollFailedTitle: 'De status van de wijziging kon niet worden opgehaald',
      pollFailedBody:
        'De wijziging zelf heeft hier geen last van. Het dashboard blijft het vragen, minder vaak; deze pagina toont de laatste status die het kreeg.',
      notFoundTitle: 'Partner Center kent deze wijziging niet',
      notFoundBody:
        'Er is voor deze klant geen taak met tracking-ID {{trackingId}} gevonden. Misschien is het adres afgekort. De apparaten van de batch tonen het profiel van elk apparaat.',
      failedHeading: 'Apparaten die het profiel niet kregen',
      failedLabel: 'Apparaten die het profiel niet kregen',
      device: 'Apparaat',
      reason: 'Waarom',
      reasonWithCode: '{{description}} (code {{code}})',
      reasonUnknown: 'Partner Center zei niet waarom (code {{code}}).',
      reasonNone: 'Partner Center zei niet waarom.',
      moreFailed_one: 'En nog {{formatted}} apparaat.',
      moreFailed_other: 'En nog {{formatted}} apparaten.',
    },
    deregister: {
      running: 'Registraties worden opgeheven: {{done}} van {{total}} klaar…',
      elsewhere:
        'Een ander tabblad van deze browser heft de registraties van deze apparaten op; deze pagina volgt wat het doet.',
      finished: 'Klaar: de registratie van elk apparaat is opgeheven.',
      finishedWithProblems:
        'Klaar: van sommige apparaten kon de registratie niet worden opgeheven. Ze staan hieronder; je kunt het voor ze opnieuw proberen.',
      keepOpen:
        'Houd deze pagina open tot elk apparaat klaar is. Sluit ze toch, open dit adres dan opnieuw in deze browser: het gaat verder waar het stopte.',
      progress: '{{done}} van {{total}} apparaten klaar',
      counts: '{{deregistered}} opgeheven, {{alreadyGone}} al weg, {{refused}} geweigerd',
      notKnownTitle: 'Deze browser kent deze wijziging niet',
      notKnownBody:
        'Het opheffen van registraties wordt bewaard in de browser die het startte (aangemeld met hetzelfde account), dus alleen die browser kan het tonen en afmaken. De apparaten van de batch laten zien welke apparaten nog geregistreerd zijn.',
      loading: 'De wijziging wordt geopend…',
      outcome: {
        pending: 'Wacht',
        deregistered: 'Registratie opgeheven',
        alreadyGone: 'Registratie was al opgeheven: het apparaat stond niet meer in de batch.',
        refused: 'Geweigerd',
      },
      resultsHeading: 'Apparaten',
      resultsLabel: 'Apparaten van deze wijziging',
      device: 'Apparaat',
      result: 'Resultaat',
      details: 'Details',
      failure: 'HTTP {{status}}, code {{code}}: {{description}}',
      failureWithoutCode: 'HTTP {{status}}',
      failureNoAnswer: 'Geen antwoord van Partner Center ({{kind}})',
      failureForbidden:
        'Partner Center staat niet toe dat je account de registratie van dit apparaat opheft (HTTP 403).',
      requestId: 'Aanvraag-ID {{id}}',
      correlationId: 'Correlatie-ID {{id}}',
      tryFailedAgain_one: 'Het {{formatted}} mislukte apparaat opnieuw proberen',
      tryFailedAgain_other: 'De {{formatted}} mislukte apparaten opnieuw proberen',
      moreResults_one: 'En nog {{formatted}} apparaat, in de CSV.',
      moreResults_other: 'En nog {{formatted}} apparaten, in de CSV.',
      downloadAfter: 'De CSV van de apparaten zonder registratie downloaden',
      downloadIntro:
        'Om deze apparaten opnieuw te registreren, upload je deze CSV op de pagina “Apparaten registreren”.',
      downloadWithoutHashes:
        'Deze pagina is opnieuw geopend, dus de hardwarehashes en product-ID’s van de apparaten zijn niet meer bij de hand: de CSV bevat serienummers, fabrikanten en modellen, die Partner Center ook accepteert. Gebruik de CSV die je vóór het opheffen downloadde, als je die hebt.',
    },
  },
  csv: {
    fileName: '{{batch}} - registratie opgeheven.csv',
    beforeFileName: '{{batch}} - registratie op te heffen.csv',
  },
};
