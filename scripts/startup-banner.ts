/**
 * What `npm start` prints once everything listens: where the three servers are, and which demo
 * account shows what (README.md, "Demo accounts"), so nobody has to look them up.
 */
import type { DemoAccount } from '../emulator/identity/demo-accounts';

export interface StackUrls {
  readonly dashboard: string;
  readonly identityProvider: string;
  readonly partnerCenter: string;
}

/** Rows of cells, each column as wide as its widest cell. */
function table(rows: readonly (readonly string[])[], indent: string): string[] {
  const widths = rows[0]?.map((_cell, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, column) =>
          column === row.length - 1 ? cell : cell.padEnd(widths?.[column] ?? 0),
        )
        .join('   '),
  );
}

export function startupBanner(urls: StackUrls, accounts: readonly DemoAccount[]): string {
  return [
    '',
    '  Zero-Touch Batches is running',
    '',
    ...table(
      [
        ['Dashboard', urls.dashboard],
        ['Identity provider', urls.identityProvider],
        ['Partner Center emulator', `${urls.partnerCenter}  (API under /v1)`],
      ],
      '    ',
    ),
    '',
    '  Demo accounts, to choose on the sign-in page:',
    '',
    ...table(
      accounts.map((account) => [account.name, account.roleLabel, account.description]),
      '    ',
    ),
    '',
    '  Press Ctrl+C to stop. Each request is logged below, with the server that answered it.',
    '',
  ].join('\n');
}
