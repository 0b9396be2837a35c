/** The device batches feature's strings (namespace `deviceBatches`); device-batches-nl.ts mirrors it. */
export const deviceBatchesEn = {
  page: {
    title: 'Device batches',
  },
  summary: {
    label: 'Summary',
    batches_one: '{{formatted}} batch',
    batches_other: '{{formatted}} batches',
    devices_one: '{{formatted}} device',
    devices_other: '{{formatted}} devices',
    filterByStatus: 'Filter by status',
  },
  toolbar: {
    search: 'Search by name',
    showing: 'Showing {{shown}} of {{total}} batches',
    showAll: 'Show all batches',
  },
  table: {
    label: 'Device batches',
    name: 'Name',
    status: 'Status',
    created: 'Created',
    devices: 'Devices',
    createdBy: 'Created by',
    devicesLink_one: '{{formatted}} device in {{name}}',
    devicesLink_other: '{{formatted}} devices in {{name}}',
    devicesLinkWithoutCount: 'Devices in {{name}} (count not given)',
    viewDevices: 'View devices',
    linkRefused:
      'Not linked: Partner Center gave this batch a devices link to another site ({{target}}). The dashboard does not follow it, so your sign-in is not sent there.',
  },
  freshness: {
    updated: 'Updated',
    refresh: 'Refresh',
    polling: 'Checking again every 30 seconds while a batch is queued or processing.',
    refreshFailed: 'Could not refresh: the table shows the batches from the last update',
  },
  print: {
    dataAsOf: 'Data as of {{time}}',
  },
  loading: 'Loading device batches…',
  empty: {
    title: 'No device batches yet',
    description:
      'A device batch is a named list of devices uploaded to Partner Center together, so Windows Autopilot can set them up for this customer when they are first switched on.',
  },
  noMatches: {
    title: 'No batches match',
    description: 'No batch has the chosen status and name. Change the search or the filters.',
  },
};

export type DeviceBatchesCatalogue = typeof deviceBatchesEn;
