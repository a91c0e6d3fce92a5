/**
 * The zod building blocks every contract uses (contracts/*.ts): one definition of an id, a year,
 * a real date, an amount, a text limit, a file. A contract that needs another shape builds it from
 * these; it does not copy them.
 */
import { z } from 'zod';
import { MAX_AMOUNT } from '../domain/amount';
import { thousandVnd } from '../models/units-of-measure';
import { parseViDate } from '../format/date';
import { formatNumber } from '../format/number';

/** A row id (SQLite integer primary key). */
export const id = z.number().int().positive();

/** A calendar year the app works with (plans, reports, figures). */
export const year = z.number().int().min(2000, 'Năm phải từ 2000 trở đi').max(2100, 'Năm không hợp lệ');

/**
 * A date as `yyyy-mm-dd` that exists on the calendar (2024-02-29 yes, 2023-02-29 and 2022-02-31
 * no). `what` names the field in the Vietnamese message («Ngày quyết định không phải ngày có thật»).
 */
export const isoDate = (what = 'Ngày') =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what} phải có dạng ngày hợp lệ`)
    .refine((s) => parseViDate(s) === s, `${what} không phải ngày có thật`);

/**
 * An amount of money in nghìn đồng (thousands of đồng; the screens and documents show triệu đồng
 * = amount / 1000), already parsed from Vietnamese text. Whole numbers only. Parses to a `ThousandVnd`.
 */
export const amount = z
  .number({ message: 'Số tiền phải là một số' })
  .int('Số tiền phải là số nguyên nghìn đồng (tối đa 3 chữ số thập phân của triệu đồng)')
  .min(0, 'Số tiền không được âm')
  .max(MAX_AMOUNT, 'Số tiền quá lớn')
  .transform(thousandVnd);

/** Trimmed text of at most `max` characters; `what` names the field in the message. */
export const text = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${what} quá dài (tối đa ${formatNumber(max)} ký tự)`);

/** Text limits shared by several contracts. */
export const TEXT_LIMITS = {
  /** A search box. */
  search: 100,
  /** A free note on a record. */
  notes: 2000,
  /** A reason (revocation, exception). */
  reason: 500,
} as const;

/** What a search box sends (not trimmed: the services normalise it). */
export const search = z.string().max(TEXT_LIMITS.search);

/** Free notes on a record (not trimmed: a person's text is kept as typed). */
export const notes = (max: number = TEXT_LIMITS.notes) =>
  z.string().max(max, `Ghi chú quá dài (tối đa ${formatNumber(max)} ký tự)`);

/** A file name a person could type: no folders, no characters Windows forbids. */
export const fileName = z
  .string()
  .trim()
  .min(1, 'Tên tệp không được để trống')
  .max(150, 'Tên tệp quá dài')
  .refine((s) => !/[\\/:*?"<>|\u0000-\u001f]/.test(s), 'Tên tệp có ký tự không được phép (\\ / : * ? " < > |)');

/** A file's bytes as base64, up to about 50 MB. */
export const base64 = z
  .string()
  .max(70_000_000, 'Tệp quá lớn (tối đa khoảng 50 MB)')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Nội dung tệp không hợp lệ');

/** A file picked for import (Excel): its name and bytes. */
export const importFile = z.object({ fileName, base64 }).strict();
