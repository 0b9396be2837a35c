import { createSeedCatalogue, defaultSeed } from '../emulator/seed/seed-catalogue';
import { expectNoAxeViolations } from './support/axe';
import { accounts } from './support/accounts';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

/** The stack runs the emulator with its default seed, so the catalogue here is the one served. */
const seeded = createSeedCatalogue(Number(process.env.EMULATOR_SEED ?? defaultSeed)).customers;
const pageSize = 100;

test('"Load more" pages through the whole list, to the last customer of the seed', async ({
  page,
}) => {
  test.slow(); // about a dozen pages of a hundred customers each
  const last = seeded.at(-1);
  if (!last) throw new Error('the seed has no customers');
  await openSignedIn(page, '/customers', accounts.admin);
  const list = page.getByRole('list', { name: 'All customers' });
  const loadMore = page.getByRole('button', { name: 'Load more customers' });

  await expect(
    page.getByText(`Showing the first ${pageSize} customers. More are available.`),
  ).toBeVisible();
  await expect(list.getByRole('link')).toHaveCount(pageSize);
  await expectNoAxeViolations(page);

  for (let loaded = pageSize * 2; loaded < seeded.length; loaded += pageSize) {
    await loadMore.click();
    await expect(
      page.getByText(
        `Showing the first ${loaded.toLocaleString('en-US')} customers. More are available.`,
      ),
    ).toBeVisible();
  }
  await loadMore.click();

  await expect(
    page.getByText(`Showing all ${seeded.length.toLocaleString('en-US')} customers.`),
  ).toBeVisible();
  await expect(list.getByRole('link')).toHaveCount(seeded.length);
  await expect(list.getByRole('link').last()).toHaveText(last.companyName);
  await expect(list.getByRole('listitem').last()).toContainText(last.id);
  await expect(loadMore).toBeHidden();
});
