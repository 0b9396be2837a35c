import '../styles/mantine-customers.css';
import { Outlet, useParams } from 'react-router';
import { CustomerFrame } from '@/features/customers/components/customer-frame';
import { InvalidCustomerId } from '@/features/customers/components/invalid-customer-id';
import { isTenantId } from '@/features/customers/tenant-id';

/**
 * The layout of every `/customers/{tenantId}/…` page. A malformed id stops here, before any
 * request; otherwise the customer header and the page mount together, so the customer and the
 * page's own data are fetched at the same time.
 */
export function CustomerLayout() {
  const { customerId = '' } = useParams();
  if (!isTenantId(customerId)) return <InvalidCustomerId value={customerId} />;
  return (
    <CustomerFrame customerId={customerId}>
      <Outlet />
    </CustomerFrame>
  );
}
