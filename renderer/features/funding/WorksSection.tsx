import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApi, useQuery } from '../../api/context';
import { useNotice } from '../../components/Notice';
import type { AmountChange } from '../../lib/amount-paste';
import {
  STAGES,
  STAGE_LABEL,
  type FundingSourceInfo,
  type FundingStage,
  type WorkRow,
} from '../../../shared/models/funding';
import { describeWorkCell, WORK_COLUMN_LABEL, WorksGrid, type WorkField } from './WorksGrid';
import { workPatch } from './work-edit';
import type { AmountEdit } from './amount-grid';
import type { GridApi } from 'ag-grid-community';
import { PrintGridButton } from '../../print/GridPrint';
import { formatNumber } from '../../../shared/format/number';
import { errorNotice, errorMessage } from '../../api/errors';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { DistrictSelect } from '../../components/CommuneFilters';
import { useStableHandler } from './use-stable-handler';

interface Props {
  year: number;
  /** The chosen cut-off; undefined = the latest, as the overview resolves it. */
  asOf: string | undefined;
  /** The year's sources, once the overview has them: the grid waits for them. */
  sources: FundingSourceInfo[] | undefined;
  /** Bumped by the page after any write, to reload the list. */
  version: number;
  saveAmounts: (changes: AmountChange[], edits?: AmountEdit[]) => Promise<void>;
  onChanged: () => void;
}

const NO_DISTRICTS: { id: number; name: string }[] = [];

