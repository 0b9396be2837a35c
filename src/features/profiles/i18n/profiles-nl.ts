import type { profilesEn } from './profiles-en';

/** The profiles feature's words in Dutch (informal "je", as the rest of the dashboard). */
export const profilesNl: typeof profilesEn = {
  page: {
    title: 'Autopilot-profielen',
    intro:
      'Een Autopilot-profiel bepaalt wat mensen zien als een apparaat voor het eerst opstart. Elk apparaat in de batches van de klant heeft één profiel of geen.',
    loading: 'Autopilot-profielen laden…',
    loadFailedTitle: 'De Autopilot-profielen konden niet worden geladen',
    listLabel: 'Autopilot-profielen',
    count_one: '1 profiel',
    count_other: '{{formatted}} profielen',
  },
  empty: {
    title: 'Nog geen Autopilot-profielen',
    description:
      'Partner Center heeft geen Autopilot-profielen voor deze klant. Apparaten zonder profiel krijgen de standaard eerste-opstartervaring.',
  },
  profile: {
    unnamed: 'Profiel zonder naam',
    settings: 'Instellingen',
    devices: 'Apparaten',
    lastChanged: 'Laatst gewijzigd',
    devicesLink_one: '{{formatted}} apparaat',
    devicesLink_other: '{{formatted}} apparaten',
    devicesLinkLabel_one: '{{formatted}} apparaat met {{name}}',
    devicesLinkLabel_other: '{{formatted}} apparaten met {{name}}',
    devicesWithoutCount: 'Apparaten tonen',
    devicesWithoutCountLabel: 'Apparaten met {{name}} (aantal niet opgegeven)',
  },
  settings: {
    none: 'Geen instellingen',
    remove_oem_preinstalls: 'Vooraf geïnstalleerde OEM-software verwijderen',
    oobe_user_not_local_admin: 'De gebruiker is geen lokale beheerder',
    skip_express_settings: 'De snelle (privacy)instellingen overslaan',
    skip_oem_registration: 'OEM-registratie overslaan',
    skip_eula: 'De licentievoorwaarden (EULA) overslaan',
    noneListed: 'Geen opgegeven',
  },
  actions: {
    newProfile: 'Nieuw profiel…',
    edit: 'Bewerken…',
    editLabel: '{{name}} bewerken…',
    delete: 'Verwijderen…',
    deleteLabel: '{{name}} verwijderen…',
  },
  role: {
    notAdminTitle: 'Je account kan geen Autopilot-profielen wijzigen',
    notAdminBody:
      'Voor het maken, wijzigen en verwijderen van profielen is de rol Admin agent in Partner Center nodig. Je account heeft die niet, dus je kunt de profielen bekijken maar niet wijzigen. Vraag een beheerder van je partnerorganisatie om je account de rol Admin agent te geven en meld je daarna opnieuw aan.',
    unknownNote:
      'Voor het wijzigen van profielen is de rol Admin agent in Partner Center nodig. Partner Center controleert dat als je opslaat.',
    refusedTitle: 'Partner Center weigerde: hiervoor is de rol Admin agent nodig',
    refusedBody:
      'Je account mag de profielen van deze klant lezen, maar niet wijzigen. Er is niets gewijzigd. Vraag een beheerder van je partnerorganisatie om je account de rol Admin agent te geven en meld je daarna opnieuw aan.',
  },
  form: {
    createTitle: 'Nieuw Autopilot-profiel',
    editTitle: '{{name}} bewerken',
    forCustomer: 'Voor {{customer}}.',
    name: 'Naam',
    nameDescription: 'Hoogstens {{max}} tekens.',
    nameRequired: 'Vul een naam in.',
    nameTooLong: 'De naam heeft {{length}} tekens; er zijn er hoogstens {{max}} toegestaan.',
    nameTaken:
      'Een ander profiel van deze klant heet al “{{name}}”. Partner Center staat dat toe, maar apparaten tonen hun profiel bij naam, dus de twee zijn lastig uit elkaar te houden.',
    description: 'Beschrijving',
    settings: 'Instellingen',
    settingsDescription: '“Geen instellingen” kan niet samen met de andere.',
    settingsRequired: 'Kies minstens één instelling, of “Geen instellingen”.',
    settingsNoneCombined: '“Geen instellingen” kan niet samen met de andere: zet er een uit.',
    unknownSetting: 'Onbekend voor dit dashboard; blijft staan tenzij je hem uitzet.',
    cancel: 'Annuleren',
    create: 'Profiel maken',
    save: 'Wijzigingen opslaan',
    close: 'Sluiten',
    saveFailedTitle: 'Het profiel is niet opgeslagen',
    createFailedTitle: 'Het profiel is niet gemaakt',
    refusedBody:
      'Partner Center accepteerde het profiel niet. De uitleg staat hieronder; pas het formulier aan en probeer het opnieuw.',
  },
  outcome: {
    createUnknownTitle: 'Partner Center heeft het profiel misschien wel of misschien niet gemaakt',
    createUnknownBody:
      'Er kwam geen duidelijk antwoord, dus het dashboard weet niet of “{{name}}” is gemaakt, en stuurt het niet zelf opnieuw. Laad de lijst opnieuw om het te controleren voordat je het nog eens maakt.',
    reloadToCheck: 'Profielen opnieuw laden om te controleren',
    goneTitle: 'Dit profiel bestaat niet meer',
    goneBody:
      'Partner Center heeft het profiel “{{name}}” niet meer: het is misschien in een ander tabblad of door iemand anders verwijderd. Er is niets opgeslagen. De lijst wordt opnieuw geladen.',
  },
  delete: {
    title: '{{name}} verwijderen?',
    body: 'Hiermee verwijder je het Autopilot-profiel “{{name}}” van {{customer}} uit Partner Center.',
    cannotUndo: 'Dit kun je niet ongedaan maken.',
    unused: 'Er gebruiken nu geen apparaten dit profiel.',
    countNotGiven:
      'Partner Center gaf niet op hoeveel apparaten het gebruiken. Het weigert een profiel te verwijderen dat apparaten gebruiken.',
    confirm: 'Profiel verwijderen',
    cancel: 'Annuleren',
    close: 'Sluiten',
    inUse_one:
      '1 apparaat gebruikt “{{name}}”. Partner Center verwijdert geen profiel zolang apparaten het gebruiken: geef dat apparaat eerst een ander profiel en verwijder dit daarna.',
    inUse_other:
      '{{formatted}} apparaten gebruiken “{{name}}”. Partner Center verwijdert geen profiel zolang apparaten het gebruiken: geef die apparaten eerst een ander profiel en verwijder dit daarna.',
    showDevices_one: 'Het apparaat tonen',
    showDevices_other: 'De {{formatted}} apparaten tonen',
    refusedTitle: 'Partner Center heeft “{{name}}” niet verwijderd: apparaten gebruiken het',
    refusedBody:
      'Partner Center verwijdert geen profiel zolang apparaten het gebruiken. Geef die apparaten eerst een ander profiel en verwijder dit daarna.',
    apiSays: 'Partner Center zegt: “{{description}}”',
    showDevicesAfterRefusal: 'De apparaten tonen die het gebruiken',
    failedTitle: 'Het profiel is niet verwijderd',
  },
  done: {
    created: 'Het profiel “{{name}}” is gemaakt.',
    updated: 'Het profiel “{{name}}” is opgeslagen.',
    deleted: 'Het profiel “{{name}}” is verwijderd.',
    alreadyDeleted: 'Het profiel “{{name}}” was al verwijderd.',
    dismiss: 'Sluiten',
  },
  devices: {
    title: 'Apparaten met {{name}}',
    documentTitle: 'Apparaten met een profiel',
    breadcrumbLabel: 'Kruimelpad',
    breadcrumbCustomers: 'Klanten',
    breadcrumbProfiles: 'Autopilot-profielen',
    intro: 'Elk apparaat in de batches van de klant dat dit profiel gebruikt.',
    count_one: '1 apparaat gebruikt dit profiel.',
    count_other: '{{formatted}} apparaten gebruiken dit profiel.',
    countSoFar_one: 'Tot nu toe 1 apparaat gevonden.',
    countSoFar_other: 'Tot nu toe {{formatted}} apparaten gevonden.',
    none: 'Geen enkel apparaat van deze klant gebruikt dit profiel.',
    loadingProfile: 'Profiel laden…',
    loadingBatches: 'De batches van de klant laden…',
    loading: 'De apparaten van de klant laden: {{loaded}} van {{total}}',
    loadingWithoutTotal: 'De apparaten van de klant laden: tot nu toe {{loaded}}',
    progressLabel: 'Apparaten geladen',
    incompleteTitle: 'Niet van elke batch konden de apparaten worden geladen',
    incompleteBody:
      'Er kunnen apparaten in de lijst ontbreken. Probeer het opnieuw om de rest te laden.',
    batchesFailedTitle: 'De batches van de klant konden niet worden geladen',
    notFoundTitle: 'Dit Autopilot-profiel bestaat niet',
    notFoundBody:
      'Deze klant heeft geen Autopilot-profiel met het id {{policyId}}. Het is misschien verwijderd.',
    backToProfiles: 'Terug naar de Autopilot-profielen',
    sameName:
      'Een ander profiel van deze klant heet ook “{{name}}”. Apparaten noemen hun profiel bij naam, dus deze lijst bevat ook de apparaten van dat profiel.',
    tableLabel: 'Apparaten met {{name}}',
    serialNumber: 'Serienummer',
    model: 'Model',
    manufacturer: 'Fabrikant',
    batch: 'Batch',
    hashOnly: 'Alleen hardwarehash (apparaat-id {{id}})',
    showing: '{{shown}} van {{total}} getoond.',
    showMore: 'Nog {{more}} tonen',
  },
};
