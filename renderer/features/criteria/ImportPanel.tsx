import { FileImportPanel } from './FileImportPanel';
import { formatNumber } from '../../../shared/format/number';
import type { ImportPreview, ImportResult } from '../../../shared/models/criteria';

/** The matrix's import: results of one sheet per year, previewed cell by cell, applied whole or not at all. */
export function ImportPanel({ onClose, onApplied }: { onClose: () => void; onApplied: () => void }) {
  return (
    <FileImportPanel<ImportPreview, ImportResult>
      label="Nhập kết quả tiêu chí từ Excel"
      inputLabel="Chọn tệp Excel"
      help="Dùng tệp «Xuất Excel» làm mẫu: mỗi sheet một năm («Năm 2022»), xã xác định bằng mã xã hoặc đơn vị cấp huyện + tên xã. Có một lỗi là cả tệp bị từ chối."
      preview={(f, job) => job('criteria.importPreview', f)}
      apply={(f, job) => job('criteria.importApply', f)}
      appliedMessage={(r) =>
        r.added || r.changed
          ? `Đã nhập: ${formatNumber(r.added)} ô mới, ${formatNumber(r.changed)} ô thay đổi, ${formatNumber(r.unchanged)} ô giữ nguyên.`
          : `Tệp không có gì mới: ${formatNumber(r.unchanged)} ô đã có đúng như trong tệp, không ghi gì.`
      }
      describe={(preview) => (
        <>
          <p>
            {preview.sheets.map((s) => `${s.sheet}: ${formatNumber(s.rows)} xã`).join('; ')}. Sẽ thêm{' '}
            <strong>{formatNumber(preview.added)}</strong> ô, thay đổi <strong>{formatNumber(preview.changed)}</strong>{' '}
            ô, giữ nguyên {formatNumber(preview.unchanged)} ô.
          </p>
          {preview.sample.length ? (
            <table className="table">
              <thead>
                <tr>
                  <th>Sheet / dòng</th>
                  <th>Xã</th>
                  <th>Tiêu chí</th>
                  <th>Cũ → Mới</th>
                </tr>
              </thead>
              <tbody>
                {preview.sample.slice(0, 20).map((c, i) => (
                  <tr key={i}>
                    <td>
                      {c.sheet}, dòng {c.row}
                    </td>
                    <td>{c.commune}</td>
                    <td>{c.criterion}</td>
                    <td>
                      {c.oldValue || '(trống)'} → {c.newValue}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      )}
      onApplied={onApplied}
      onClose={onClose}
    />
  );
}
