import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render-app';
import { RelationshipBadge } from './relationship-badge';

describe('RelationshipBadge', () => {
  it('names a documented relationship in words', () => {
    renderWithProviders(<RelationshipBadge relationship="microsoft_support" />);
    expect(screen.getByText('Microsoft support')).toBeInTheDocument();
  });

  it('shows a relationship the docs do not list as it came', () => {
    renderWithProviders(<RelationshipBadge relationship="partner_of_record" />);
    expect(screen.getByText('partner_of_record')).toBeInTheDocument();
  });

  it('shows nothing without a relationship', () => {
    renderWithProviders(
      <p>
        before
        <RelationshipBadge relationship={undefined} />
        after
      </p>,
    );
    expect(screen.getByText(/before/)).toHaveTextContent(/^beforeafter$/);
  });
});
