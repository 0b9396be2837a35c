import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render-app';
import { DataAsOf } from './data-as-of';

const label = (time: string) => `Data as of ${time}`;

describe('DataAsOf', () => {
  it('says when the data was fetched, as a date and time in the reader’s language', () => {
    renderWithProviders(<DataAsOf updatedAt={Date.UTC(2026, 10, 25, 12, 0, 30)} label={label} />);
    expect(
      screen.getByText(/^Data as of November 25, 2026 at \d{1,2}:\d{2}:30/),
    ).toBeInTheDocument();
  });

  it('says nothing before any data has arrived', () => {
    renderWithProviders(<DataAsOf updatedAt={0} label={label} />);
    expect(screen.queryByText(/Data as of/)).toBeNull();
  });
});
