import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render-app';
import type { UploadTarget } from '../api/send-device-upload';
import { ConfirmUploadModal } from './confirm-upload-modal';

function renderModal({
  target = { kind: 'new-batch', batchId: 'Lab #4' },
  deviceCount = 6,
  leftOutCount = 0,
}: { target?: UploadTarget; deviceCount?: number; leftOutCount?: number } = {}) {
  const onCancel = vi.fn();
  const onConfirm = vi.fn();
  renderWithProviders(
    <ConfirmUploadModal
      opened
      onCancel={onCancel}
      onConfirm={onConfirm}
      target={target}
      customerName="Contoso"
      deviceCount={deviceCount}
      leftOutCount={leftOutCount}
    />,
  );
  const dialog = screen.getByRole('dialog', { name: 'Register these devices?' });
  return { onCancel, onConfirm, dialog };
}

const cancelIn = (dialog: HTMLElement) => within(dialog).getByRole('button', { name: 'Cancel' });

describe('ConfirmUploadModal', () => {
  it('focuses Cancel first, so Enter right away does not send', async () => {
    const user = userEvent.setup({ delay: null });
    const { onCancel, onConfirm, dialog } = renderModal();

    await waitFor(() => {
      expect(cancelIn(dialog)).toHaveFocus();
    });
    await user.keyboard('{Enter}');

    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('closes on Escape without sending', async () => {
    const user = userEvent.setup({ delay: null });
    const { onCancel, onConfirm, dialog } = renderModal();
    await waitFor(() => {
      expect(cancelIn(dialog)).toHaveFocus();
    });

    await user.keyboard('{Escape}');

    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('names the count, the batch and the customer, and sends only from its own button', async () => {
    const user = userEvent.setup({ delay: null });
    const { onCancel, onConfirm, dialog } = renderModal({ deviceCount: 6, leftOutCount: 3 });

    expect(dialog).toHaveTextContent(
      '6 devices will be registered in a new batch “Lab #4” for Contoso.',
    );
    expect(dialog).toHaveTextContent('The 3 rows with problems will not be sent.');
    expect(dialog).not.toHaveTextContent(/requests of at most/);
    // Cancel is the only way out besides sending: no unnamed close icon.
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Cancel', 'Register 6 devices']);

    await user.click(within(dialog).getByRole('button', { name: 'Register 6 devices' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('says a large upload to an existing batch goes in several requests', () => {
    const { dialog } = renderModal({
      target: { kind: 'existing-batch', batchId: 'Lab #3' },
      deviceCount: 1_234,
    });

    expect(dialog).toHaveTextContent(
      '1,234 devices will be added to the batch “Lab #3” of Contoso.',
    );
    expect(dialog).toHaveTextContent(
      'They are sent to Partner Center in 3 requests of at most 500 devices, one after another.',
    );
    expect(dialog).not.toHaveTextContent(/rows with problems/);
    expect(within(dialog).getByRole('button', { name: 'Register 1,234 devices' })).toBeVisible();
  });
});
