import { Alert, List, Text } from '@mantine/core';
import { IconFileAlert } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { expectedHeaders } from '../csv/autopilot-csv-format';
import { maxCsvBytes, type CsvBytesProblem } from '../csv/decode-csv-bytes';
import type { CsvFileProblem } from '../csv/parse-autopilot-csv';

type FileProblem =
  | { readonly kind: 'unreadable'; readonly problem: CsvBytesProblem }
  | { readonly kind: 'not-autopilot'; readonly problem: CsvFileProblem }
  | { readonly kind: 'failed'; readonly message: string };

const maxMegabytes = Math.round(maxCsvBytes / (1024 * 1024));

/** The first row as found, kept short: a hash where a heading should be is 4,000 characters. */
function quoteHeader(cells: readonly string[]): string {
  const shown = cells
    .slice(0, 8)
    .map((cell) => (cell.length > 40 ? `${cell.slice(0, 40)}…` : cell));
  return [...shown, ...(cells.length > 8 ? ['…'] : [])].join(', ');
}

/** Why a file cannot be used at all, and what the file should look like instead. */
export function FileProblemAlert({ problem }: { readonly problem: FileProblem }) {
  const { t } = useTranslation('deviceUploads');
  const expected = t('fileProblem.expected', {
    partnerCenter: expectedHeaders['partner-center'].join(', '),
    intune: expectedHeaders.intune.join(', '),
  });
  let message: string;
  let showExpected = false;
  if (problem.kind === 'failed') {
    message = t('fileProblem.unreadable', { message: problem.message });
  } else if (problem.kind === 'unreadable') {
    message =
      problem.problem === 'empty'
        ? t('fileProblem.empty')
        : problem.problem === 'binary'
          ? t('fileProblem.binary')
          : t('fileProblem.tooLarge', { maxMegabytes });
  } else {
    const fileProblem = problem.problem;
    showExpected = fileProblem.code !== 'duplicate-column' && fileProblem.code !== 'no-rows';
    switch (fileProblem.code) {
      case 'empty':
        message = t('fileProblem.empty');
        break;
      case 'no-rows':
        message = t('fileProblem.noRows');
        break;
      case 'unrecognised-header':
        message = t('fileProblem.unrecognisedHeader', { found: quoteHeader(fileProblem.found) });
        break;
      case 'no-header-row':
        message = t('fileProblem.noHeaderRow');
        break;
      case 'duplicate-column':
        message = t('fileProblem.duplicateColumn', { column: fileProblem.column });
        break;
    }
  }
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={t('fileProblem.title')}
      icon={<IconFileAlert aria-hidden />}
    >
      <List spacing={4} size="sm">
        <List.Item>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {message}
          </Text>
        </List.Item>
        {showExpected && (
          <List.Item>
            <Text size="sm">{expected}</Text>
          </List.Item>
        )}
      </List>
    </Alert>
  );
}
