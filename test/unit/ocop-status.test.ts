import { describe, it, expect } from 'vitest';
import { certificateExpiry, evaluationKind, kindLabel } from '../../shared/domain/ocop-status';

describe('certificate expiry', () => {
  it('is 36 months after the decision, clamped to the month end', () => {
    expect(certificateExpiry('2021-07-20')).toBe('2024-07-20');
    expect(certificateExpiry('2020-02-29')).toBe('2023-02-28');
    expect(certificateExpiry('2022-12-31')).toBe('2025-12-31');
  });
});

// The status as of a date is tested on a real database, with the one SQL rule for its facts: test/db/ocop-facts.test.ts.

describe('evaluation kinds', () => {
  it('is an upgrade when an earlier certificate had fewer stars', () => {
    expect(evaluationKind(null, 4)).toBe('new');
    expect(evaluationKind(null, 4, 'upgrade')).toBe('upgrade');
    expect(evaluationKind(3, 4)).toBe('upgrade');
    expect(evaluationKind(4, 4, 'new')).toBe('re_evaluation');
    expect(kindLabel('upgrade', 3, 4)).toBe('Thăng hạng 3 sao → 4 sao');
    expect(kindLabel('upgrade', null, 4)).toBe('Thăng hạng lên 4 sao');
  });
});
