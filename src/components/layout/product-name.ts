export const productName = 'Zero-Touch Batches';
