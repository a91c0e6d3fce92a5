import { useEffect, useState } from 'react';
import { useApi } from '../../api/context';
import { useNotice } from '../../components/Notice';
import type { PendingSuccession, UnitRef } from '../../../shared/models/successions';
import type { UnitRow } from '../../../shared/models/units';
import { matchesSearch } from '../../../shared/format/text';
import { errorNotice } from '../../api/errors';
import { SearchField } from '../../components/SearchField';

/** "Xã Đông Phước (huyện Châu Thành, Tỉnh …) · mã 31369": an old unit with where it was. */
export function unitRefLabel(u: Pick<UnitRef, 'fullName' | 'districtFullName' | 'provinceFullName' | 'code'>): string {
  const where = [u.districtFullName, u.provinceFullName].filter(Boolean).join(', ');
  return `${u.fullName}${where ? ` (${where})` : ''}${u.code ? ` · mã ${u.code}` : ''}`;
}

/** The last day of the old structure: old units are listed as they stood on 30/6/2025. */
const OLD_STRUCTURE_DATE = '2025-06-30';

/**
 * The old unit's name inside a published part, to search for it:
 * "Phường Bùi Hữu Nghĩa (phần còn lại sau khi …)" → "Bùi Hữu Nghĩa".
 */
export function suggestedSearch(part: string): string {
  const name = part
    .replace(/\(.*$/, '')
    .replace(/^.*\bcủa\s+(các\s+)?/i, '')
    .replace(/^(một phần|phần còn lại)\b.*$/i, '')
    .replace(/^(phường|xã|thị trấn)\s+/i, '')
    .trim();
  return name.length >= 2 && name.length <= 40 ? name : '';
}

/** Finds other old units of the province by name, for parts the national data could not match. */
function OldUnitSearch({
  onPick,
  exclude,
  initial,
}: {
  onPick: (u: UnitRef) => void;
  exclude: Set<number>;
  initial: string;
}) {
  const [text, setText] = useState(initial);
  const api = useApi();
  const q = text.trim();
  const [result, setResult] = useState<{ q: string; units: UnitRow[] } | null>(null);
  useEffect(() => {
    if (q.length < 2) return;
    let live = true;
    api.invoke('units.list', { date: OLD_STRUCTURE_DATE, search: q }).then(
      (r) => live && setResult({ q, units: r.units }),
      () => live && setResult({ q, units: [] }),
    );
    return () => {
      live = false;
    };
  }, [api, q]);
  const current = q.length >= 2 && result?.q === q ? result : null;
  // The search also matches district names («quận Thốt Nốt»): units named so come first, alone.
  const found = (current?.units ?? []).filter((u) => !exclude.has(u.id));
  const byName = found.filter((u) => matchesSearch(u.name, q));
  const rows = (byName.length ? byName : found).slice(0, 8);
  return (
    <div className="old-search">
      <SearchField
        label="Tìm đơn vị cũ khác"
        ariaLabel="Tìm đơn vị cũ khác"
        placeholder="tên xã, phường, thị trấn cũ"
        value={text}
        onChange={setText}
      />
      {rows.length ? (
        <ul className="old-search-results">
          {rows.map((u) => (
            <li key={u.id}>
              <button
                className="link"
                onClick={() => {
                  onPick({
                    id: u.id,
                    code: u.code,
                    name: u.name,
                    kind: u.kind,
                    fullName: u.fullName,
                    districtFullName: u.districtFullName,
                    provinceFullName: '',
                    validFrom: u.validFrom,
                    validTo: u.validTo,
                  });
                  setText('');
                }}
              >
                + {unitRefLabel({ ...u, provinceFullName: '' })}
              </button>
            </li>
          ))}
        </ul>
      ) : current ? (
        <p className="muted">Không tìm thấy đơn vị cũ «{q}».</p>
      ) : null}
    </div>
  );
}

/**
 * Settles one «cần xác nhận» part with a few clicks: tick the old unit(s) it stands for (or say none
 * corresponds), whole or partial, an optional note. The service audits it; it can be settled again.
 */
export function SettleForm({
  item,
  onSettled,
}: {
  item: PendingSuccession;
  onSettled: (row: PendingSuccession) => void;
}) {
  const api = useApi();
  const notify = useNotice();
  const [options, setOptions] = useState<UnitRef[]>(() => [
    ...item.candidates,
    ...item.chosen.filter((c) => !item.candidates.some((k) => k.id === c.id)),
  ]);
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(item.chosen.map((c) => c.id)));
  const [extent, setExtent] = useState(item.extent);
  const [note, setNote] = useState(item.note);
  const [busy, setBusy] = useState(false);
  const toggle = (id: number) =>
    setChosen((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  async function settle(oldUnitIds: number[]) {
    if (busy) return;
    setBusy(true);
    try {
      const row = await api.invoke('successions.settle', {
        id: item.id,
        oldUnitIds,
        extent,
        note: note.trim() || undefined,
      });
      const names = row.chosen.map((c) => c.fullName).join(', ');
      notify(
        'success',
        names
          ? `Đã xác nhận: ${item.newUnit.fullName} hình thành từ ${names}.`
          : `Đã xác nhận: phần «${item.part}» của ${item.newUnit.fullName} không ứng với đơn vị cũ nào.`,
      );
      onSettled(row);
    } catch (e) {
      notify('error', ...errorNotice(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="settle-form" role="group" aria-label={`Xác nhận kế thừa: ${item.part}`}>
      {options.length ? (
        <fieldset className="settle-options">
          <legend>Phần này ứng với đơn vị cũ nào?</legend>
          {options.map((u) => (
            <label key={u.id} className="check-line">
              <input type="checkbox" checked={chosen.has(u.id)} onChange={() => toggle(u.id)} disabled={busy} />
              <span>{unitRefLabel(u)}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="muted settle-none">
          Danh mục quốc gia không khớp được đơn vị cũ nào cho phần này. Tìm đơn vị cũ bên dưới, hoặc xác nhận là không
          có.
        </p>
      )}
      <OldUnitSearch
        initial={options.length ? '' : suggestedSearch(item.part)}
        exclude={new Set(options.map((o) => o.id))}
        onPick={(u) => {
          setOptions((o) => [...o, u]);
          setChosen((s) => new Set(s).add(u.id));
        }}
      />
      <div className="form-row">
        <span className="muted">Phạm vi:</span>
        <label className="check-line">
          <input
            type="radio"
            name={`extent-${item.id}`}
            checked={extent === 'whole'}
            onChange={() => setExtent('whole')}
            disabled={busy}
          />
          <span>toàn bộ đơn vị cũ</span>
        </label>
        <label className="check-line">
          <input
            type="radio"
            name={`extent-${item.id}`}
            checked={extent === 'partial'}
            onChange={() => setExtent('partial')}
            disabled={busy}
          />
          <span>một phần (chuyển một phần diện tích, dân số)</span>
        </label>
        <label className="field-inline settle-note">
          Ghi chú
          <input
            type="text"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-label="Ghi chú xác nhận"
            maxLength={500}
            disabled={busy}
          />
        </label>
      </div>
      <div className="toolbar">
        <button onClick={() => void settle([...chosen])} disabled={busy || chosen.size === 0}>
          {chosen.size ? `Xác nhận ${chosen.size} đơn vị cũ` : 'Chọn đơn vị cũ'}
        </button>
        <button className="secondary" onClick={() => void settle([])} disabled={busy}>
          Không có đơn vị cũ tương ứng
        </button>
      </div>
    </div>
  );
}
