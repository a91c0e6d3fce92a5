/** Makes clear that sample values (filled where the public sources gave none) are not official figures. */
export function SampleBanner({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <div className="sample-banner" role="note">
      <strong>Dữ liệu mẫu.</strong> Một phần số liệu (kết quả tiêu chí từng xã, danh sách xã đạt chuẩn đến cuối năm
      2021, công trình, giải ngân) là dữ liệu mẫu, dựng lại để khớp các con số tổng của Kế hoạch năm 2022 — không phải
      số liệu chính thức. Hãy thay bằng số liệu thật của văn phòng.
    </div>
  );
}
