import type { DeviceBatchesCatalogue } from './device-batches-en';

export const deviceBatchesNl: DeviceBatchesCatalogue = {
  page: {
    title: 'Apparaatbatches',
  },
  summary: {
    label: 'Overzicht',
    batches_one: '{{formatted}} batch',
    batches_other: '{{formatted}} batches',
    devices_one: '{{formatted}} apparaat',
    devices_other: '{{formatted}} apparaten',
    filterByStatus: 'Filteren op status',
  },
  toolbar: {
    search: 'Zoeken op naam',
    showing: '{{shown}} van {{total}} batches',
    showAll: 'Alle batches tonen',
  },
  table: {
    label: 'Apparaatbatches',
    name: 'Naam',
    status: 'Status',
    created: 'Aangemaakt',
    devices: 'Apparaten',
    createdBy: 'Aangemaakt door',
    devicesLink_one: '{{formatted}} apparaat in {{name}}',
    devicesLink_other: '{{formatted}} apparaten in {{name}}',
    devicesLinkWithoutCount: 'Apparaten in {{name}} (aantal niet opgegeven)',
    viewDevices: 'Apparaten bekijken',
    linkRefused:
      'Geen link: Partner Center gaf deze batch een apparatenlink naar een andere site ({{target}}). Het dashboard volgt die niet, zodat je aanmelding daar niet naartoe gaat.',
  },
  freshness: {
    updated: 'Bijgewerkt',
    refresh: 'Vernieuwen',
    polling:
      'Elke 30 seconden opnieuw gecontroleerd zolang een batch in de wachtrij staat of wordt verwerkt.',
    refreshFailed: 'Vernieuwen mislukt: de tabel toont de batches van de laatste update',
  },
  print: {
    dataAsOf: 'Stand van de gegevens: {{time}}',
  },
  loading: 'Apparaatbatches laden…',
  empty: {
    title: 'Nog geen apparaatbatches',
    description:
      'Een apparaatbatch is een lijst apparaten met een naam, samen geüpload naar Partner Center, zodat Windows Autopilot ze voor deze klant inricht wanneer ze voor het eerst worden aangezet.',
  },
  noMatches: {
    title: 'Geen batches gevonden',
    description:
      'Geen batch heeft de gekozen status en naam. Pas de zoekopdracht of de filters aan.',
  },
};
