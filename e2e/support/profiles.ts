import type { Page } from '@playwright/test';
import { profilesEn as texts } from '../../src/features/profiles/i18n/profiles-en';
import { expect } from './test';

/** A catalogue message with its placeholders filled, as the page shows it. */
const fill = (message: string, values: Record<string, string>) =>
  message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

/** One profile's card on the profiles page, found by its name. */
export const profileCard = (page: Page, name: string) =>
  page
    .getByRole('list', { name: texts.page.listLabel, exact: true })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name, exact: true, level: 3 }) });

/**
 * On the profiles page: opens "New profile…", names (and describes) the profile, ticks the settings
 * by keyboard and sends it with Enter, as a person at a keyboard would. Returns the new card.
 */
export async function createProfileInPage(
  page: Page,
  name: string,
  settings: readonly string[],
  description = '',
) {
  await page.getByRole('button', { name: texts.actions.newProfile, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: texts.form.createTitle });
  await expect(dialog).toBeVisible();
  const nameField = dialog.getByRole('textbox', { name: texts.form.name });
  await expect(nameField).toBeFocused();
  await nameField.fill(name);
  if (description !== '') {
    await dialog.getByRole('textbox', { name: texts.form.description }).fill(description);
  }
  for (const setting of settings) {
    await dialog.getByRole('checkbox', { name: setting, exact: true }).focus();
    await page.keyboard.press('Space');
  }
  await nameField.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(fill(texts.done.created, { name }), { exact: true })).toBeVisible();
  await expect(dialog).toBeHidden();
  return profileCard(page, name);
}
