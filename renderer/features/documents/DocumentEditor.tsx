import { useEffect, useState } from 'react';
import { useApi } from '../../api/context';
import { saveFile } from '../../api/files';
import { useNotice } from '../../components/Notice';
import type { DocumentDetail, DocumentContent } from '../../../shared/models/document-content';
import {
  NARRATIVE_HINTS,
  narrativeLabel,
  REQUIRED_SECTIONS,
  type DocumentChecks,
} from '../../../shared/models/document-content';
import { useUnsavedGuard } from '../../components/unsaved';
import type { OfficialDocModel } from '../../../shared/models/documents';
import { blocksToText, linesToList, textToBlocks } from '../../lib/narrative-text';
import { DocPreview } from './DocPreview';
import { openPrint } from '../../print/print-store';
import { docNumber } from '../../../shared/format/number';
import { formatShortDate } from '../../../shared/format/date';
import { DateField } from '../../components/DateField';
import { useJob } from '../../components/useJob';
import { JobProgress } from '../../components/JobProgress';
import { errorNotice } from '../../api/errors';
import { TabStrip, type TabItem } from '../../components/TabStrip';

type Tab = 'info' | 'body' | 'sign' | 'preview';
const EDITOR_TABS: readonly TabItem<Tab>[] = [
  { id: 'info', label: 'Thông tin chung' },
  { id: 'body', label: 'Nội dung' },
  { id: 'sign', label: 'Người ký, nơi nhận' },
  { id: 'preview', label: 'Xem trước' },
];

interface Form {
  number: string;
  symbol: string;
  issuedDate: string;
  place: string;
  summary: string;
  legalStyle: 'thuc_hien' | 'can_cu';
  legal: string;
  intro: string;
  sections: Record<string, string>;
  /** Sections deliberately left out of the document. */
  omitted: string[];
  closing: string;
  authority: string;
  signer: string;
  recipients: string;
}

function formOf(d: DocumentDetail): Form {
  const c = d.content;
  return {
    number: d.number,
    symbol: d.symbol,
    issuedDate: d.issuedDate ?? '',
    place: c.place,
    summary: c.summary,
    legalStyle: c.legalBasis.style,
    legal: c.legalBasis.items.join('\n'),
    intro: c.intro,
    sections: Object.fromEntries(Object.entries(c.sections).map(([k, v]) => [k, blocksToText(v)])),
    omitted: c.omitted ?? [],
    closing: c.closing,
    authority: c.signature.authority.join('\n'),
    signer: c.signature.name,
    recipients: c.recipients.join('\n'),
  };
}

function contentOf(kind: DocumentContent['kind'], f: Form): DocumentContent {
  const sections = Object.fromEntries(Object.entries(f.sections).map(([k, v]) => [k, textToBlocks(v)]));
  const common = {
    place: f.place,
    summary: f.summary,
    legalBasis: { style: f.legalStyle, items: linesToList(f.legal).map((l) => l.replace(/[;.]$/, '')) },
    intro: f.intro,
    closing: f.closing.trim().replace(/\.\/\.$/, ''),
    signature: { authority: linesToList(f.authority), name: f.signer.trim() },
    recipients: linesToList(f.recipients),
    omitted: f.omitted,
  };
  return kind === 'plan'
    ? { kind, ...common, sections: sections as Extract<DocumentContent, { kind: 'plan' }>['sections'] }
    : { kind, ...common, sections: sections as Extract<DocumentContent, { kind: 'report' }>['sections'] };
}

