// The pictures of "Cek Pemahaman": simple line drawings (no emoji, no photos), one per lesson, drawn here so they
// cost a few hundred bytes each and need no request. Colours come from the tokens through learning-check.css.
import type { LearningPicture } from '../api/get-my-check';

const Coin = ({ x, y }: { x: number; y: number }) => (
  <g>
    <circle cx={x} cy={y} r={16} className="pic-coin" />
    <text x={x} y={y + 5} textAnchor="middle" className="pic-text">
      Rp
    </text>
  </g>
);

const Box = ({ x, y }: { x: number; y: number }) => (
  <g>
    <rect x={x} y={y} width={36} height={30} rx={3} className="pic-box" />
    <path d={`M${x} ${y + 10}h36M${x + 18} ${y}v10`} className="pic-line" />
  </g>
);

const Arrow = ({ x, y, length = 24 }: { x: number; y: number; length?: number }) => (
  <path d={`M${x} ${y}h${length}m-7 -6l7 6l-7 6`} className="pic-line pic-line--thick" />
);

const Phone = ({ x, y }: { x: number; y: number }) => (
  <g>
    <rect x={x} y={y} width={40} height={70} rx={6} className="pic-phone" />
    <path d={`M${x + 15} ${y + 63}h10`} className="pic-line" />
  </g>
);

const Cross = ({ x, y }: { x: number; y: number }) => (
  <g>
    <circle cx={x} cy={y} r={13} className="pic-no" />
    <path d={`M${x - 6} ${y - 6}l12 12m0 -12l-12 12`} className="pic-line pic-line--light" />
  </g>
);

const Tick = ({ x, y }: { x: number; y: number }) => (
  <g>
    <circle cx={x} cy={y} r={13} className="pic-yes" />
    <path d={`M${x - 6} ${y}l4 5l8 -10`} className="pic-line pic-line--light" />
  </g>
);

const DRAWINGS: Record<LearningPicture, () => React.ReactElement> = {
  'pay-first': () => (
    <>
      <Coin x={30} y={50} />
      <Arrow x={52} y={50} />
      <Box x={84} y={35} />
      <Tick x={134} y={30} />
    </>
  ),
  unpaid: () => (
    <>
      <Box x={20} y={40} />
      <circle cx={80} cy={52} r={16} className="pic-soft" />
      <path d="M80 42v10l7 5" className="pic-line pic-line--thick" />
      <Cross x={130} y={52} />
    </>
  ),
  'transfer-photo': () => (
    <>
      <Phone x={20} y={15} />
      <rect x={70} y={22} width={50} height={38} rx={6} className="pic-soft" />
      <path d="M76 54l12 -14l9 9l6 -6l11 11z" className="pic-coin" />
      <text x={138} y={58} textAnchor="middle" className="pic-text pic-text--big">
        ?
      </text>
    </>
  ),
  'otp-pin': () => (
    <>
      <Phone x={20} y={15} />
      <text x={40} y={55} textAnchor="middle" className="pic-text">
        ****
      </text>
      <rect x={78} y={45} width={30} height={24} rx={3} className="pic-coin" />
      <path d="M84 45v-8a9 9 0 0 1 18 0v8" className="pic-line pic-line--thick" />
      <Cross x={135} y={40} />
    </>
  ),
  perishable: () => (
    <>
      <path d="M14 50h40a20 20 0 0 1 -40 0z" className="pic-coin" />
      <path d="M26 40c-4 -6 4 -8 0 -14M36 40c-4 -6 4 -8 0 -14" className="pic-line" />
      <Arrow x={60} y={52} length={20} />
      <path d="M88 56l14 -14l14 14v20h-28z" className="pic-soft" />
      <Tick x={102} y={28} />
      <Cross x={142} y={70} />
    </>
  ),
  courier: () => (
    <>
      <rect x={14} y={38} width={54} height={30} rx={3} className="pic-box" />
      <path d="M68 48h16l10 10v10h-26z" className="pic-box" />
      <circle cx={30} cy={72} r={6} className="pic-wheel" />
      <circle cx={82} cy={72} r={6} className="pic-wheel" />
      <Coin x={118} y={34} />
      <circle cx={140} cy={70} r={14} className="pic-soft" />
      <path d="M140 62v8l5 4" className="pic-line pic-line--thick" />
    </>
  ),
  'money-after': () => (
    <>
      <Box x={12} y={38} />
      <Tick x={48} y={34} />
      <Arrow x={62} y={54} />
      <rect x={94} y={38} width={52} height={34} rx={6} className="pic-wallet" />
      <rect x={128} y={48} width={18} height={14} rx={3} className="pic-coin" />
    </>
  ),
};

/** The picture of one question; decorative, since the question's words are read beside it. */
export function QuestionPicture({ picture }: { picture: LearningPicture }) {
  const Drawing = DRAWINGS[picture] ?? DRAWINGS['pay-first'];
  return (
    <svg className="question-picture" viewBox="0 0 160 100" aria-hidden="true" focusable="false" data-picture={picture}>
      <Drawing />
    </svg>
  );
}
