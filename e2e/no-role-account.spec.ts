import { expectNoAxeViolations } from './support/axe';
import { accounts } from './support/accounts';
import { chooseAccount, openSignedIn } from './support/sign-in';
import { expect, test } from './support/test';

// The refused list is a failed load that the browser logs.
test.use({ allowedConsoleErrors: [/Failed to load resource: .* 403/] });

test.describe('an account without a Partner Center role', () => {
  test('is told which role it needs and who grants it, and can sign in with another account', async ({
    page,
  }) => {
    await openSignedIn(page, '/customers', accounts.noAccess);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Your account has no role in Partner Center');
    await expect(alert).toContainText('Admin agent or Sales agent');
    await expect(alert).toContainText('partner organisation’s admin');
    await expect(alert).toContainText('HTTP status: 403');
    await expect(alert).toContainText('Request id:');
    await expect(alert).toContainText('Correlation id:');
    await expectNoAxeViolations(page);
    await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);

    await alert.getByRole('button', { name: 'Sign in with another account' }).click();
    await chooseAccount(page, accounts.admin);
    await expect(page).toHaveURL((url) => url.pathname === '/customers');
    await expect(
      page.getByRole('button', { name: `Account: ${accounts.admin.name}` }),
    ).toBeVisible();
    await expect(
      page.getByRole('main').getByRole('heading', { name: 'All customers' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