export function DocumentEditor({ id, onChanged, onDeleted }: { id: number; onChanged(): void; onDeleted(): void }) {
  const api = useApi();
  const docxJob = useJob();
  const notify = useNotice();
  const [doc, setDoc] = useState<DocumentDetail | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [dirty, setDirty] = useState(false);
  const [tab, setTab] = useState<Tab>('info');
  const [preview, setPreview] = useState<OfficialDocModel | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [checks, setChecks] = useState<DocumentChecks | null>(null);
  useUnsavedGuard(`document-${id}`, dirty, 'Văn bản đang sửa có thay đổi chưa lưu.');

  useEffect(() => {
    if (!doc || doc.status === 'issued') return setChecks(null);
    api.invoke('documents.check', { id }).then(setChecks, () => setChecks(null));
  }, [api, id, doc]);

  useEffect(() => {
    api.invoke('documents.get', { id }).then(
      (d) => (setDoc(d), setForm(formOf(d))),
      (e: Error) => notify('error', e.message),
    );
  }, [api, id, notify]);

  useEffect(() => {
    if (tab !== 'preview' || !doc) return;
    setPreview(null);
    api.invoke('documents.preview', { id }).then(setPreview, (e: Error) => notify('error', e.message));
  }, [api, id, tab, doc, notify]);

  if (!doc || !form) return <p className="muted">Đang mở văn bản…</p>;
  const readOnly = doc.status === 'issued';
  const set = (patch: Partial<Form>) => (setForm({ ...form, ...patch }), setDirty(true));
  const setSection = (key: string, value: string) => set({ sections: { ...form.sections, [key]: value } });

  const fail = (e: unknown) => notify('error', ...errorNotice(e));

  async function run(label: string, fn: () => Promise<void>) {
    if (busy) return;
    setBusy(label);
    try {
      await fn();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  }

  async function save(): Promise<DocumentDetail> {
    const d = await api.invoke('documents.update', {
      id,
      number: form!.number.trim(),
      symbol: form!.symbol.trim(),
      issuedDate: form!.issuedDate || null,
      content: contentOf(doc!.content.kind, form!),
    });
    setDoc(d);
    setDirty(false);
    onChanged();
    return d;
  }

  const field = (label: string, value: string, key: keyof Form, type = 'text', width?: number) => (
    <label className="form-field">
      <span>{label}</span>
      <input
        type={type}
        value={value}
        disabled={readOnly}
        style={width ? { width } : undefined}
        onChange={(e) => set({ [key]: e.target.value } as Partial<Form>)}
        aria-label={label}
      />
    </label>
  );
  const area = (label: string, value: string, onChange: (v: string) => void, rows = 6, hint?: string) => (
    <label className="form-field form-area">
      <span>{label}</span>
      {hint ? <small className="muted">{hint}</small> : null}
      <textarea
        rows={rows}
        value={value}
        disabled={readOnly}
        onChange={(e) => onChange(e.target.value)}
        aria-label={label}
      />
    </label>
  );

  return (
    <div className="doc-editor">
      <div className="toolbar">
        <strong>{doc.title}</strong>
        <span className={readOnly ? 'badge badge-issued' : 'badge'}>
          {readOnly ? 'Đã ban hành' : dirty ? 'Chưa lưu' : 'Bản nháp'}
        </span>
      </div>
      <div className="toolbar">
        {!readOnly ? (
          <button
            disabled={!!busy || !dirty}
            onClick={() => run('save', async () => (await save(), notify('success', 'Đã lưu văn bản.')))}
          >
            Lưu
          </button>
        ) : null}
        <button
          disabled={!!busy}
          onClick={() =>
            run('docx', async () => {
              if (dirty) await save();
              const file = await docxJob.run('documents.generate', { id });
              if (!file) return;
              const said = await saveFile(api, file, true);
              if (said) notify('success', said);
            })
          }
        >
          {busy === 'docx' ? 'Đang tạo tệp…' : 'Tạo tệp Word'}
        </button>
        {!readOnly ? (
          <button
            className="secondary"
            disabled={!!busy}
            onClick={() =>
              run('issue', async () => {
                if (!form.number.trim() || !form.issuedDate) {
                  setTab('info');
                  notify(
                    'error',
                    'Nhập số văn bản (do văn thư cấp) và ngày ban hành ở «Thông tin chung» trước khi ghi vào sổ.',
                  );
                  return;
                }
                const saved = dirty ? await save() : doc;
                const ref = `số ${docNumber(saved.number)}/${saved.symbol} ngày ${formatShortDate(saved.issuedDate)}`;
                if (!window.confirm(`Ban hành văn bản ${ref}? Số liệu được chốt và văn bản không sửa được nữa.`))
                  return;
                const d = await api.invoke('documents.issue', { id });
                setDoc(d);
                onChanged();
                notify('success', `Đã ghi vào sổ văn bản số ${docNumber(d.number)}/${d.symbol}.`);
              })
            }
          >
            Ghi vào sổ (ban hành)
          </button>
        ) : null}
        {!readOnly ? (
          <button
            className="secondary danger"
            disabled={!!busy}
            onClick={() =>
              run('delete', async () => {
                if (!window.confirm('Xóa bản nháp này?')) return;
                await api.invoke('documents.delete', { id });
                onDeleted();
              })
            }
          >
            Xóa bản nháp
          </button>
        ) : null}
      </div>
      <JobProgress
        status={docxJob.status}
        note={docxJob.note}
        onCancel={() => void docxJob.cancel()}
        what="Tiến độ tạo tệp Word"
        cancelText="Hủy tạo tệp"
      />
      {checks && (checks.blocking.length || checks.warnings.length) ? (
        <div className="doc-checks" aria-label="Kiểm tra trước khi ban hành">
          {checks.blocking.length ? (
            <div className="error-box">
              <strong>Chưa ban hành được:</strong>
              <ul>
                {checks.blocking.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {checks.warnings.length ? (
            <div className="warn-box">
              <strong>Lưu ý trước khi gửi:</strong>
              <ul>
                {checks.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
      <TabStrip tabs={EDITOR_TABS} value={tab} onChange={setTab} />
      {tab === 'info' ? (
        <div className="form-grid">
          {field('Số', form.number, 'number', 'text', 90)}
          {field('Ký hiệu', form.symbol, 'symbol', 'text', 160)}
          <label className="form-field">
            <span>Ngày ban hành</span>
            <DateField
              label="Ngày ban hành"
              value={form.issuedDate}
              disabled={readOnly}
              onChange={(d) => set({ issuedDate: d })}
            />
          </label>
          {field('Địa danh', form.place, 'place')}
          {area('Trích yếu', form.summary, (v) => set({ summary: v }), 2)}
          <label className="form-field">
            <span>Cách ghi căn cứ</span>
            <select
              value={form.legalStyle}
              disabled={readOnly}
              onChange={(e) => set({ legalStyle: e.target.value as Form['legalStyle'] })}
              aria-label="Cách ghi căn cứ"
            >
              <option value="thuc_hien">Một đoạn «Thực hiện …»</option>
              <option value="can_cu">Từng dòng «Căn cứ …»</option>
            </select>
          </label>
          {area('Căn cứ (mỗi dòng một văn bản)', form.legal, (v) => set({ legal: v }), 5)}
          {area('Câu mở đầu', form.intro, (v) => set({ intro: v }), 3)}
          {area('Câu kết', form.closing, (v) => set({ closing: v }), 3, 'Ứng dụng tự thêm «./.» ở cuối.')}
        </div>
      ) : null}
      {tab === 'body' ? (
        <div className="form-grid">
          <p className="muted">
            Mỗi dòng là một đoạn. «1. Tên mục» là mục đánh số (in đậm; thêm « | » để phần sau in thường), «a) …» là
            điểm, «- …» là gạch đầu dòng, «+ …» là ý nhỏ. Phần số liệu (mục tiêu, nguồn lực, kết quả) do ứng dụng tính
            từ dữ liệu — xem ở «Xem trước».
          </p>
          {Object.keys(form.sections).map((k) => {
            const omitted = form.omitted.includes(k);
            const required = REQUIRED_SECTIONS[doc.content.kind].includes(k);
            const empty = !(form.sections[k] ?? '').trim();
            const state = omitted ? 'Không đưa vào văn bản' : required && empty ? 'Chưa viết' : null;
            return (
              <div key={k} className={omitted || (required && empty) ? 'narrative narrative-unfinished' : 'narrative'}>
                <label className="form-field form-area">
                  <span>
                    {narrativeLabel(doc.content.kind, k)}{' '}
                    {state ? <span className="badge badge-warn">{state}</span> : null}
                  </span>
                  <textarea
                    rows={12}
                    value={form.sections[k] ?? ''}
                    disabled={readOnly || omitted}
                    placeholder={NARRATIVE_HINTS[k] ? `Cần viết: ${NARRATIVE_HINTS[k]}` : undefined}
                    onChange={(e) => setSection(k, e.target.value)}
                    aria-label={narrativeLabel(doc.content.kind, k)}
                  />
                </label>
                {required ? (
                  <label className="field-inline">
                    <input
                      type="checkbox"
                      checked={omitted}
                      disabled={readOnly}
                      onChange={(e) =>
                        set({ omitted: e.target.checked ? [...form.omitted, k] : form.omitted.filter((x) => x !== k) })
                      }
                    />
                    Không đưa mục này vào văn bản
                  </label>
                ) : null}
              </div>
            );
          })}
        </div>
      ) : null}
      {tab === 'sign' ? (
        <div className="form-grid">
          {area('Quyền hạn, chức vụ người ký (mỗi dòng một dòng in)', form.authority, (v) => set({ authority: v }), 4)}
          {field('Họ tên người ký', form.signer, 'signer')}
          {area('Nơi nhận (mỗi dòng một nơi)', form.recipients, (v) => set({ recipients: v }), 8)}
        </div>
      ) : null}
      {tab === 'preview' ? (
        <div className="doc-preview-wrap">
          {dirty ? <p className="muted">Bản xem trước theo nội dung đã lưu. Bấm «Lưu» để cập nhật.</p> : null}
          {preview ? (
            <div className="toolbar">
              <button
                className="secondary"
                onClick={() =>
                  openPrint({
                    title: `${preview.header.typeName} ${preview.header.summary}`.trim(),
                    kind: 'document',
                    content: <DocPreview model={preview} />,
                  })
                }
              >
                In / Xuất PDF…
              </button>
            </div>
          ) : null}
          {preview ? <DocPreview model={preview} /> : <p className="muted">Đang dựng bản xem trước…</p>}
        </div>
      ) : null}
    </div>
  );
}
