import { generate } from 'lean-qr';
import { useMemo } from 'react';
import { qrPath } from './qrPath';

/** The quiet zone the QR standard asks for, in modules. */
const QUIET = 4;

type Props = { text: string; label: string; size?: number };

/** A QR code as inline SVG: React elements only, so it fits a CSP without inline script or markup. */
export function QrCode({ text, label, size = 240 }: Props) {
  const { d, modules } = useMemo(() => {
    const code = generate(text);
    return { d: qrPath(code), modules: code.size };
  }, [text]);
  const box = modules + QUIET * 2;
  return (
    <svg className="qr" role="img" aria-label={label} width={size} height={size} viewBox={`${-QUIET} ${-QUIET} ${box} ${box}`} shapeRendering="crispEdges">
      <rect x={-QUIET} y={-QUIET} width={box} height={box} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
