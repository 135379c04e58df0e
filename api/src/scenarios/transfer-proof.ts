// A fake "bukti transfer" picture, drawn as SVG (no font needed: bars stand for the words): a bank app's
// receipt screen with a green tick and the amount line, the kind of screenshot fraudsters send in chat.

export function transferProofSvg(): string {
  const bar = (x: number, y: number, w: number, h = 22, fill = '#c9d1dc') => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="8" fill="${fill}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="1280" viewBox="0 0 720 1280">
  <rect width="720" height="1280" fill="#eef2f7"/>
  <rect width="720" height="150" fill="#0b5cab"/>
  ${bar(40, 60, 220, 30, '#ffffff')}
  <rect x="60" y="210" width="600" height="900" rx="28" fill="#ffffff"/>
  <circle cx="360" cy="340" r="80" fill="#1aa260"/>
  <path d="M318 342 L350 374 L408 310" stroke="#fff" stroke-width="18" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
  ${bar(200, 460, 320, 34, '#1d2939')}
  ${bar(240, 520, 240, 56, '#0b5cab')}
  ${[640, 700, 760, 820, 880, 940].map((y, i) => `${bar(110, y, 160)}${bar(330 + (i % 2) * 40, y, 280 - (i % 2) * 40, 22, '#98a2b3')}`).join('')}
  <rect x="110" y="1010" width="500" height="2" fill="#d0d5dd"/>
  ${bar(210, 1040, 300, 26, '#0b5cab')}
</svg>`;
}
