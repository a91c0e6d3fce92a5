/** Turns what a person typed or chose in a work's cell into the field to save, or says what is wrong. */
import { parseAmount } from '../../../shared/domain/amount';
import { WORK_STATUSES, WORK_STATUS_LABEL, type WorkStatus } from '../../../shared/models/funding';
import type { WorkField } from './WorksGrid';

export interface WorkPatch {
  name?: string;
  criterionNo?: number | null;
  startYear?: number | null;
  endYear?: number | null;
  status?: WorkStatus;
  committedValue?: number | null;
  notes?: string;
}

export type PatchResult = { ok: true; patch: WorkPatch } | { ok: false; error: string };

export function workPatch(field: WorkField, raw: string): PatchResult {
  const text = raw.trim();
  switch (field) {
    case 'name':
      return { ok: true, patch: { name: text } };
    case 'notes':
      return { ok: true, patch: { notes: raw } };
    case 'criterion': {
      if (!text) return { ok: true, patch: { criterionNo: null } };
      const m = /^(\d{1,2})\b/.exec(text);
      return m
        ? { ok: true, patch: { criterionNo: Number(m[1]) } }
        : { ok: false, error: `«${text}» không phải số tiêu chí.` };
    }
    case 'startYear':
    case 'endYear': {
      if (!text) return { ok: true, patch: { [field]: null } };
      return /^\d{4}$/.test(text)
        ? { ok: true, patch: { [field]: Number(text) } }
        : { ok: false, error: `«${text}» không phải năm (4 chữ số).` };
    }
    case 'status': {
      const status = WORK_STATUSES.find((s) => WORK_STATUS_LABEL[s] === text);
      return status ? { ok: true, patch: { status } } : { ok: false, error: `«${text}» không phải tình trạng.` };
    }
    case 'committedValue': {
      const r = parseAmount(raw);
      return r.ok ? { ok: true, patch: { committedValue: r.value } } : { ok: false, error: r.error };
    }
  }
}
