import { z } from 'zod';

/** Turns zod issues into one Vietnamese sentence that says which field is wrong. */
export function zodMessageVi(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length ? `«${issue.path.join('.')}»` : '';
    // Schemas carry Vietnamese messages where a person can cause the error; zod's own text is a fallback.
    const custom = issue.message && /[À-ỹđĐ]/.test(issue.message) ? issue.message : '';
    const text = custom || describeIssue(issue);
    return where && !custom ? `Trường ${where}: ${text}` : text;
  });
  return 'Dữ liệu không hợp lệ: ' + parts.join('; ') + '.';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return 'sai kiểu dữ liệu';
    case 'too_small':
      return 'giá trị quá nhỏ hoặc để trống';
    case 'too_big':
      return 'giá trị quá lớn hoặc quá dài';
    case 'invalid_value':
      return 'giá trị không nằm trong danh sách cho phép';
    case 'unrecognized_keys':
      return 'có trường không được phép';
    case 'invalid_format':
      return 'sai định dạng';
    default:
      return 'giá trị không hợp lệ';
  }
}
