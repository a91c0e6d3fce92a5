import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

const DONE_KEY = 'ntm.tour.done';

const STEPS = [
  {
    title: 'Chào mừng đến NTM Office',
    text: 'Phần giới thiệu ngắn gồm 4 bước. Bấm «Bỏ qua» nếu đã quen; có thể xem lại ở «Hướng dẫn».',
  },
  {
    title: 'Tổng quan',
    text: 'Số liệu của năm đang chọn: kế hoạch và kết quả, biểu đồ, việc cần làm. Bấm vào một con số hay một cột biểu đồ để mở danh sách phía sau.',
  },
  {
    title: 'Nhập liệu như bảng tính',
    text: '«Xã & tiêu chí», «Nguồn vốn», «OCOP»: sửa ngay trong bảng, dán từ Excel, Ctrl+Z để hoàn tác. Mọi thay đổi được ghi lại, kèm người sửa.',
  },
  {
    title: 'Văn bản, in và trợ giúp',
    text: '«Văn bản» lập Kế hoạch, Báo cáo đúng thể thức; «In…» in mọi bảng. Bấm F1 bất cứ lúc nào để xem phím tắt.',
  },
];

let forced = false;
const listeners = new Set<() => void>();
/** Shows the tour again (from «Hướng dẫn»). */
export function restartTour() {
  localStorage.removeItem(DONE_KEY);
  forced = true;
  listeners.forEach((l) => l());
}

/** A short first-run tour; skipping or finishing it is remembered on this computer. */
export function Tour() {
  const version = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => forced,
  );
  const [open, setOpen] = useState(() => localStorage.getItem(DONE_KEY) === null);
  const [step, setStep] = useState(0);
  const nextRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (version) {
      forced = false;
      setStep(0);
      setOpen(true);
    }
  }, [version]);
  useEffect(() => {
    if (open) nextRef.current?.focus();
  }, [open, step]);
  if (!open) return null;
  const done = () => {
    localStorage.setItem(DONE_KEY, '1');
    setOpen(false);
  };
  const s = STEPS[step]!;
  return (
    <div
      className="tour"
      role="dialog"
      aria-modal="false"
      aria-labelledby="tour-title"
      onKeyDown={(e) => e.key === 'Escape' && done()}
    >
      <div className="tour-step muted">
        Bước {step + 1}/{STEPS.length}
      </div>
      <h2 id="tour-title" className="section-title">
        {s.title}
      </h2>
      <p>{s.text}</p>
      <div className="toolbar">
        <button className="secondary" onClick={done}>
          Bỏ qua
        </button>
        {step > 0 ? (
          <button className="secondary" onClick={() => setStep(step - 1)}>
            Trước
          </button>
        ) : null}
        <button ref={nextRef} onClick={() => (step + 1 < STEPS.length ? setStep(step + 1) : done())}>
          {step + 1 < STEPS.length ? 'Tiếp' : 'Bắt đầu làm việc'}
        </button>
      </div>
    </div>
  );
}
