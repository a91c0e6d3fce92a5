import { useState } from 'react';
import { useQuery } from '../../api/context';
import { useAppState } from '../../app-state';
import { YearPicker } from '../../components/YearPicker';
import { Explanations } from '../../components/Explanations';
import { SampleBanner } from '../../components/SampleBanner';
import { TabStrip } from '../../components/TabStrip';
import { MatrixView } from './MatrixView';
import { useMatrixEditor } from './useMatrixEditor';
import { FiguresView } from './FiguresView';
import { RecognitionsView } from './RecognitionsView';
import { TargetsView } from './TargetsView';
import { CriteriaSetView } from './CriteriaSetView';
import { ShortfallView } from './ShortfallView';
import { GroupsView } from './GroupsView';

const TABS = [
  { id: 'bang', label: 'Bảng tiêu chí' },
  { id: 'so-lieu', label: 'Số liệu tỉnh' },
  { id: 'cong-nhan', label: 'Công nhận, thu hồi' },
  { id: 'chi-tieu', label: 'Chỉ tiêu năm' },
  { id: 'can-bo-sung', label: 'Xã cần bổ sung' },
  { id: 'nhom-xa', label: 'Nhóm xã' },
  { id: 'bo-tieu-chi', label: 'Bộ tiêu chí' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/** Xã & tiêu chí: the commune × criteria grid of a year and everything around it. */
export function CriteriaPage() {
  const { year, setYear } = useAppState();
  const [tab, setTab] = useState<Tab>('bang');
  const matrix = useQuery('criteria.matrix', { year });
  const m = matrix.data?.year === year ? matrix.data : null;
  const editor = useMatrixEditor(m);
  return (
    <section className="page page-grid">
      <div className="toolbar">
        <YearPicker value={year} onChange={setYear} />
        <TabStrip tabs={TABS} value={tab} onChange={setTab} label="Xã & tiêu chí" />
      </div>
      {matrix.error ? <div className="error-box">{matrix.error}</div> : null}
      {m ? (
        m.set ? (
          <Explanations
            id="criteria"
            defaultOpen={false}
            summary={
              <strong className="set-summary">
                Năm {year}: {m.set.decision}, {m.criteria.length} tiêu chí{m.sampleData ? ' · Dữ liệu mẫu' : ''}
              </strong>
            }
          >
            <p className="muted set-line">
              Năm {year} áp dụng {m.set.name} ({m.set.decision}): {m.criteria.length} tiêu chí, đạt chuẩn khi đủ{' '}
              {m.set.requiredCount}/{m.set.requiredCount}.
            </p>
            <SampleBanner show={!!m.sampleData && tab !== 'bo-tieu-chi' && tab !== 'nhom-xa'} />
          </Explanations>
        ) : (
          <div className="error-box">Chưa có bộ tiêu chí nông thôn mới áp dụng cho năm {year}.</div>
        )
      ) : (
        <p className="muted">Đang tải…</p>
      )}
      {m && tab === 'bang' ? <MatrixView matrix={m} editor={editor} reload={matrix.reload} /> : null}
      {m && tab === 'so-lieu' ? <FiguresView year={year} /> : null}
      {m && tab === 'cong-nhan' ? <RecognitionsView matrix={m} rows={editor.rows} onChanged={matrix.reload} /> : null}
      {m && tab === 'chi-tieu' ? <TargetsView matrix={m} rows={editor.rows} /> : null}
      {m && tab === 'can-bo-sung' ? <ShortfallView year={year} /> : null}
      {tab === 'nhom-xa' ? <GroupsView year={year} /> : null}
      {tab === 'bo-tieu-chi' ? <CriteriaSetView defaultSetId={m?.set?.id ?? null} /> : null}
    </section>
  );
}
