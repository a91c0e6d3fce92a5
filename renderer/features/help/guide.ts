/** The office's main tasks, step by step (shown on «Hướng dẫn»). */
export interface GuideTask {
  id: string;
  title: string;
  steps: string[];
}

export const GUIDE: GuideTask[] = [
  {
    id: 'bat-dau',
    title: 'Bắt đầu với tỉnh của văn phòng',
    steps: [
      'Mở «Cài đặt»: kiểm tra tệp dữ liệu đang dùng, điền tên cơ quan ban hành, người ký và nơi nhận mặc định.',
      'Điền «Tên hiển thị» (không bắt buộc) để lịch sử thay đổi ghi rõ ai sửa, bên cạnh tài khoản Windows.',
      'Mở «Danh sách xã»: kiểm tra tên và mã các xã của tỉnh; sửa trực tiếp trong bảng (nhấp đúp vào ô).',
      'Chọn năm làm việc ở ô «Năm» trên mỗi màn hình; năm kế hoạch mặc định đặt ở «Cài đặt».',
    ],
  },
  {
    id: 'nhap-ket-qua',
    title: 'Nhập kết quả tiêu chí của các xã',
    steps: [
      'Mở «Xã & tiêu chí» → thẻ «Bảng tiêu chí», chọn năm.',
      'Dùng phím mũi tên để di chuyển; Space hoặc Enter đảo Đạt ↔ Chưa đạt; gõ «đ», «x» hoặc «1» là Đạt.',
      'Mỗi ô được lưu ngay; Ctrl+Z hoàn tác, Ctrl+Y làm lại. «Lịch sử xã» cho biết ai sửa gì, lúc nào.',
      'Ghi quyết định công nhận ở thẻ «Công nhận»; xã có nguy cơ rớt chuẩn hiện ngay bên dưới.',
    ],
  },
  {
    id: 'nhap-excel',
    title: 'Nhập số liệu từ Excel',
    steps: [
      'Bấm «Xuất Excel» để lấy tệp mẫu đúng cột, điền số liệu vào tệp đó.',
      'Bấm «Nhập từ Excel», chọn tệp: ứng dụng kiểm tra toàn bộ và cho xem trước các thay đổi.',
      'Nếu có ô sai, thông báo nêu rõ trang tính, dòng, cột; không có gì được ghi cho đến khi tệp đúng hết.',
      'Bấm «Áp dụng» để ghi tất cả trong một lần (trọn vẹn hoặc không gì cả).',
    ],
  },
  {
    id: 'ke-hoach',
    title: 'Lập Kế hoạch năm',
    steps: [
      'Nhập chỉ tiêu năm ở «Xã & tiêu chí» → «Chỉ tiêu», nguồn vốn ở «Nguồn vốn», chỉ tiêu OCOP ở «OCOP».',
      'Mở «Văn bản» → «Tạo kế hoạch năm …»: các mục số liệu được tính từ dữ liệu, lời văn lấy từ năm trước.',
      'Sửa lời văn ở thẻ «Nội dung», người ký và nơi nhận ở thẻ «Người ký, nơi nhận», rồi bấm «Lưu».',
      'Xem ở thẻ «Xem trước»; bấm «Tạo tệp Word» để lưu tệp .docx đúng thể thức Nghị định 30/2020/NĐ-CP.',
    ],
  },
  {
    id: 'ban-hanh',
    title: 'Ban hành và vào sổ văn bản',
    steps: [
      'Điền số và ngày ban hành (gõ ngày/tháng/năm, ví dụ 11/07/2022, hoặc chọn trên lịch).',
      'Bấm «Ghi vào sổ (ban hành)»: số liệu của văn bản được chốt, tạo lại bao nhiêu lần cũng y hệt.',
      '«Sổ văn bản» liệt kê mọi văn bản đã ban hành, người ký và ngày.',
    ],
  },
  {
    id: 'in',
    title: 'In và xuất PDF',
    steps: [
      'Ở mỗi bảng (danh sách xã, công trình, danh sách trên Tổng quan), bấm «In…» để xem bản in khổ A4 ngang với tiêu đề, ngày in, bộ lọc, cách sắp xếp và số trang.',
      'Ở «Văn bản» → «Xem trước», bấm «In / Xuất PDF…»: thân văn bản khổ dọc, phụ lục khổ ngang, số trang từ trang 2.',
      'Trong bản in, bấm «In» để chọn máy in, hoặc «Xuất PDF» để lưu tệp PDF; Esc hoặc «Đóng» để quay lại.',
    ],
  },
];

/** Keyboard shortcuts (the F1 sheet). */
export const SHORTCUTS: { keys: string; what: string; where: string }[] = [
  { keys: 'F1', what: 'Mở / đóng bảng phím tắt', where: 'Mọi nơi' },
  { keys: 'Tab / Shift+Tab', what: 'Đi tới / lùi lại ô điều khiển tiếp theo', where: 'Mọi nơi' },
  { keys: 'Tab (đầu trang)', what: '«Bỏ qua đến nội dung chính»', where: 'Mọi nơi' },
  { keys: '← → Home End', what: 'Chuyển thẻ trong dải thẻ', where: 'Các dải thẻ' },
  { keys: 'Mũi tên', what: 'Di chuyển giữa các ô', where: 'Bảng' },
  { keys: 'Space / Enter', what: 'Đảo Đạt ↔ Chưa đạt', where: 'Bảng tiêu chí' },
  { keys: 'đ, x, 1 / k, 0', what: 'Đặt Đạt / Chưa đạt', where: 'Bảng tiêu chí' },
  { keys: 'Delete', what: 'Xóa ô', where: 'Bảng tiêu chí' },
  { keys: 'Ctrl+Z / Ctrl+Y', what: 'Hoàn tác / làm lại (đã lưu)', where: 'Bảng tiêu chí, Nguồn vốn, OCOP' },
  { keys: 'Ctrl+V', what: 'Dán khối ô từ Excel (sai một ô là không dán gì)', where: 'Bảng tiêu chí, Nguồn vốn' },
  { keys: 'Enter / F2', what: 'Sửa ô đang chọn; Enter để lưu, Esc để bỏ', where: 'Bảng' },
  { keys: 'Alt+↓', what: 'Mở lịch chọn ngày', where: 'Ô ngày' },
  { keys: 'Esc', what: 'Đóng bản in, lịch, bảng phím tắt', where: 'Mọi nơi' },
];

export const UNITS_LICENCE = `MIT License

Copyright (c) 2021 Thang Le Quoc

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.`;
