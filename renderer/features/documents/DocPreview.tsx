import type {
  BodyBlock,
  OfficialDocModel,
  TableCellValue,
  TableModel,
  TableRowModel,
} from '../../../shared/models/documents';
import { docNumber, formatNumber } from '../../../shared/format/number';
import { formatLongDate } from '../../../shared/format/date';

const PREVIEW_ROWS = 300;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function cellText(v: TableCellValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') return v;
  return v.text;
}

function Table({ table }: { table: TableModel }) {
  // Thousands of annex rows would freeze the preview; the Word file has them all.
  const all = table.rows.map((r): TableRowModel => (Array.isArray(r) ? { cells: r } : r));
  const rows = all.length > PREVIEW_ROWS ? all.slice(0, PREVIEW_ROWS) : all;
  const titledByGroup = new Set<number>();
  return (
    <div className="doc-table-wrap">
      {table.unit ? <div className="doc-unit">{table.unit}</div> : null}
      <table className="doc-table">
        <thead>
          {(table.groupRows ?? []).map((g, i) => {
            let col = 0;
            return (
              <tr key={`g${i}`}>
                {g.map((c, j) => {
                  if ((c.rowSpan ?? 1) > 1) titledByGroup.add(col);
                  col += c.colSpan ?? 1;
                  return (
                    <th key={j} colSpan={c.colSpan} rowSpan={c.rowSpan}>
                      {c.title}
                    </th>
                  );
                })}
              </tr>
            );
          })}
          <tr>{table.columns.map((c, i) => (titledByGroup.has(i) ? null : <th key={i}>{c.title}</th>))}</tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className={r.emphasis ? `doc-${r.emphasis}` : undefined}>
              {r.cells.map((c, j) => (
                <td
                  key={j}
                  colSpan={typeof c === 'object' && c !== null ? c.colSpan : undefined}
                  className={typeof c === 'number' ? 'num' : undefined}
                >
                  {cellText(c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {all.length > rows.length ? (
        <div className="doc-more">… và {formatNumber(all.length - rows.length)} dòng nữa (có đủ trong tệp Word).</div>
      ) : null}
    </div>
  );
}

function Blocks({ blocks }: { blocks: BodyBlock[] }) {
  return (
    <>
      {blocks.map((b, i) => {
        switch (b.kind) {
          case 'table':
            return (
              <div key={i}>
                {b.title ? <p className="doc-table-title">{b.title}</p> : null}
                <Table table={b.table} />
              </div>
            );
          case 'heading':
            return (
              <p key={i} className={`doc-p doc-h-${b.level}`}>
                <strong>
                  {b.number ? `${b.number} ` : ''}
                  {b.title}
                </strong>
                {b.text ? ` ${b.text}` : ''}
              </p>
            );
          case 'bullet':
            return (
              <p key={i} className="doc-p">
                - {b.text}
              </p>
            );
          case 'plus':
            return (
              <p key={i} className="doc-p">
                + {b.text}
              </p>
            );
          default:
            return (
              <p
                key={i}
                className={`doc-p${b.italic ? ' doc-italic' : ''}${b.align === 'center' ? ' doc-center' : ''}`}
              >
                {b.text}
              </p>
            );
        }
      })}
    </>
  );
}

/** An on-screen approximation of the Word document, to read before generating the file. */
export function DocPreview({ model }: { model: OfficialDocModel }) {
  const h = model.header;
  // Numbers below 10 take a leading zero (Số: 05/KH-BCĐ), as in the Word file.
  const num =
    h.number === null || h.number === undefined || h.number === '' ? '\u00a0\u00a0\u00a0\u00a0' : docNumber(h.number);
  const legal = model.legalBasis;
  const legalText = legal?.style === 'thuc_hien' ? `${legal.intro ?? 'Thực hiện'} ${legal.items.join('; ')};` : null;
  return (
    <div className="doc-paper" data-testid="doc-preview">
      <div className="doc-header">
        <div className="doc-left">
          {h.governingBody ? <div>{h.governingBody}</div> : null}
          <div className="doc-bold doc-rule">{h.issuingBody}</div>
          <div className="doc-number">
            Số: {num}/{h.symbol}
          </div>
        </div>
        <div className="doc-right">
          <div className="doc-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
          <div className="doc-bold doc-rule">Độc lập - Tự do - Hạnh phúc</div>
          <div className="doc-italic doc-number">
            {h.place},{' '}
            {h.dateIso
              ? formatLongDate(h.dateIso)
              : 'ngày\u00a0\u00a0\u00a0 tháng\u00a0\u00a0\u00a0 năm\u00a0\u00a0\u00a0\u00a0'}
          </div>
        </div>
      </div>
      <div className="doc-title">{h.typeName}</div>
      <div className="doc-summary doc-rule">{h.summary}</div>
      {legalText ? <p className="doc-p">{legalText}</p> : null}
      {legal?.style === 'can_cu'
        ? legal.items.map((it, i) => (
            <p key={i} className="doc-p doc-italic">
              Căn cứ {it}
              {i === legal.items.length - 1 ? '.' : ';'}
            </p>
          ))
        : null}
      {model.intro ? <p className="doc-p">{model.intro}</p> : null}
      {model.sections.map((s, i) => (
        <section key={i}>
          <p className="doc-p doc-section">
            {s.numeral ?? ROMAN[i]}. {s.title}
          </p>
          <Blocks blocks={s.blocks} />
        </section>
      ))}
      <p className="doc-p">{model.closing.endsWith('./.') ? model.closing : `${model.closing}./.`}</p>
      <div className="doc-sign">
        <div className="doc-recipients">
          <div className="doc-bold doc-italic">Nơi nhận:</div>
          {model.recipients.map((r, i) => (
            <div key={i}>- {r}</div>
          ))}
        </div>
        <div className="doc-signer">
          {model.signature.authority.map((a, i) => (
            <div key={i} className="doc-bold">
              {a}
            </div>
          ))}
          <div className="doc-signspace" />
          <div className="doc-bold">{model.signature.name}</div>
        </div>
      </div>
      {(model.appendices ?? []).map((a, i) => (
        <div key={i} className="doc-appendix">
          <div className="doc-title">Phụ lục {a.no}</div>
          <div className="doc-summary">{a.title.toUpperCase()}</div>
          {a.reference ? <div className="doc-italic doc-center">{a.reference}</div> : null}
          <Table table={a.table} />
          {a.notes ? <Blocks blocks={a.notes} /> : null}
        </div>
      ))}
    </div>
  );
}
