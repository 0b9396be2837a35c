import type { Page } from '@playwright/test';
import { manyBatches } from '../emulator/seed/named-batches';
import { customerWithManyBatches } from '../emulator/seed/named-customers';
import { openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

const batchesPath = `/customers/${customerWithManyBatches.id}/device-batches`;
const testBatch = manyBatches.testBatch;

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

test.describe('moving between pages', () => {
  test('skips to the content, opens each page at its top with focus on its heading, and back restores', async ({
    page,
  }) => {
    await openSignedIn(page, batchesPath);
    const batchesHeading = page.getByRole('heading', { name: 'Device batches', level: 2 });
    await expect(page.getByRole('table', { name: 'Device batches' })).toBeVisible();
    // The first load leaves focus alone.
    await expect(batchesHeading).not.toBeFocused();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

    // The first Tab shows "Skip to main content", which leads past the header.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await expect(page).toHaveURL((url) => url.pathname === batchesPath && url.hash === '');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('banner').locator(':focus')).toHaveCount(0);

    // Scrolled down to the batch, its devices open at the top of their page, heading focused.
    const devicesLink = page
      .getByRole('table', { name: 'Device batches' })
      .getByRole('link', { name: new RegExp(`devices? in ${testBatch.id}$`) });
    await devicesLink.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 400);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(200);
    const scrolledTo = await scrollY(page);
    await devicesLink.click();
    const devicesHeading = page.getByRole('heading', { name: testBatch.id, level: 2 });
    await expect(devicesHeading).toBeFocused();
    expect(await scrollY(page)).toBe(0);

    // Back: the batches page where it was left, its heading focused without scrolling to it.
    await page.goBack();
    await expect(batchesHeading).toBeFocused();
    await expect.poll(() => scrollY(page)).toBe(scrolledTo);

    // A search written into the address keeps the page and the focus where they are.
    const search = page.getByRole('searchbox', { name: 'Search by name' });
    await search.fill('t');
    await expect(page).toHaveURL(/[?&]q=t(&|$)/);
    await expect(search).toBeFocused();
  });
});
