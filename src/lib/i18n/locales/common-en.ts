/** Strings shared by every page: the frame, errors, sign-in. The source catalogue; nl mirrors it. */
export const commonEn = {
  productName: 'Zero-Touch Batches',
  frame: {
    switchToDark: 'Switch to dark theme',
    switchToLight: 'Switch to light theme',
    language: 'Language',
    languageNames: { 'en-US': 'English', 'nl-NL': 'Nederlands' },
    home: 'Zero-Touch Batches home',
    loadingPage: 'Loading the page…',
  },
  errors: {
    tryAgain: 'Try again',
    somethingWentWrong: 'Something went wrong',
    somethingWentWrongHelp:
      'The dashboard hit an unexpected problem. Your place is kept: try again, and if it keeps happening, reload the page.',
    pageFailed: 'This page could not be shown',
    pageFailedHelp:
      'Something unexpected stopped this page. Try again; your place in the dashboard is kept.',
    errorLabel: 'Error',
    codeLabel: 'Code',
    requestIdLabel: 'Request id',
    correlationIdLabel: 'Correlation id',
    statusLabel: 'HTTP status',
    partnerCenterCodeLabel: 'Partner Center code',
    descriptionLabel: 'Description',
    api: {
      unauthorizedTitle: 'Your session has expired',
      unauthorizedBody:
        'Partner Center did not accept your sign-in. Sign in again; you will come back to this page.',
      signInRefusedTitle: 'Partner Center does not accept your sign-in',
      signInRefusedBody:
        'Partner Center still refuses your sign-in, even after you signed in again, so the dashboard stops sending you to sign in. Your organisation may require more for Partner Center, such as multi-factor authentication or a managed device, or this account may not be allowed in. Try again, sign in again or with another account; if it keeps happening, give the ids below to your administrator.',
      noRoleTitle: 'You have no access to Partner Center',
      noRoleBody:
        'Partner Center refused the request. Ask your Partner Center administrator to give your account the Admin agent or Sales agent role, then sign in again.',
      noRelationshipTitle: 'No access to this customer',
      noRelationshipBody:
        'Partner Center says your partner organisation has no relationship with this customer, so you cannot see its data. Check that this is the right customer. If it is, the relationship may have ended: ask your Partner Center administrator to restore it (or, if you are a Sales agent, to assign the customer to you).',
      mfaRequiredTitle: 'Partner Center needs multi-factor authentication',
      mfaRequiredBody:
        'Partner Center requires multi-factor authentication (MFA) for these calls, and your sign-in did not include it. Sign in again and complete the MFA step (for example in the Authenticator app). If you are not asked for one, ask your administrator to require MFA for your account.',
      conditionalAccessTitle: 'Blocked by your organisation’s Conditional Access',
      conditionalAccessBody:
        'Your partner organisation’s Conditional Access policy blocked this request. Sign in from a compliant or managed device, such as your work computer, or ask your administrator which devices and locations the policy allows for Partner Center.',
      notFoundTitle: 'Not found in Partner Center',
      notFoundBody: 'Partner Center has nothing at this address. The link may be out of date.',
      throttledTitle: 'Partner Center is busy',
      throttledBody:
        'Partner Center asked the dashboard to slow down. Wait a moment, then try again.',
      serverTitle: 'Partner Center had a problem',
      serverBody:
        'Partner Center could not answer just now (HTTP {{status}}). Try again in a moment.',
      badRequestTitle: 'Partner Center refused the request',
      badRequestBody: 'Partner Center could not process this request (HTTP {{status}}).',
      networkTitle: 'Partner Center cannot be reached',
      networkBody: 'Check your network connection, then try again.',
      timeoutTitle: 'Partner Center did not answer in time',
      timeoutBody: 'The request took too long. Try again in a moment.',
      invalidTitle: 'Unexpected response from Partner Center',
      invalidBody:
        'Partner Center sent an answer the dashboard cannot read. Try again; if it keeps happening, give the ids below to Microsoft support.',
      foreignLinkTitle: 'Link outside Partner Center refused',
      foreignLinkBody:
        'Partner Center sent a link to another site. The dashboard does not follow it, so your sign-in is not sent anywhere else.',
      abortedTitle: 'The request was cancelled',
      abortedBody: 'The request stopped before it finished. Try again.',
    },
  },
  diagnostics: {
    copy: 'Copy diagnostics',
    copied: 'Copied',
    copiedStatus: 'Diagnostics copied. Paste them into your message to support.',
    copyFailed:
      'This browser did not allow copying. Select the diagnostics below and copy them yourself.',
    show: 'Show diagnostics',
    hide: 'Hide diagnostics',
    label: 'Diagnostics',
    help: 'For Microsoft support, in English: when and where this happened, the request that failed and its ids.',
  },
  status: {
    queued: 'Queued',
    processing: 'Processing',
    finished: 'Finished',
    finished_with_errors: 'Finished with errors',
    none: 'No status',
    archived: 'Archived',
    cancelled: 'Cancelled',
    paused: 'Paused',
    deleted: 'Deleted',
    failed: 'Failed',
  },
  value: {
    notGiven: 'Not given',
    notSet: 'Not set',
  },
  time: {
    exact: 'Exact time: {{time}}',
    noTimeZone: 'Partner Center gave no time zone, so the time is read as UTC.',
  },
  presenter: {
    start: 'Start presenter mode',
    badge: 'Presenter mode',
    leave: 'Leave presenter mode',
    confirmTitle: 'Leave presenter mode?',
    confirmBody:
      'Other customers, recent and favourite customers, product keys, hardware hashes and your email address will show again. Make sure you are no longer sharing your screen.',
    confirmLeave: 'Leave presenter mode',
    stay: 'Stay in presenter mode',
    masked: 'Hidden in presenter mode',
    listHiddenTitle: 'The customer list is hidden in presenter mode',
    listHiddenBody:
      'No other customer is shown while you present. Leave presenter mode (in the header) to pick another customer.',
  },
  connection: {
    offlineTitle: 'You are offline',
    offlineBody:
      'What is on screen stays. The dashboard refreshes by itself when the connection is back.',
    throttledTitle: 'Partner Center is busy',
    serverErrorTitle: 'Partner Center had a hiccup',
    networkTitle: 'Partner Center did not answer',
    retryingIn_one: 'Trying again in {{count}} second…',
    retryingIn_other: 'Trying again in {{count}} seconds…',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at {{path}}. The link may be mistyped or out of date.',
    goToCustomers: 'Go to customers',
  },
  startup: {
    title: 'The dashboard could not start',
    body: 'A part of the dashboard did not load: check your connection and reload the page. If a new version was just released, reloading fetches it.',
    reload: 'Reload the page',
  },
  config: {
    title: '{{product}} is not configured correctly',
    body: 'The dashboard cannot start because these settings are missing or malformed. Ask the person who runs this deployment to fix them (see the README, section Configuration), then reload.',
  },
  start: {
    welcome: 'Welcome to {{product}}',
    intro:
      'See the zero-touch Windows device batches of your Partner Center customers: their status, when they were created and every device in them.',
    signInWith: 'Sign in with your work account (Microsoft Entra ID).',
    rolesNeeded: 'You need the Admin agent or Sales agent role in Partner Center.',
    signIn: 'Sign in',
  },
  auth: {
    signingIn: 'Signing in',
    takingYouToSignIn: 'Taking you to sign in…',
    signInAgain: 'Sign in again',
    accountLabel: 'Account:',
    switchAccount: 'Switch account',
    signInWithAnotherAccount: 'Sign in with another account',
    signOut: 'Sign out',
    cancelledTitle: 'Sign-in was cancelled',
    cancelledBody:
      'You cancelled signing in, or the sign-in service did not let you continue. Sign in again to open the dashboard.',
    unreachableTitle: 'The sign-in service cannot be reached',
    unreachableBody:
      'The dashboard could not reach {{authority}}. Check your network connection, then try again.',
    refusedTitle: 'Sign-in was refused',
    refusedBody:
      'The sign-in service refused the request. Try again, or ask your administrator to grant the dashboard access.',
    failedTitle: 'Sign-in failed',
    failedBody:
      'Signing in did not complete. Try again; if it keeps failing, give the code below to your administrator.',
  },
};

export type CommonCatalogue = typeof commonEn;
