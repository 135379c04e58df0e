// The one QR helper: every QR this app draws (the class's join code on the projector, a payment's QRIS, the
// simulator's payer page) is an SVG with error correction M (readable from a phone across a room or off a
// smudged screen) and a quiet zone of `margin` modules.
import QRCode from 'qrcode';

export function qrSvg(text: string, margin = 1): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin });
}
