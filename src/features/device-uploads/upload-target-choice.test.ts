import { checkTargetChoice } from './upload-target-choice';

describe('checkTargetChoice', () => {
  const existing = ['Lab #3', 'Kiosks'];

  it('gives a new batch its trimmed name, once the name is free', () => {
    expect(
      checkTargetChoice(
        { kind: 'new-batch', newName: '  R&D #4 ', existingId: undefined },
        existing,
      ),
    ).toEqual({
      ok: true,
      target: { kind: 'new-batch', batchId: 'R&D #4' },
    });
    expect(
      checkTargetChoice({ kind: 'new-batch', newName: 'kiosks', existingId: undefined }, existing),
    ).toEqual({
      ok: false,
      nameProblem: 'taken',
    });
  });

  it('needs one of the customer’s batches to add to', () => {
    expect(
      checkTargetChoice({ kind: 'existing-batch', newName: '', existingId: 'Kiosks' }, existing),
    ).toEqual({
      ok: true,
      target: { kind: 'existing-batch', batchId: 'Kiosks' },
    });
    expect(
      checkTargetChoice({ kind: 'existing-batch', newName: '', existingId: undefined }, existing)
        .ok,
    ).toBe(false);
    expect(
      checkTargetChoice({ kind: 'existing-batch', newName: '', existingId: 'Gone' }, existing).ok,
    ).toBe(false);
  });
});