/** The works of the year per commune: filters, one stage's figures by source, add and delete. */
export const WorksSection = memo(function WorksSection({
  year,
  asOf,
  sources,
  version,
  saveAmounts,
  onChanged,
}: Props) {
  const api = useApi();
  const notify = useNotice();
  const [districtId, setDistrictId] = useState<number | ''>('');
  const [communeId, setCommuneId] = useState<number | ''>('');
  const [stage, setStage] = useState<FundingStage>('need');
  const [newName, setNewName] = useState('');
  const [revealId, setRevealId] = useState<number | null>(null);
  const printApi = useRef<() => GridApi | null | undefined>(() => null);
  const [focused, setFocused] = useState<WorkRow | null>(null);
  const works = useQuery('funding.works', {
    year,
    asOf,
    districtId: districtId || undefined,
    communeId: communeId || undefined,
  });
  const { reload } = works;
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current !== version) reload();
    seen.current = version;
  }, [version, reload]);
  const list = works.data;
  const allCommunes = list?.communes;
  const communes = useMemo(
    () => (allCommunes ?? []).filter((c) => !districtId || c.districtId === districtId),
    [allCommunes, districtId],
  );
  const districts = list?.districts ?? NO_DISTRICTS;
  const districtOptions = useMemo(() => districts.map((d) => ({ id: d.id, label: d.name })), [districts]);
  // A national-scale list (thousands of xã) comes for the chosen district only.
  const communesWaitForDistrict = !districtId && !!list?.communesByDistrict;
  const editing = useMemo(
    () => (sources ? { describe: describeWorkCell(sources, stage), save: saveAmounts, notify } : null),
    [sources, stage, saveAmounts, notify],
  );
  const onEditField = useStableHandler((w: WorkRow, f: WorkField, t: string) => void editField(w, f, t));
  const onPrintApi = useCallback((a: () => GridApi | null | undefined) => (printApi.current = a), []);

  async function editField(work: WorkRow, field: WorkField, text: string) {
    const r = workPatch(field, text);
    const where = `Công trình «${work.name}», cột «${WORK_COLUMN_LABEL[field]}»`;
    if (!r.ok) return notify('error', `${where}: ${r.error}`);
    try {
      await api.invoke('works.update', { id: work.id, ...r.patch });
      notify('success', `Đã lưu công trình «${r.patch.name ?? work.name}».`);
      onChanged();
    } catch (err) {
      notify('error', `${where}: ${errorMessage(err)}`);
    }
  }

  // One commune filter: a new work goes to the xã chosen there.
  const newCommune = communeId;
  const newCommuneName = communes.find((c) => c.id === communeId)?.name;
  async function add() {
    if (!newCommune) return notify('error', 'Hãy chọn xã ở bộ lọc «Xã» trước: công trình mới được thêm vào xã đó.');
    try {
      const { id } = await api.invoke('works.create', {
        communeId: newCommune,
        name: newName,
        startYear: year,
        endYear: year,
      });
      notify('success', `Đã thêm công trình «${newName.trim()}» — nhập số tiền ngay ở dòng được chọn.`);
      setNewName('');
      setRevealId(id);
      onChanged();
    } catch (err) {
      notify('error', `Công trình mới: ${errorMessage(err)}`);
    }
  }

  async function remove() {
    if (!focused) return;
    if (!window.confirm(`Xóa công trình «${focused.name}» (xã ${focused.communeName}) cùng mọi số liệu của nó?`))
      return;
    try {
      await api.invoke('works.delete', { id: focused.id });
      notify('success', `Đã xóa công trình «${focused.name}».`);
      setFocused(null);
      onChanged();
    } catch (err) {
      notify('error', ...errorNotice(err));
    }
  }

  return (
    <>
      <h2 className="section-title">
        Công trình năm {year} <span className="unit">(số tiền: triệu đồng)</span>
      </h2>
      <div className="toolbar">
        <DistrictSelect
          ariaLabel="Lọc theo đơn vị cấp huyện"
          value={districtId}
          onChange={(id) => (setDistrictId(id), setCommuneId(''))}
          districts={districtOptions}
        />
        <label className="field-inline">
          Xã
          <select
            aria-label="Lọc theo xã"
            value={communeId}
            onChange={(e) => setCommuneId(e.target.value ? Number(e.target.value) : '')}
          >
            <option value="">Tất cả</option>
            {communesWaitForDistrict ? (
              <option value="" disabled>
                (chọn huyện trước)
              </option>
            ) : null}
            {communes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field-inline">
          Số liệu
          <ChoiceSelect
            aria-label="Giai đoạn"
            choices={STAGES}
            labels={STAGE_LABEL}
            value={stage}
            onChange={setStage}
          />
        </label>
        <span className="muted" data-testid="works-count">
          {!list
            ? ''
            : list.total > list.rows.length
              ? `${formatNumber(list.rows.length)} công trình đầu trong ${formatNumber(list.total)} — chọn đơn vị cấp huyện hoặc xã để xem hết`
              : `${formatNumber(list.rows.length)} công trình`}
        </span>
        <PrintGridButton
          api={() => printApi.current()}
          title={`Công trình năm ${year} – ${STAGE_LABEL[stage].toLowerCase()} (triệu đồng)`}
          filter={[
            districtId ? districts.find((d) => d.id === districtId)?.name : '',
            newCommuneName ? `xã ${newCommuneName}` : '',
          ]
            .filter(Boolean)
            .join(', ')}
        />
      </div>
      <div className="toolbar">
        <input
          type="text"
          aria-label="Tên công trình mới"
          placeholder={
            newCommuneName ? `Tên công trình mới của xã ${newCommuneName}` : 'Chọn xã ở bộ lọc để thêm công trình'
          }
          value={newName}
          onChange={(e) => setNewName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && void add()}
          className="wide-input"
        />
        <button onClick={() => void add()} disabled={!newCommune}>
          Thêm công trình{newCommuneName ? ` vào xã ${newCommuneName}` : ''}
        </button>
        <button className="secondary" onClick={() => void remove()} disabled={!focused}>
          Xóa công trình đang chọn
        </button>
      </div>
      {works.error ? <div className="error-box">{works.error}</div> : null}
      {list && sources && editing ? (
        <WorksGrid
          list={list}
          sources={sources}
          stage={stage}
          editing={editing}
          onEditField={onEditField}
          onFocusWork={setFocused}
          revealWorkId={revealId}
          onPrintApi={onPrintApi}
        />
      ) : null}
    </>
  );
});
