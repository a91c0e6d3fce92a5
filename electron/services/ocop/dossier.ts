/**
 * The dossier checklist of a product. Attached files are copied into the app's data folder
 * (dataDir/ho-so-ocop/<productId>/), never linked, so the dossier survives the original being moved
 * and is reused as is when the product is put up for an upgrade.
 */
import type { ParsedInputOf } from '../../../shared/api/contract';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from '../context';
import { AppError } from '../../../shared/errors';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/domain/ocop-dossier';
import type { DossierItemRow } from '../../../shared/models/ocop';
import { MIME_DOCX, MIME_XLSX } from '../../../shared/models/files';
import { recordAudit } from '../../../db/repositories/audit';
import { getProduct } from '../../../db/repositories/ocop';
import { getDossierItem, listDossier, upsertDossierItem } from '../../../db/repositories/ocop-evaluations';
import { writeFileAtomic } from '../io/atomic';
import { docTypes } from './common';

export const DOSSIER_DIR = 'ho-so-ocop';

export function dossierRows(ctx: ServiceContext, productId: number): DossierItemRow[] {
  const items = new Map(listDossier(ctx.db, productId).map((i) => [i.docType, i]));
  const types = docTypes(ctx);
  const known = new Set(types.map((t) => t.code));
  // Items of a type since dropped from the checklist stay visible: their files are still kept.
  const extra = [...items.keys()].filter((k) => !known.has(k)).map((code) => ({ code, label: code, required: false }));
  return [...types, ...extra].map((t) => {
    const i = items.get(t.code);
    return {
      docType: t.code,
      label: t.label,
      required: t.required,
      present: i?.present ?? false,
      fileName: i?.fileName ?? null,
      addedAt: i?.addedAt ?? null,
      notes: i?.notes ?? '',
    };
  });
}

/** A file name safe on Windows and Linux: no folders, no reserved characters or names, bounded length. */
export function safeFileName(name: string): string {
  let s = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u001f<>:"|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (!s) s = 'tep-dinh-kem';
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(s)) s = `_${s}`;
  if (s.length > 120) {
    const ext = path.extname(s).slice(0, 16);
    s = s.slice(0, 120 - ext.length) + ext;
  }
  return s;
}

/** Resolves a stored relative path, refusing anything outside the dossier folder. */
function insideDossierDir(ctx: ServiceContext, relative: string): string {
  const base = path.join(ctx.dataDir, DOSSIER_DIR);
  const full = path.resolve(ctx.dataDir, ...relative.split('/'));
  const rel = path.relative(base, full);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel))
    throw new AppError('FORBIDDEN', 'Đường dẫn tệp hồ sơ không hợp lệ.');
  return full;
}

function checkTarget(ctx: ServiceContext, productId: number, docType: string): string {
  if (!getProduct(ctx.db, productId)) throw new AppError('NOT_FOUND', 'Không tìm thấy sản phẩm.');
  const t = docTypes(ctx).find((x) => x.code === docType);
  if (!t) throw new AppError('VALIDATION', `Loại giấy tờ «${docType}» không có trong danh mục hồ sơ.`);
  return t.label;
}

const MIME: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': MIME_DOCX,
  '.xlsx': MIME_XLSX,
  '.doc': 'application/msword',
  '.xls': 'application/vnd.ms-excel',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // Already gone: nothing to clean.
  }
}

export function setDossierItem(ctx: ServiceContext, input: ParsedInputOf<'ocop.dossierSet'>) {
  checkTarget(ctx, input.productId, input.docType);
  const before = getDossierItem(ctx.db, input.productId, input.docType);
  ctx.db.transaction((tx) => {
    upsertDossierItem(tx, {
      productId: input.productId,
      docType: input.docType,
      present: input.present,
      fileName: before?.fileName ?? null,
      storedPath: before?.storedPath ?? null,
      addedAt: input.present ? (before?.addedAt ?? ctx.now().toISOString()) : (before?.addedAt ?? null),
      notes: input.notes ?? before?.notes ?? '',
    });
    recordAudit(
      tx,
      [
        {
          entity: 'ocop_dossier',
          entityId: `${input.productId}/${input.docType}`,
          field: 'present',
          action: 'update',
          oldValue: before?.present ?? false,
          newValue: input.present,
        },
      ],
      ctx.now(),
    );
  });
  return dossierRows(ctx, input.productId);
}

