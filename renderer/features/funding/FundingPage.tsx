import { useMemo, useState } from 'react';
import { useApi, useQuery } from '../../api/context';
import { useAppState } from '../../app-state';
import { useNotice } from '../../components/Notice';
import { useExport } from '../../components/useExport';
import { SampleBanner } from '../../components/SampleBanner';
import { YearPicker } from '../../components/YearPicker';
import { parseAmount } from '../../../shared/domain/amount';
import type { AmountChange } from '../../lib/amount-paste';
import { formatShortDate } from '../../../shared/format/date';
import { STAGES, STAGE_LABEL, type FundingStage } from '../../../shared/models/funding';
import { DistrictTable, FundingStats, StatedTotals, WarningsList } from './FundingParts';
import { ImportPanel } from './ImportPanel';
import { describeSourceCell, SourcesGrid } from './SourcesGrid';
import { WorksSection } from './WorksSection';
import { DateField } from '../../components/DateField';
import { useUndoRedo } from '../../components/useUndoRedo';
import type { AmountEdit } from './amount-grid';
import type { AmountTarget } from '../../lib/amount-paste';
import type { ThousandVnd } from '../../../shared/models/units-of-measure';
import { errorNotice, errorMessage } from '../../api/errors';
import { useStableHandler } from './use-stable-handler';

/** An amount cell of one disbursement cut-off: what undo and redo address. */
type UndoKey = AmountTarget & { asOf: string | undefined };

/** "Nguồn vốn": the year's funding by the six sources in three stages, the works, warnings, Excel. */
export function FundingPage() {
  const api = useApi();
  const notify = useNotice();
  const { year, setYear } = useAppState();
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const overview = useQuery('funding.overview', { year, asOf });
  const [worksVersion, setWorksVersion] = useState(0);
  // useQuery keeps the objects of what did not change (renderer/lib/share-unchanged.ts).
  const data = overview.data;

  // Stable handlers and memoised parts: the page re-renders each time it is shown again, its grids need not.
  const reloadAll = useStableHandler(() => {
    overview.reload();
    setWorksVersion((v) => v + 1);
  });
  const history = useUndoRedo<UndoKey, ThousandVnd | null>(async (plan) => {
    const asOfOf = plan[0]?.key.asOf;
    try {
      await api.invoke('funding.setAmounts', {
        year,
        asOf: asOfOf,
        changes: plan.map((c) => ({ workId: c.key.workId, source: c.key.source, stage: c.key.stage, amount: c.after })),
      });
      notify('success', plan.length === 1 ? 'Đã khôi phục 1 ô.' : `Đã khôi phục ${plan.length} ô.`);
    } catch (err) {
      notify('error', `Không hoàn tác được: ${errorMessage(err)}`);
      throw err;
    } finally {
      reloadAll();
    }
  }, year);
  const saveAmounts = useStableHandler(async (changes: AmountChange[], edits?: AmountEdit[]) => {
    await api.invoke('funding.setAmounts', { year, asOf: data?.asOf, changes });
    if (edits)
      history.record(
        edits.map((e) => ({
          key: { workId: e.workId, source: e.source, stage: e.stage, asOf: data?.asOf },
          before: e.before,
          after: e.amount,
        })),
      );
    reloadAll();
  });
  const sourceEditing = useMemo(
    () => ({ describe: describeSourceCell, save: saveAmounts, notify }),
    [saveAmounts, notify],
  );

  const saveStated = useStableHandler(async (stage: FundingStage, text: string): Promise<boolean> => {
    const r = parseAmount(text);
    if (!r.ok) {
      notify('error', `Tổng ${STAGE_LABEL[stage].toLowerCase()} theo văn bản: ${r.error}`);
      return false;
    }
    try {
      await api.invoke('funding.setStatedTotal', { year, stage, amount: r.value });
      overview.reload();
      return true;
    } catch (err) {
      notify('error', ...errorNotice(err));
      return false;
    }
  });

  const exporter = useExport();
  const exportExcel = () => exporter.run('funding.export', { year, asOf: data?.asOf });

  return (
    <section className="page funding-page">
      <div className="toolbar">
        <YearPicker
          value={year}
          onChange={(y) => {
            setAsOf(undefined);
            setYear(y);
          }}
        />
        <label className="field-inline">
          Giải ngân đến ngày
          <DateField
            label="Giải ngân đến ngày"
            value={data?.asOf ?? ''}
            min={`${year}-01-01`}
            max={`${year + 1}-12-31`}
            onChange={(d) => setAsOf(d || undefined)}
          />
        </label>
        {data && data.cutoffs.length ? (
          <span className="muted">Các kỳ đã có số giải ngân: {data.cutoffs.map(formatShortDate).join(', ')}</span>
        ) : null}
        <span className="toolbar-spacer" />
        <button className="secondary" onClick={() => void history.undo()} disabled={!history.canUndo} title="Ctrl+Z">
          Hoàn tác
        </button>
        <button className="secondary" onClick={() => void history.redo()} disabled={!history.canRedo} title="Ctrl+Y">
          Làm lại
        </button>
        <button className="secondary" onClick={() => void exportExcel()} disabled={!data || exporter.busy}>
          Xuất Excel
        </button>
        <ImportPanel onApplied={reloadAll} />
      </div>
      {exporter.progress}
      {overview.error ? <div className="error-box">{overview.error}</div> : null}
      {data ? (
        <>
          <SampleBanner show={data.sampleData} />
          <FundingStats data={data} />
          <h2 className="section-title">
            Nguồn vốn {data.province.name} năm {data.year} <span className="unit">(đơn vị: triệu đồng)</span>
          </h2>
          <p className="muted legend">
            Ô «{STAGES.map((s) => STAGE_LABEL[s]).join('», «')}» nhập số cấp tỉnh; số <em>in nghiêng</em> là tổng các
            công trình khi chưa có số cấp tỉnh. Nhập hoặc dán từ Excel theo kiểu Việt Nam: 6.259.605 hoặc 1.234,5.
          </p>
          <SourcesGrid data={data} editing={sourceEditing} />
          <StatedTotals data={data} onSave={saveStated} />
          <h2 className="section-title">Cảnh báo ({data.warningCount})</h2>
          <WarningsList data={data} />
          {/* Since 01/7/2025 xã sum straight up to the province: no district-level table. */}
          {data.districts.length ? (
            <>
              <h2 className="section-title">Theo đơn vị cấp huyện (tổng các công trình, triệu đồng)</h2>
              <DistrictTable data={data} />
            </>
          ) : null}
        </>
      ) : null}
      {/* Mounted from the start so that the works are read alongside the overview (the service resolves the same cut-off). */}
      <div className={data ? 'page-part' : 'page-part-waiting'}>
        <WorksSection
          year={year}
          asOf={asOf}
          sources={data?.sources}
          version={worksVersion}
          saveAmounts={saveAmounts}
          onChanged={reloadAll}
        />
      </div>
    </section>
  );
}
