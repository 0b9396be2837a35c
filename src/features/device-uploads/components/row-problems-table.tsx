import { List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from './scroll-box';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';
import type { InvalidDeviceRow } from '../csv/validate-device-rows';
import { deviceIdentity } from './device-identity';
import { useDescribeRowProblem } from './use-describe-row-problem';

/** Rows shown on the page; the rest are counted, and all are in the CSV of rows left out. */
export const shownProblemRows = 200;

/** The rows that will not be sent, each with every reason in words. */
export function RowProblemsTable({ rows }: { readonly rows: readonly InvalidDeviceRow[] }) {
  const { t, i18n } = useTranslation('deviceUploads');
  const { active: presenting } = usePresenterMode();
  const describe = useDescribeRowProblem();
  const hidden = rows.length - shownProblemRows;
  const formatted = new Intl.NumberFormat(i18n.language).format(Math.max(0, hidden));
  return (
    <>
      {/* Scrolls sideways on a phone: focusable, so a keyboard can scroll it too. */}
      <ScrollBox minWidth={480} label={t('problems.tableLabel')}>
        <Table aria-label={t('problems.tableLabel')} verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('problems.line')}</Table.Th>
              <Table.Th scope="col">{t('problems.device')}</Table.Th>
              <Table.Th scope="col">{t('problems.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, shownProblemRows).map(({ line, row, problems }) => (
              <Table.Tr key={line}>
                <Table.Td>{line}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {deviceIdentity(row, presenting)}
                </Table.Td>
                <Table.Td>
                  <List size="sm" spacing={2}>
                    {problems.map((problem, index) => (
                      <List.Item key={index}>{describe(problem)}</List.Item>
                    ))}
                  </List>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollBox>
      {hidden > 0 && <Text size="sm">{t('problems.more', { count: hidden, formatted })}</Text>}
    </>
  );
}
