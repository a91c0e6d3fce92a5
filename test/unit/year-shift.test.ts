import { describe, expect, it } from 'vitest';
import { shiftYear, shiftYearInText } from '../../electron/services/documents/year-shift';
import { PLAN_NARRATIVE_2022 } from '../../db/seed/data/plan-narrative-2022';

describe('carrying a plan text to a new year', () => {
  it('moves the plan year in running text', () => {
    expect(shiftYearInText('phấn đấu đến cuối năm 2022 có thêm 03 xã', 2022, 2023)).toBe(
      'phấn đấu đến cuối năm 2023 có thêm 03 xã',
    );
    expect(shiftYearInText('các xã theo lộ trình về đích năm 2022.', 2022, 2027)).toBe(
      'các xã theo lộ trình về đích năm 2027.',
    );
  });

  it('keeps the dates and quoted titles of the acts it cites', () => {
    const s =
      'cụ thể hóa Quyết định số 263/QĐ-TTg ngày 22 tháng 02 năm 2022 của Thủ tướng Chính phủ; Nghị quyết số 33/NQ-HĐND ngày 09 tháng 12 năm 2021 về Kế hoạch phát triển kinh tế - xã hội năm 2022; thực hiện trong năm 2022.';
    expect(shiftYearInText(s, 2022, 2023)).toBe(
      'cụ thể hóa Quyết định số 263/QĐ-TTg ngày 22 tháng 02 năm 2022 của Thủ tướng Chính phủ; Nghị quyết số 33/NQ-HĐND ngày 09 tháng 12 năm 2021 về Kế hoạch phát triển kinh tế - xã hội năm 2022; thực hiện trong năm 2023.',
    );
    expect(shiftYearInText('Kế hoạch số 05/KH-BCĐ ngày 11/7/2022 của Ban Chỉ đạo', 2022, 2023)).toBe(
      'Kế hoạch số 05/KH-BCĐ ngày 11/7/2022 của Ban Chỉ đạo',
    );
    expect(shiftYearInText('một ngày 11 tháng 7 năm 2022 khác', 2022, 2023)).toBe('một ngày 11 tháng 7 năm 2022 khác');
  });

  it('does not touch a longer number or another year', () => {
    expect(shiftYearInText('năm 20221 và năm 2021', 2022, 2023)).toBe('năm 20221 và năm 2021');
  });

  it('keeps every citation of the seed plan when carried to 2023', () => {
    const carried = shiftYear(PLAN_NARRATIVE_2022, 2022, 2023);
    const all = JSON.stringify(carried);
    expect(all).toContain('Quyết định số 263/QĐ-TTg ngày 22 tháng 02 năm 2022');
    expect(all).not.toContain('ngày 22 tháng 02 năm 2023');
    expect(all).toContain('Hội đồng nhân dân tỉnh Hậu Giang về Kế hoạch phát triển kinh tế - xã hội năm 2022');
    expect(all).toContain('về đích năm 2023');
    expect(carried.legalItems).toEqual(PLAN_NARRATIVE_2022.legalItems);
  });
});
