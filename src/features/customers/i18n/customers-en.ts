/** The customers feature's strings (namespace `customers`); customers-nl.ts mirrors it. */
export const customersEn = {
  page: {
    title: 'Customers',
    intro: 'Pick a customer to see its device batches.',
  },
  search: {
    label: 'Search customers',
    description: 'Finds customers whose company name or domain starts with what you type.',
    placeholder: 'Company name or domain',
    clear: 'Clear search',
    shortcut: 'Press / to search',
  },
  list: {
    allHeading: 'All customers',
    resultsHeading: 'Search results',
    loading: 'Loading customers…',
    searching: 'Searching for “{{search}}”…',
    loadMore: 'Load more customers',
    someLoaded_one: 'Showing the first customer. More are available.',
    someLoaded_other: 'Showing the first {{count, number}} customers. More are available.',
    allLoaded_one: 'Showing your only customer.',
    allLoaded_other: 'Showing all {{count, number}} customers.',
    someMatch_one: 'The first match for “{{search}}” is shown. More are available.',
    someMatch_other:
      'The first {{count, number}} matches for “{{search}}” are shown. More are available.',
    allMatch_one: '1 customer matches “{{search}}”.',
    allMatch_other: '{{count, number}} customers match “{{search}}”.',
    noMatchTitle: 'No customer matches “{{search}}”',
    noMatchBody:
      'The search looks at the start of company names and domains, so “wind” does not find Northwind. Check the spelling or type fewer letters.',
    noCustomersTitle: 'No customers yet',
    noCustomersBody:
      'Partner Center lists no customers for you. A Sales agent sees only the customers assigned to them.',
    loadFailedTitle: 'Customers could not be loaded',
    moreFailedTitle: 'More customers could not be loaded',
  },
  row: {
    tenantId: 'Tenant id',
    copyTenantId: 'Copy tenant id of {{name}}',
    copied: 'Copied',
    pin: 'Pin {{name}} to favourites',
    unpin: 'Unpin {{name}} from favourites',
    removeRecent: 'Remove {{name}} from recent customers',
  },
  memory: {
    favouritesHeading: 'Favourites',
    recentsHeading: 'Recent customers',
    emptyHint:
      'Customers you open appear here, and ones you pin stay at the top. Both are kept in this browser for your account only.',
    switcherHint: 'Type the start of a company name or domain to find any customer.',
  },
  relationship: {
    none: 'No relationship',
    reseller: 'Reseller',
    advisor: 'Advisor',
    syndication: 'Syndication',
    microsoft_support: 'Microsoft support',
    unknown: 'Unknown relationship',
  },
  header: {
    label: 'Customer',
    loading: 'Loading customer…',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    loadFailedTitle: 'The customer’s details could not be loaded',
    pagesLabel: 'Customer pages',
    batchesPage: 'Batches',
    profilesPage: 'Autopilot profiles',
  },
  invalidId: {
    title: 'This link does not hold a valid customer id',
    body: 'Customer pages are addressed by the customer’s tenant id, a GUID such as 47021739-3426-40bf-9601-61b4b6d7c793. The link may have been cut off or mistyped. Pick the customer from your list instead.',
    valueLabel: 'Customer id in the link',
  },
  notFound: {
    title: 'Customer not found, or no relationship with your organisation',
    body: 'Partner Center knows no customer with this tenant id that your organisation works with. Check the link, or pick the customer from your list.',
  },
  noRole: {
    title: 'Your account has no role in Partner Center',
    body: 'To see customers, your account needs the Admin agent or Sales agent role in your organisation’s Partner Center. Your partner organisation’s admin grants it, in Partner Center under Account settings › User management. Once it is granted, sign in again; or sign in now with another account that has the role.',
  },
  actions: {
    pickCustomer: 'Pick a customer',
  },
  switcher: {
    close: 'Close',
    open: 'Switch customer',
    title: 'Switch customer',
    loadFailedTitle: 'The customer search could not be loaded',
    loadFailedBody:
      'Check your connection and try again. If a new version of the dashboard was just released, reload the page.',
    shortcutMac: '⌘ K',
    shortcutOther: 'Ctrl K',
  },
};

export type CustomersCatalogue = typeof customersEn;
