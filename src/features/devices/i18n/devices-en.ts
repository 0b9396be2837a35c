/** The devices feature's strings (namespace `devices`); devices-nl.ts mirrors it. */
export const devicesEn = {
  page: {
    documentTitle: 'Devices',
    devices_one: '{{formatted}} device',
    devices_other: '{{formatted}} devices',
    loadingBatch: 'Loading the batch…',
    loadingDevices: 'Loading devices…',
  },
  breadcrumbs: {
    label: 'Breadcrumb',
    customers: 'Customers',
    deviceBatches: 'Device batches',
  },
  progress: {
    label: 'Devices loaded',
    loading: 'Loading devices: {{loaded}} of {{total}}',
    loadingWithoutTotal: 'Loading devices: {{loaded}} so far',
    done_one: '{{formatted}} device loaded.',
    done_other: 'All {{formatted}} devices loaded.',
  },
  mismatch: {
    title: 'The device count does not match',
    body: 'Partner Center lists {{expected}} devices for this batch, but sent {{loaded}}. The table shows every device it sent.',
  },
  failed: {
    title: 'Not every device could be loaded',
    body: 'Loading stopped at {{loaded}} of {{total}} devices. The devices loaded so far are shown below; try again to continue from where it stopped.',
    bodyWithoutTotal:
      'Loading stopped after {{loaded}} devices. The devices loaded so far are shown below; try again to continue from where it stopped.',
  },
  notFound: {
    title: 'This batch does not exist (anymore)',
    body: 'Partner Center has no batch called “{{batch}}” for this customer. It may have been renamed or deleted, or the link is out of date.',
    backToBatches: 'Back to the device batches',
  },
  filters: {
    search: 'Search',
    searchPlaceholder: 'Serial number, product key or model',
    model: 'Model',
    manufacturer: 'Manufacturer',
    profile: 'Autopilot profile',
    any: 'Any',
    showing: 'Showing {{shown}} of {{total}} devices',
    clear: 'Clear search and filters',
  },
  table: {
    label: 'Devices in this batch',
    serialNumber: 'Serial number',
    productKey: 'Product key',
    hardwareHash: 'Hardware hash',
    model: 'Model',
    manufacturer: 'Manufacturer',
    profile: 'Autopilot profile',
    uploaded: 'Uploaded',
    uploadedBy: 'Uploaded by',
    noProfile: 'No profile',
    sortBy: 'Sort by {{column}}',
    noMatches: 'No device matches the search and filters.',
    noDevices: 'This batch has no devices.',
  },
  hash: {
    copy: 'Copy the hardware hash of {{device}}',
    copied: 'Copied',
    show: 'Show the full hardware hash of {{device}}',
    title: 'Hardware hash of {{device}}',
    copyFull: 'Copy hardware hash',
  },
  export: {
    button_one: 'Export {{formatted}} device to CSV',
    button_other: 'Export {{formatted}} devices to CSV',
    failed: 'The export could not start. Check your connection and try again.',
    deviceId: 'Device id',
    masked:
      'Presenter mode: the export masks product keys, hardware hashes and email addresses too.',
  },
  print: {
    dataAsOf: 'Data as of {{time}}',
  },
  selection: {
    selectDevice: 'Select {{device}}',
    selectAll_one: 'Select the {{formatted}} device shown',
    selectAll_other: 'Select all {{formatted}} devices shown',
    barLabel: 'Selected devices',
    none: 'No device selected. Tick devices in the table to act on them.',
    count_one: '{{formatted}} device selected',
    count_other: '{{formatted}} devices selected',
    clear: 'Clear selection',
  },
};

export type DevicesCatalogue = typeof devicesEn;
