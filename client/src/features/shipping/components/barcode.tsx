import { code128Bars } from '../code128';

/** A Code 128 barcode as SVG: crisp on screen and on paper, scaled to the width it is given. */
export function Barcode({ value, height = 60, label }: { value: string; height?: number; label: string }) {
  const { bars, width } = code128Bars(value);
  return (
    <svg className="barcode" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img" aria-label={label} data-testid="barcode">
      <rect width={width} height={height} fill="#fff" />
      {bars.map((bar) => (
        <rect key={bar.x} x={bar.x} y={0} width={bar.width} height={height} fill="#000" />
      ))}
    </svg>
  );
}
