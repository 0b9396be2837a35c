import { Outlet, useParams } from 'react-router';
import { AccountMenu } from '@/components/auth/account-menu';
import { AppFrame } from '@/components/layout/app-frame';
import { CustomerSwitcher } from '@/features/customers/components/customer-switcher';
import { useAuthStatus } from '@/lib/auth/auth-status';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';

/** The frame around every route; customer pages get the customer switcher in the header. */
export function RootLayout() {
  const { customerId } = useParams();
  const presenter = usePresenterMode();
  const signedIn = useAuthStatus().account !== null;
  return (
    <AppFrame
      customerSwitcher={
        signedIn && customerId !== undefined && !presenter.active && <CustomerSwitcher />
      }
      account={signedIn && <AccountMenu />}
    >
      <Outlet />
    </AppFrame>
  );
}
