import { describe, it, expect } from 'vitest';
import {
  certificateExpiry,
  deriveStatus,
  evaluationKind,
  isDueFromFacts,
  kindLabel,
  summarizeEvaluations,
  type EvaluationFact,
} from '../../shared/domain/ocop-status';

let nextId = 1;
const ev = (e: Partial<EvaluationFact> & Pick<EvaluationFact, 'level' | 'stars'>): EvaluationFact => {
  const decisionDate = e.decisionDate ?? null;
  return {
    id: nextId++,
    evaluatedDate: null,
    decisionDate,
    expiryDate: decisionDate ? certificateExpiry(decisionDate) : null,
    revokedDate: null,
    ...e,
  };
};

describe('certificate expiry', () => {
  it('is 36 months after the decision, clamped to the month end', () => {
    expect(certificateExpiry('2021-07-20')).toBe('2024-07-20');
    expect(certificateExpiry('2020-02-29')).toBe('2023-02-28');
    expect(certificateExpiry('2022-12-31')).toBe('2025-12-31');
  });
});

describe('OCOP status as of a date', () => {
  const district = ev({ level: 'district', stars: 3, evaluatedDate: '2021-05-10' });
  const province = ev({ level: 'province', stars: 4, evaluatedDate: '2021-06-15' });
  const recognised = ev({ level: 'province', stars: 4, evaluatedDate: '2021-06-15', decisionDate: '2021-07-20' });

  it('walks registered → district → province → recognised', () => {
    expect(deriveStatus([], '2022-01-01')).toBe('registered');
    expect(deriveStatus([district], '2021-05-09')).toBe('registered');
    expect(deriveStatus([district], '2021-05-10')).toBe('district_evaluated');
    expect(deriveStatus([district, province], '2021-06-20')).toBe('province_evaluated');
    expect(deriveStatus([district, recognised], '2021-07-19')).toBe('province_evaluated');
    expect(deriveStatus([district, recognised], '2021-07-20')).toBe('recognised');
  });

  it('is expiring within 6 months of expiry, expired after it, revoked from the revocation', () => {
    expect(deriveStatus([recognised], '2024-01-19')).toBe('recognised');
    expect(deriveStatus([recognised], '2024-01-20')).toBe('expiring');
    expect(deriveStatus([recognised], '2024-07-20')).toBe('expiring');
    expect(deriveStatus([recognised], '2024-07-21')).toBe('expired');
    const revoked = { ...recognised, revokedDate: '2023-12-01' };
    expect(deriveStatus([revoked], '2023-11-30')).toBe('recognised');
    expect(deriveStatus([revoked], '2023-12-01')).toBe('revoked');
  });

  it('does not recognise a result below 3★ even with a decision date', () => {
    const low = ev({ level: 'province', stars: 2, evaluatedDate: '2021-06-15', decisionDate: '2021-07-20' });
    expect(deriveStatus([low], '2022-01-01')).toBe('province_evaluated');
  });

  it('takes the newest certificate after an upgrade and counts undated evaluations as done', () => {
    const three = ev({ level: 'province', stars: 3, decisionDate: '2020-05-01' });
    const four = ev({ level: 'province', stars: 4, evaluatedDate: '2023-03-01', decisionDate: '2023-04-01' });
    expect(deriveStatus([three, four], '2023-03-15')).toBe('expiring'); // 3★ expires 2023-05-01
    expect(deriveStatus([three, four], '2023-04-01')).toBe('recognised');
    expect(deriveStatus([ev({ level: 'province', stars: 4 })], '2000-01-01')).toBe('province_evaluated');
  });

  it('marks a product due for re-evaluation until a newer evaluation is recorded', () => {
    // The calendar applies isDueFromFacts to the facts the register reads; summarizeEvaluations gives the same facts for one product.
    const isDueForReevaluation = (evals: EvaluationFact[], asOf: string) => isDueFromFacts(summarizeEvaluations(evals, asOf), asOf);
    expect(isDueForReevaluation([recognised], '2024-03-01')).toBe(true);
    expect(isDueForReevaluation([recognised], '2025-03-01')).toBe(true);
    expect(isDueForReevaluation([recognised], '2023-03-01')).toBe(false);
    const again = ev({ level: 'province', stars: 4, evaluatedDate: '2024-05-02' });
    expect(isDueForReevaluation([recognised, again], '2024-05-01')).toBe(true);
    expect(isDueForReevaluation([recognised, again], '2024-05-02')).toBe(false);
    expect(isDueForReevaluation([{ ...recognised, revokedDate: '2024-02-01' }], '2024-03-01')).toBe(false);
  });
});

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