export async function attachDossierFile(ctx: ServiceContext, input: ParsedInputOf<'ocop.dossierAttach'>) {
  const label = checkTarget(ctx, input.productId, input.docType);
  const bytes = Buffer.from(input.base64, 'base64');
  const shownName = safeFileName(input.fileName);
  if (!bytes.length) throw new AppError('VALIDATION', `Tệp «${shownName}» rỗng.`);
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError(
      'VALIDATION',
      `Tệp «${shownName}» lớn hơn ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB; hãy nén hoặc tách nhỏ trước khi đính kèm.`,
    );
  }
  // A fresh name per attachment: the old file stays until the database points at the new one.
  const relative = `${DOSSIER_DIR}/${input.productId}/${input.docType}-${randomBytes(3).toString('hex')}-${shownName}`;
  const target = insideDossierDir(ctx, relative);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await writeFileAtomic(target, bytes);
  const before = getDossierItem(ctx.db, input.productId, input.docType);
  try {
    ctx.db.transaction((tx) => {
      upsertDossierItem(tx, {
        productId: input.productId,
        docType: input.docType,
        present: true,
        fileName: shownName,
        storedPath: relative,
        addedAt: ctx.now().toISOString(),
        notes: before?.notes ?? '',
      });
      recordAudit(
        tx,
        [
          {
            entity: 'ocop_dossier',
            entityId: `${input.productId}/${input.docType}`,
            field: 'file',
            action: 'update',
            oldValue: before?.fileName ?? null,
            newValue: `${label}: ${shownName}`,
          },
        ],
        ctx.now(),
      );
    });
  } catch (e) {
    removeQuietly(target);
    throw e;
  }
  if (before?.storedPath && before.storedPath !== relative) removeQuietly(insideDossierDir(ctx, before.storedPath));
  return dossierRows(ctx, input.productId);
}

export function openDossierFile(ctx: ServiceContext, input: ParsedInputOf<'ocop.dossierOpen'>) {
  const item = getDossierItem(ctx.db, input.productId, input.docType);
  if (!item?.storedPath || !item.fileName) throw new AppError('NOT_FOUND', 'Giấy tờ này chưa có tệp đính kèm.');
  const file = insideDossierDir(ctx, item.storedPath);
  if (!fs.existsSync(file)) {
    throw new AppError(
      'NOT_FOUND',
      `Không tìm thấy tệp «${item.fileName}» trong thư mục dữ liệu (có thể đã bị xóa ngoài ứng dụng); hãy đính kèm lại.`,
    );
  }
  return {
    fileName: item.fileName,
    mime: MIME[path.extname(item.fileName).toLowerCase()] ?? 'application/octet-stream',
    base64: fs.readFileSync(file).toString('base64'),
  };
}

export function detachDossierFile(ctx: ServiceContext, input: ParsedInputOf<'ocop.dossierDetach'>) {
  const item = getDossierItem(ctx.db, input.productId, input.docType);
  if (!item?.storedPath) throw new AppError('NOT_FOUND', 'Giấy tờ này chưa có tệp đính kèm.');
  const file = insideDossierDir(ctx, item.storedPath);
  const { id: _id, ...kept } = item;
  ctx.db.transaction((tx) => {
    upsertDossierItem(tx, { ...kept, fileName: null, storedPath: null });
    recordAudit(
      tx,
      [
        {
          entity: 'ocop_dossier',
          entityId: `${input.productId}/${input.docType}`,
          field: 'file',
          action: 'delete',
          oldValue: item.fileName,
        },
      ],
      ctx.now(),
    );
  });
  removeQuietly(file);
  return dossierRows(ctx, input.productId);
}
