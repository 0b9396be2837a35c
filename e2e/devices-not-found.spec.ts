import { customerWithManyBatches } from '../emulator/seed/named-customers';
import { expectNoAxeViolations } from './support/axe';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

const batchesPath = `/customers/${customerWithManyBatches.id}/device-batches`;

test('a batch that does not exist says so, and leads back to the batches', async ({ page }) => {
  await openSignedIn(page, `${batchesPath}/${encodeURIComponent('No such batch #9')}/devices`);
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('This batch does not exist (anymore)');
  await expect(panel).toContainText('Partner Center has no batch called “No such batch #9”');
  await expect(page.getByRole('heading', { name: 'No such batch #9', level: 2 })).toBeVisible();
  await expectNoAxeViolations(page);

  await panel.getByRole('link', { name: 'Back to the device batches' }).click();
  await expect(page).toHaveURL((url) => url.pathname === batchesPath);
});
