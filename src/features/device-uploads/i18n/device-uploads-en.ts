/** The device uploads feature's strings (namespace `deviceUploads`); device-uploads-nl.ts mirrors it. */
export const deviceUploadsEn = {
  page: {
    title: 'Register devices',
    intro:
      'Upload an Autopilot CSV to register this customer’s devices with Windows Autopilot. Every row is checked here before anything is sent.',
    breadcrumb: 'Register devices',
  },
  entry: {
    registerDevices: 'Register devices',
    addDevices: 'Add devices to this batch',
    needsAdminAgent: 'Needs the Admin agent role in Partner Center',
  },
  role: {
    notAdminTitle: 'Your account cannot register devices',
    notAdminBody:
      'Registering devices needs the Admin agent role in Partner Center. Your account does not have it, so Partner Center would refuse the upload. Ask an administrator of your partner organisation to give your account the Admin agent role, then sign in again.',
    unknownNote:
      'Registering devices needs the Admin agent role in Partner Center. Partner Center checks it when you send the devices.',
    refusedTitle: 'Partner Center refused: this needs the Admin agent role',
    refusedBody:
      'Your account may read this customer’s batches but not register devices. Nothing was registered. Ask an administrator of your partner organisation to give your account the Admin agent role, then sign in again.',
  },
  file: {
    label: 'Autopilot CSV file',
    drop: 'Drop a CSV file here, or choose one',
    choose: 'Choose a file…',
    hint: 'The file Get-WindowsAutopilotInfo -Partner writes, or one exported from Partner Center or Intune. Up to {{maxMegabytes}} MB.',
    reading: 'Reading {{name}}…',
    chosen: '{{name}} ({{size}})',
    chooseAnother: 'Choose another file',
    onlyOne: 'Drop one file at a time: only {{name}} was read.',
  },
  fileProblem: {
    title: 'This file cannot be used',
    empty: 'The file is empty. Choose the CSV file that Get-WindowsAutopilotInfo wrote.',
    binary:
      'This is not a text file (it may be an Excel workbook or a zip). Save it as CSV, or choose the CSV file that Get-WindowsAutopilotInfo wrote.',
    tooLarge:
      'The file is larger than {{maxMegabytes}} MB: far more than a CSV of devices. Check that it is the right file, or split it into several files.',
    noRows: 'The file has a header row but no devices.',
    unrecognisedHeader:
      'The first row does not name the columns of an Autopilot CSV. It reads: {{found}}.',
    noHeaderRow: 'The file has no header row: its first line is already a device.',
    duplicateColumn:
      'The column “{{column}}” appears twice, so it is not clear which one to send. Remove one of them.',
    expected:
      'Expected the columns of a Partner Center CSV: {{partnerCenter}}; or of an Intune CSV: {{intune}}.',
    unreadable: 'The file could not be read: {{message}}',
  },
  summary: {
    heading: 'What the file holds',
    format: {
      partnerCenter: 'Partner Center CSV',
      intune: 'Intune CSV',
    },
    encoding: 'Read as {{encoding}}',
    rows_one: '{{formatted}} row',
    rows_other: '{{formatted}} rows',
    ready_one: '{{formatted}} device ready to register',
    ready_other: '{{formatted}} devices ready to register',
    withProblems_one: '{{formatted}} row with problems',
    withProblems_other: '{{formatted}} rows with problems',
    intuneColumns:
      'This is Intune’s format. Its columns {{columns}} are Intune settings (a group tag for dynamic groups, a user to assign): Partner Center has no such fields, so they are not sent. Set them in Intune after registering.',
    noManufacturerOrModel:
      'The file has no manufacturer or model columns, so each device needs a hardware hash or a product ID.',
    extraColumns: 'Columns that are not sent: {{columns}}.',
    checkingKnown: 'Checking against the devices this customer already has…',
    knownChecked_one: 'Checked against the {{formatted}} device this customer already has.',
    knownChecked_other: 'Checked against the {{formatted}} devices this customer already has.',
    knownIncomplete:
      'The customer’s existing devices could not all be loaded, so devices already registered may not be flagged here. Partner Center will refuse them (code 806) and the results will say so.',
    knownRetry: 'Load them again',
  },
  problems: {
    heading: 'Rows with problems',
    intro:
      'These rows will not be sent. Fix them in the file and choose it again, or leave them out and register the others.',
    tableLabel: 'Rows with problems',
    line: 'Line',
    serialNumber: 'Serial number',
    device: 'Device',
    problem: 'Problem',
    more_one: 'And {{formatted}} more row with problems, in the CSV of rows left out.',
    more_other: 'And {{formatted}} more rows with problems, in the CSV of rows left out.',
    leaveOut_one: 'Leave out this row',
    leaveOut_other: 'Leave out these {{formatted}} rows',
    leftOut_one: 'This row will be left out.',
    leftOut_other: 'These {{formatted}} rows will be left out.',
    undoLeaveOut: 'Undo',
    download: 'Download these rows as CSV',
    noValidRows:
      'No row of this file can be registered. Fix the problems above and choose the file again.',
    cellProblems_one: 'Line {{lines}} could not be read as cells and is left out.',
    cellProblems_other: 'Lines {{lines}} could not be read as cells and are left out.',
    codes: {
      noIdentifier:
        'No way to identify the device: it needs a hardware hash, a product ID, or serial number, manufacturer and model together.',
      incompleteTuple:
        'No hardware hash or product ID, and the {{missing}} is missing: serial number, manufacturer and model are needed together.',
      hashCharacters:
        'The hardware hash is not base64: it holds spaces, line breaks or other characters. Copy it again from the original file.',
      hashLength:
        'The hardware hash is cut short (its length is not a multiple of 4). Copy it again from the original file.',
      hashImplausible:
        'The hardware hash is only {{bytes}} bytes: too short for a Windows 10/11 (4K) hash of at least {{minimumBytes}} bytes. Collect it again on the device.',
      duplicateInFile: 'The same device as line {{line}} ({{by}}).',
      alreadyRegistered:
        'Already registered to this customer ({{by}}): Partner Center would refuse it.',
    },
    identifiers: {
      hardwareHash: 'same hardware hash',
      productKey: 'same product ID',
      serialNumber: 'same serial number',
    },
    fields: {
      serialNumber: 'serial number',
      productKey: 'product ID',
      hardwareHash: 'hardware hash',
      oemManufacturerName: 'manufacturer',
      modelName: 'model',
    },
  },
  target: {
    legend: 'Batch',
    newBatch: 'A new batch',
    existingBatch: 'An existing batch',
    name: 'Name of the new batch',
    nameHint: 'Any characters; it must differ from this customer’s other batch names.',
    existing: 'Batch to add the devices to',
    existingPlaceholder: 'Choose a batch',
    noBatches: 'This customer has no batches yet.',
    loadingBatches: 'Loading this customer’s batches…',
    nameProblems: {
      empty: 'Give the new batch a name.',
      tooLong: 'Keep the name to {{max}} characters.',
      controlCharacters: 'The name cannot hold line breaks or tabs.',
      taken:
        'This customer already has a batch named “{{name}}”. Choose another name, or add to that batch.',
    },
    chooseExisting: 'Choose the batch to add the devices to.',
    existingMissing:
      'This customer has no batch named “{{name}}”. Choose one of its batches, or register the devices in a new batch.',
    batchesNotLoaded:
      'This customer’s batches could not be loaded, so the batch cannot be checked yet.',
  },
  review: {
    button_one: 'Review and register {{formatted}} device…',
    button_other: 'Review and register {{formatted}} devices…',
  },
  confirm: {
    title: 'Register these devices?',
    newBatch_one:
      '{{formatted}} device will be registered in a new batch “{{batch}}” for {{customer}}.',
    newBatch_other:
      '{{formatted}} devices will be registered in a new batch “{{batch}}” for {{customer}}.',
    existingBatch_one:
      '{{formatted}} device will be added to the batch “{{batch}}” of {{customer}}.',
    existingBatch_other:
      '{{formatted}} devices will be added to the batch “{{batch}}” of {{customer}}.',
    requests:
      'They are sent to Partner Center in {{count}} requests of at most {{size}} devices, one after another.',
    leftOut_one: 'The {{formatted}} row with problems will not be sent.',
    leftOut_other: 'The {{formatted}} rows with problems will not be sent.',
    notChanged:
      'No Autopilot profile is assigned, no device is changed, and the customer’s other batches are not touched. Partner Center checks each device; refused devices are listed afterwards.',
    cannotUndo: 'A registered device can only be removed by deregistering it afterwards.',
    cancel: 'Cancel',
    send_one: 'Register {{formatted}} device',
    send_other: 'Register {{formatted}} devices',
  },
  sending: {
    progress: 'Sending request {{current}} of {{total}} to Partner Center…',
    keepOpen: 'Keep this page open until every request is sent.',
  },
  stopped: {
    outcomeUnknownTitle: 'Partner Center did not confirm the upload',
    outcomeUnknownBody:
      'Request {{request}} of {{total}} got no clear answer: Partner Center may have registered its devices, or not. It was not sent again, so nothing is registered twice. Do not upload the file again before checking the batch: open it in a few minutes and look for the devices.',
    refusedTitle: 'Partner Center refused the upload',
    refusedBody:
      'Request {{request}} of {{total}} was refused, so none of its devices is registered.',
    notSent_one: '{{formatted}} later device was not sent.',
    notSent_other: '{{formatted}} later devices were not sent.',
    acceptedBefore_one: '{{formatted}} device sent before it was accepted and is being processed.',
    acceptedBefore_other:
      '{{formatted}} devices sent before it were accepted and are being processed.',
    followAccepted: 'Follow the accepted devices',
    checkBatch: 'Check the batch’s devices',
    batchTaken:
      'This customer already has a batch with this name, perhaps created by someone else just now. Choose another name, or add to that batch.',
    tryAgain: 'Back to the file',
  },
  tracker: {
    title: 'Upload to {{batch}}',
    titleWithoutBatch: 'Device upload',
    breadcrumb: 'Upload',
    trackingId: 'Tracking ID',
    started: 'Started',
    stage: {
      starting: 'Asking Partner Center for the upload’s status…',
      running: 'Partner Center is registering the devices…',
      finished: 'Finished: every device is registered.',
      finishedWithErrors: 'Finished with errors: some devices were not registered.',
      unclear:
        'Partner Center gives this upload the status “{{status}}”, which says neither that it is running nor that it has finished.',
    },
    progressLabel: 'Devices processed',
    progress: '{{done}} of {{total}} devices processed',
    counts: '{{registered}} registered, {{failed}} not registered',
    nextCheck:
      'Checking again in {{seconds}} s. You can close this page: the upload goes on, and this address shows it again.',
    checkNow: 'Check now',
    pollFailedTitle: 'The upload’s status could not be fetched',
    pollFailedBody:
      'The upload itself is not affected. The dashboard keeps asking, less often; this page shows the last status it got.',
    notFoundTitle: 'Partner Center does not know this upload',
    notFoundBody:
      'No upload with tracking id {{trackingId}} was found for this customer. It may belong to another customer, or the address may be cut short. The batch’s devices show what was registered.',
    viewDevices: 'View the devices of {{batch}}',
    backToBatches: 'Back to the batches',
    resultsHeading: 'Devices not registered',
    resultsIntro:
      'Fix these devices and upload them again: the CSV below holds them in the format this page reads.',
    resultsLabel: 'Devices not registered',
    serialNumber: 'Serial number',
    productKey: 'Product ID',
    reason: 'Why',
    code: 'Code',
    downloadFailed: 'Download the devices not registered (CSV)',
    downloadWithoutHashes:
      'This page was reopened, so the file’s hardware hashes are no longer at hand: the CSV holds the serial numbers and product IDs Partner Center reports. Take the hashes from the original file.',
    moreResults_one: 'And {{formatted}} more device, in the CSV.',
    moreResults_other: 'And {{formatted}} more devices, in the CSV.',
    errors: {
      alreadyInThisTenant:
        'Already registered to this customer (806): it is in one of the customer’s batches. Nothing to do.',
      inAnotherTenant:
        'Registered to another organisation (808): it must be deregistered there first, by that organisation or its partner, before it can be registered here.',
      invalidHash:
        'The hardware hash is not valid (802): collect it again on the device with Get-WindowsAutopilotInfo.',
      duplicated: 'The same device appears more than once in this upload: one copy was registered.',
      storage: 'Partner Center could not store the device (a temporary fault): upload it again.',
      other: 'Partner Center refused the device: {{description}}',
      otherWithoutDescription: 'Partner Center refused the device without saying why.',
    },
    notSentNote_one:
      '{{formatted}} device of this upload was never sent, because an earlier request failed. Upload it again from the original file.',
    notSentNote_other:
      '{{formatted}} devices of this upload were never sent, because an earlier request failed. Upload them again from the original file.',
  },
  recent: {
    heading: 'Your recent uploads',
    label: 'Your recent uploads for this customer',
    upload_one: '{{formatted}} device to {{batch}}',
    upload_other: '{{formatted}} devices to {{batch}}',
  },
  csv: {
    fileName: '{{batch}} - not registered.csv',
    leftOutFileName: '{{name}} - rows left out.csv',
    reason: 'Why',
    code: 'Code',
    line: 'Line',
  },
};

export type DeviceUploadsCatalogue = typeof deviceUploadsEn;
