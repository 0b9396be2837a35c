/** The device changes feature's words (assign a profile, deregister), in English. */
export const deviceChangesEn = {
  actions: {
    menu: 'Actions',
    assign: 'Assign profile…',
    deregister: 'Deregister…',
    assignSkipped_one:
      '{{formatted}} selected device may not be given a profile (Partner Center does not allow it for this device): it is left out.',
    assignSkipped_other:
      '{{formatted}} selected devices may not be given a profile (Partner Center does not allow it for these devices): they are left out.',
    deregisterSkipped_one:
      '{{formatted}} selected device may not be deregistered (Partner Center does not allow it for this device): it is left out.',
    deregisterSkipped_other:
      '{{formatted}} selected devices may not be deregistered (Partner Center does not allow it for these devices): they are left out.',
    showDestructive: 'Show destructive actions while presenting',
    destructiveHidden: 'Deregistering is hidden while you present.',
  },
  role: {
    needsAdminAgent:
      'Assigning Autopilot profiles and deregistering devices needs the Admin agent role in Partner Center. Your account does not have it, so these actions are not offered. Ask an administrator of your partner organisation for the role, then sign in again.',
    unknownNote:
      'Changing devices needs the Admin agent role in Partner Center. Partner Center checks it when you send the change.',
    refusedTitle: 'Partner Center refused: this needs the Admin agent role',
    refusedBody:
      'Your account may read this customer’s devices but not change them. Nothing was changed. Ask an administrator of your partner organisation to give your account the Admin agent role, then sign in again.',
  },
  assign: {
    title: 'Assign an Autopilot profile',
    chooseLegend: 'Autopilot profile',
    chooseIntro_one: 'Choose the profile to give the {{formatted}} selected device.',
    chooseIntro_other: 'Choose the profile to give the {{formatted}} selected devices.',
    loadingProfiles: 'Loading this customer’s profiles…',
    profilesFailed: 'This customer’s profiles could not be loaded.',
    noProfiles: 'This customer has no Autopilot profiles yet.',
    manageProfiles: 'Manage this customer’s profiles',
    unnamed: 'Profile without a name ({{id}})',
    noDescription: 'No description',
    devicesUsing_one: 'Used by {{formatted}} device',
    devicesUsing_other: 'Used by {{formatted}} devices',
    next: 'Next',
    back: 'Back',
    cancel: 'Cancel',
    close: 'Close',
    confirmTitle: 'Assign this profile?',
    confirmWhat_one:
      '{{formatted}} device of the batch “{{batch}}” of {{customer}} will get the Autopilot profile “{{profile}}”.',
    confirmWhat_other:
      '{{formatted}} devices of the batch “{{batch}}” of {{customer}} will get the Autopilot profile “{{profile}}”.',
    whenApplied:
      'A device gets the profile the next time it goes through the out-of-box setup (OOBE). Devices that are already set up and in use are not changed until they are reset.',
    othersUntouched:
      'The batch’s other devices, and the customer’s other batches, are not touched.',
    replaces: 'A device that has another profile gets this one instead.',
    requests:
      'They are sent to Partner Center in {{count}} requests of at most {{size}} devices, one after another.',
    send_one: 'Assign to {{formatted}} device',
    send_other: 'Assign to {{formatted}} devices',
    sending: 'Sending request {{current}} of {{total}} to Partner Center…',
    keepOpen: 'Keep this page open until every request is sent.',
    profileGoneTitle: 'This profile no longer exists',
    profileGoneBody:
      'Partner Center has no profile “{{profile}}” any more: it was deleted after you chose it. The devices of request {{request}} of {{total}} were not changed. Choose another profile for them.',
    chooseAnother: 'Choose another profile',
    throttledTitle: 'Partner Center is busy and refused the request',
    throttledBody:
      'Request {{request}} of {{total}} was refused before it was handled, so nothing was changed by it. You can send it again.',
    sendAgain_one: 'Send again for {{formatted}} device',
    sendAgain_other: 'Send again for {{formatted}} devices',
    outcomeUnknownTitle: 'Partner Center did not confirm the change',
    outcomeUnknownBody:
      'Request {{request}} of {{total}} got no clear answer: Partner Center may have started giving its devices the profile, or not. It was not sent again. Before assigning again, wait a few minutes and check the devices’ “Autopilot profile” column on the batch’s page.',
    refusedTitle: 'Partner Center refused the change',
    refusedBody: 'Request {{request}} of {{total}} was refused, so its devices were not changed.',
    acceptedBefore_one:
      '{{formatted}} device in earlier requests was accepted and is being given the profile.',
    acceptedBefore_other:
      '{{formatted}} devices in earlier requests were accepted and are being given the profile.',
    notSent_one: '{{formatted}} later device was not sent.',
    notSent_other: '{{formatted}} later devices were not sent.',
    followAccepted: 'Follow the accepted devices',
    checkDevices: 'Check the batch’s devices',
  },
  deregister: {
    title: 'Deregister these devices?',
    what_one:
      '{{formatted}} device of the batch “{{batch}}” of {{customer}} will be deregistered from Windows Autopilot.',
    what_other:
      '{{formatted}} devices of the batch “{{batch}}” of {{customer}} will be deregistered from Windows Autopilot.',
    onlyRegistration:
      'This removes the Autopilot registration only: the devices will no longer get an Autopilot profile at their next out-of-box setup.',
    notIntune:
      'It does NOT unenroll the devices from Intune, and does NOT remove them from Microsoft Entra ID: do that there, if needed.',
    cannotUndo:
      'It cannot be undone. To register the devices again, upload them again: download their CSV first.',
    othersUntouched: 'The batch’s other devices are not touched.',
    downloadBefore: 'Download the CSV of these devices',
    downloadMasked:
      'Presenter mode: the CSV masks product IDs and hardware hashes, as the screen does. Leave presenter mode to download a CSV you can upload again.',
    cancel: 'Cancel',
    confirm_one: 'Deregister {{formatted}} device',
    confirm_other: 'Deregister {{formatted}} devices',
  },
  tracker: {
    breadcrumb: 'Device change',
    assignTitle: 'Profile for devices of {{batch}}',
    deregisterTitle: 'Deregistering devices of {{batch}}',
    titleWithoutBatch: 'Device change',
    changeId: 'Change ID',
    viewDevices: 'View the devices of {{batch}}',
    backToBatches: 'Back to the batches',
    unknownKind:
      'This address does not say what the change is. It may be cut short: open the change again from where you started it.',
    progressLabel: 'Devices done',
    checkNow: 'Check now',
    assign: {
      profile: 'Profile: {{profile}}',
      profileUnknown: 'Profile ID: {{id}}',
      starting: 'Asking Partner Center how the change is going…',
      running: 'Partner Center is giving the devices the profile…',
      finished: 'Finished: every device has the profile.',
      finishedWithErrors: 'Finished with errors: some devices did not get the profile.',
      unclear:
        'Partner Center gives this change the status “{{status}}”, which says neither that it is running nor that it has finished.',
      progress: '{{done}} of {{total}} devices done',
      counts: '{{succeeded}} given the profile, {{failed}} not',
      nextCheck:
        'Checking again in {{seconds}} s. You can close this page: the change goes on, and this address shows it again.',
      whenApplied:
        'The devices get the profile at their next out-of-box setup; devices already set up keep theirs until they are reset.',
      pollFailedTitle: 'The change’s status could not be fetched',
      pollFailedBody:
        'The change itself is not affected. The dashboard keeps asking, less often; this page shows the last status it got.',
      notFoundTitle: 'Partner Center does not know this change',
      notFoundBody:
        'No job with tracking ID {{trackingId}} was found for this customer. The address may be cut short. The batch’s devices show each device’s profile.',
      failedHeading: 'Devices that did not get the profile',
      failedLabel: 'Devices that did not get the profile',
      device: 'Device',
      reason: 'Why',
      reasonWithCode: '{{description}} (code {{code}})',
      reasonUnknown: 'Partner Center did not say why (code {{code}}).',
      reasonNone: 'Partner Center did not say why.',
      moreFailed_one: 'And {{formatted}} more device.',
      moreFailed_other: 'And {{formatted}} more devices.',
    },
    deregister: {
      running: 'Deregistering the devices: {{done}} of {{total}} done…',
      elsewhere:
        'Another tab of this browser is deregistering these devices; this page follows what it does.',
      finished: 'Finished: every device is deregistered.',
      finishedWithProblems:
        'Finished: some devices could not be deregistered. They are listed below; you can try them again.',
      keepOpen:
        'Keep this page open until every device is done. If it closes, open this address again in this browser and it goes on where it stopped.',
      progress: '{{done}} of {{total}} devices done',
      counts: '{{deregistered}} deregistered, {{alreadyGone}} already gone, {{refused}} refused',
      notKnownTitle: 'This browser does not know this change',
      notKnownBody:
        'A deregistration is kept in the browser that started it (signed in with the same account), so only that browser can show and finish it. The batch’s devices show which devices are still registered.',
      loading: 'Opening the change…',
      outcome: {
        pending: 'Waiting',
        deregistered: 'Deregistered',
        alreadyGone: 'Already deregistered: the device was no longer in the batch.',
        refused: 'Refused',
      },
      resultsHeading: 'Devices',
      resultsLabel: 'Devices of this change',
      device: 'Device',
      result: 'Result',
      details: 'Details',
      failure: 'HTTP {{status}}, code {{code}}: {{description}}',
      failureWithoutCode: 'HTTP {{status}}',
      failureNoAnswer: 'No answer from Partner Center ({{kind}})',
      failureForbidden:
        'Partner Center does not allow deregistering this device with your account (HTTP 403).',
      requestId: 'Request ID {{id}}',
      correlationId: 'Correlation ID {{id}}',
      tryFailedAgain_one: 'Try the {{formatted}} failed device again',
      tryFailedAgain_other: 'Try the {{formatted}} failed devices again',
      moreResults_one: 'And {{formatted}} more device, in the CSV.',
      moreResults_other: 'And {{formatted}} more devices, in the CSV.',
      downloadAfter: 'Download the CSV of the deregistered devices',
      downloadIntro:
        'To register these devices again, upload this CSV on the “Register devices” page.',
      downloadWithoutHashes:
        'This page was reopened, so the devices’ hardware hashes and product IDs are no longer at hand: the CSV holds serial numbers, manufacturers and models, which Partner Center also accepts. Use the CSV downloaded before deregistering if you have it.',
    },
  },
  csv: {
    fileName: '{{batch}} - deregistered devices.csv',
    beforeFileName: '{{batch}} - devices to deregister.csv',
  },
};

export type DeviceChangesCatalogue = typeof deviceChangesEn;
