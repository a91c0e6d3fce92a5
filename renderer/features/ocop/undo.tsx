import { createContext, useContext, useEffect, useRef } from 'react';
import { useApi } from '../../api/context';
import { useNotice } from '../../components/Notice';
import { useUndoRedo } from '../../components/useUndoRedo';
import type { ProducerRow, ProductRow } from '../../../shared/models/ocop';
import { errorMessage } from '../../api/errors';

/** What an OCOP undo addresses: one product's or one producer's facts (what its form saves). */
interface UndoKey {
  kind: 'product' | 'producer';
  id: number;
}

/** The form's fields of a product or a producer, as its save takes them (JSON: compared by content). */
export const productFields = (p: ProductRow) =>
  JSON.stringify({
    id: p.id,
    producerId: p.producerId,
    name: p.name,
    groupCode: p.groupCode,
    subgroupCode: p.subgroupCode,
    communeId: p.communeId,
    districtId: p.districtId,
    notes: p.notes,
  });
export const producerFields = (p: ProducerRow) =>
  JSON.stringify({
    id: p.id,
    name: p.name,
    kind: p.kind,
    address: p.address,
    communeId: p.communeId,
    districtId: p.districtId,
    representative: p.representative,
    phone: p.phone,
    taxCode: p.taxCode,
    notes: p.notes,
  });

type Record = (kind: UndoKey['kind'], before: ProductRow | ProducerRow, after: ProductRow | ProducerRow) => void;
const UndoContext = createContext<Record>(() => {});
export const OcopUndoProvider = UndoContext.Provider;
/** A form's saved edit of an existing product or producer, for Hoàn tác. */
export const useRecordOcopEdit = () => useContext(UndoContext);

/**
 * Hoàn tác / Làm lại for the edits of products and producers (Ctrl+Z / Ctrl+Y outside text boxes).
 * An undo saves the previous facts through the same service call: itself a saved, audited change.
 */
export function useOcopUndo(onApplied: () => void) {
  const api = useApi();
  const notify = useNotice();
  const history = useUndoRedo<UndoKey, string>(async (plan) => {
    try {
      const restored: string[] = [];
      for (const c of plan) {
        const input = JSON.parse(c.after) as never;
        const saved =
          c.key.kind === 'product'
            ? await api.invoke('ocop.productSave', input)
            : await api.invoke('ocop.producerSave', input);
        restored.push(`${c.key.kind === 'product' ? 'sản phẩm' : 'chủ thể'} ${saved.name}`);
      }
      notify('success', `Đã khôi phục ${restored.join(', ')}.`);
      onApplied();
    } catch (err) {
      notify('error', `Không hoàn tác được: ${errorMessage(err)}`);
      throw err;
    }
  }, null);
  const record: Record = (kind, before, after) => {
    const fields =
      kind === 'product'
        ? (p: ProductRow | ProducerRow) => productFields(p as ProductRow)
        : (p: ProductRow | ProducerRow) => producerFields(p as ProducerRow);
    history.record([{ key: { kind, id: after.id }, before: fields(before), after: fields(after) }]);
  };
  return { ...history, record };
}

/** Reads a list again after an undo or redo (each bumps `version`), not on first show. */
export function useReloadAfterUndo(version: number, reload: () => void) {
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current !== version) reload();
    seen.current = version;
  }, [version, reload]);
}
