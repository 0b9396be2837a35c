import { AuthenticatedTemplate } from '@azure/msal-react';
import { Outlet, useParams } from 'react-router';
import { AccountMenu } from '@/components/auth/account-menu';
import { AppFrame } from '@/components/layout/app-frame';
import { CustomerSwitcher } from '@/features/customers/components/customer-switcher';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';

/** The frame around every route; customer pages get the customer switcher in the header. */
export function RootLayout() {
  const { customerId } = useParams();
  const presenter = usePresenterMode();
  return (
    <AppFrame
      customerSwitcher={
        customerId !== undefined &&
        !presenter.active && (
          <AuthenticatedTemplate>
            <CustomerSwitcher />
          </AuthenticatedTemplate>
        )
      }
      account={
        <AuthenticatedTemplate>
          <AccountMenu />
        </AuthenticatedTemplate>
      }
    >
      <Outlet />
    </AppFrame>
  );
}
