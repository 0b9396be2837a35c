import { Modal, type ModalProps } from '@mantine/core';

/**
 * A dialog that asks for a decision (confirm, cancel, fill in): Mantine's modal, centred, without
 * the unnamed close icon (the dialog's own Cancel or Stay button is the way out, and Escape), and
 * with a header that is not announced as the page's banner landmark.
 */
export function ActionDialog(props: ModalProps) {
  return (
    <Modal centered withCloseButton={false} attributes={{ header: { role: 'none' } }} {...props} />
  );
}
