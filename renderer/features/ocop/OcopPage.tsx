import { useEffect, useState } from 'react';
import { useAppState } from '../../app-state';
import { useQuery } from '../../api/context';
import { YearPicker } from '../../components/YearPicker';
import { ProductsTab } from './ProductsTab';
import { ProducersTab } from './ProducersTab';
import { CalendarTab } from './CalendarTab';
import { TargetsTab } from './TargetsTab';
import { defaultAsOf } from './ui';
import { DateField } from '../../components/DateField';
import { TabStrip } from '../../components/TabStrip';
import { UndoRedoButtons } from '../../components/UndoRedoButtons';
import { OcopUndoProvider, useOcopUndo } from './undo';

const TABS = [
  { id: 'san-pham', label: 'Sản phẩm' },
  { id: 'chu-the', label: 'Chủ thể' },
  { id: 'het-han', label: 'Hết hạn & đánh giá lại' },
  { id: 'chi-tieu', label: 'Chỉ tiêu & tổng hợp' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** OCOP: register, scoring and recognition, dossiers, expiry calendar, yearly targets. */
export function OcopPage() {
  const { year, setYear } = useAppState();
  const [tab, setTab] = useState<TabId>('san-pham');
  const [asOf, setAsOf] = useState(() => defaultAsOf(year));
  useEffect(() => setAsOf(defaultAsOf(year)), [year]);
  const meta = useQuery('ocop.meta', {});
  // Undo follows the person across tabs; after one, the lists read the data again.
  const [version, setVersion] = useState(0);
  const history = useOcopUndo(() => setVersion((v) => v + 1));

  return (
    <section className="page ocop">
      <div className="toolbar toolbar-dense">
        <YearPicker value={year} onChange={setYear} />
        <label className="field-inline" title="Tình trạng tính đến ngày">
          Tính đến
          <DateField label="Tình trạng tính đến ngày" value={asOf} onChange={(d) => d && setAsOf(d)} />
        </label>
        <TabStrip
          tabs={TABS}
          value={tab}
          onChange={setTab}
          label="Mục OCOP"
          className="ocop-tabs"
          tabClass="ocop-tab"
        />
        <span className="toolbar-end">
          <UndoRedoButtons
            onUndo={() => void history.undo().catch(() => {})}
            onRedo={() => void history.redo().catch(() => {})}
            canUndo={history.canUndo}
            canRedo={history.canRedo}
            undoTitle="Hoàn tác lần sửa sản phẩm, chủ thể gần nhất (Ctrl+Z)"
          />
        </span>
      </div>
      {/* Only while the demo's registry is there: another province's office starts from its own. */}
      {meta.data?.publicData ? (
        <div className="public-banner" role="note">
          <strong>Dữ liệu từ nguồn công khai.</strong> Danh mục sản phẩm, chủ thể, số sao và quyết định công nhận mặc
          định lấy từ nguồn công khai (QĐ 1358/QĐ-UBND ngày 20/7/2021 và đợt đánh giá cấp tỉnh năm 2021); điểm từng phần
          A/B/C của các sản phẩm này là điểm mẫu. Hãy đối chiếu với hồ sơ của văn phòng.
        </div>
      ) : null}
      {meta.error ? <div className="error-box">{meta.error}</div> : null}
      <OcopUndoProvider value={history.record}>
        {meta.data ? (
          tab === 'san-pham' ? (
            <ProductsTab meta={meta.data} asOf={asOf} version={version} />
          ) : tab === 'chu-the' ? (
            <ProducersTab meta={meta.data} version={version} />
          ) : tab === 'het-han' ? (
            <CalendarTab asOf={asOf} />
          ) : (
            <TargetsTab meta={meta.data} year={year} asOf={asOf} onMetaChanged={meta.reload} />
          )
        ) : null}
      </OcopUndoProvider>
    </section>
  );
}
