import type { DevicesCatalogue } from './devices-en';

export const devicesNl: DevicesCatalogue = {
  page: {
    documentTitle: 'Apparaten',
    devices_one: '{{formatted}} apparaat',
    devices_other: '{{formatted}} apparaten',
    loadingBatch: 'De batch wordt geladen…',
    loadingDevices: 'Apparaten laden…',
  },
  breadcrumbs: {
    label: 'Kruimelpad',
    customers: 'Klanten',
    deviceBatches: 'Apparaatbatches',
  },
  progress: {
    label: 'Geladen apparaten',
    loading: 'Apparaten laden: {{loaded}} van {{total}}',
    loadingWithoutTotal: 'Apparaten laden: {{loaded}} tot nu toe',
    done_one: '{{formatted}} apparaat geladen.',
    done_other: 'Alle {{formatted}} apparaten geladen.',
  },
  mismatch: {
    title: 'Het aantal apparaten klopt niet',
    body: 'Partner Center noemt {{expected}} apparaten voor deze batch, maar stuurde er {{loaded}}. De tabel toont elk apparaat dat is gestuurd.',
  },
  failed: {
    title: 'Niet alle apparaten konden worden geladen',
    body: 'Het laden stopte bij {{loaded}} van {{total}} apparaten. De apparaten die al geladen zijn staan hieronder; probeer het opnieuw om verder te gaan waar het stopte.',
    bodyWithoutTotal:
      'Het laden stopte na {{loaded}} apparaten. De apparaten die al geladen zijn staan hieronder; probeer het opnieuw om verder te gaan waar het stopte.',
  },
  notFound: {
    title: 'Deze batch bestaat niet (meer)',
    body: 'Partner Center heeft geen batch met de naam “{{batch}}” voor deze klant. Misschien is hij hernoemd of verwijderd, of is de link verouderd.',
    backToBatches: 'Terug naar de apparaatbatches',
  },
  filters: {
    search: 'Zoeken',
    searchPlaceholder: 'Serienummer, productcode of model',
    model: 'Model',
    manufacturer: 'Fabrikant',
    profile: 'Autopilot-profiel',
    any: 'Alle',
    showing: '{{shown}} van {{total}} apparaten',
    clear: 'Zoekopdracht en filters wissen',
  },
  table: {
    label: 'Apparaten in deze batch',
    serialNumber: 'Serienummer',
    productKey: 'Productcode',
    hardwareHash: 'Hardwarehash',
    model: 'Model',
    manufacturer: 'Fabrikant',
    profile: 'Autopilot-profiel',
    uploaded: 'Geüpload',
    uploadedBy: 'Geüpload door',
    noProfile: 'Geen profiel',
    sortBy: 'Sorteren op {{column}}',
    noMatches: 'Geen apparaat past bij de zoekopdracht en filters.',
    noDevices: 'Deze batch heeft geen apparaten.',
  },
  hash: {
    copy: 'Hardwarehash van {{device}} kopiëren',
    copied: 'Gekopieerd',
    show: 'Volledige hardwarehash van {{device}} tonen',
    title: 'Hardwarehash van {{device}}',
    copyFull: 'Hardwarehash kopiëren',
  },
  export: {
    button_one: '{{formatted}} apparaat exporteren naar CSV',
    button_other: '{{formatted}} apparaten exporteren naar CSV',
    failed: 'De export kon niet starten. Controleer je verbinding en probeer het opnieuw.',
    masked:
      'Presentatiemodus: ook de export maskeert productsleutels, hardwarehashes en e-mailadressen.',
    deviceId: 'Apparaat-id',
  },
  print: {
    dataAsOf: 'Stand van de gegevens: {{time}}',
  },
  selection: {
    selectDevice: '{{device}} selecteren',
    selectAll_one: 'Het {{formatted}} getoonde apparaat selecteren',
    selectAll_other: 'Alle {{formatted}} getoonde apparaten selecteren',
    barLabel: 'Geselecteerde apparaten',
    none: 'Geen apparaat geselecteerd. Vink apparaten in de tabel aan om er iets mee te doen.',
    count_one: '{{formatted}} apparaat geselecteerd',
    count_other: '{{formatted}} apparaten geselecteerd',
    clear: 'Selectie wissen',
  },
};
