// Illustrations for the demo products, drawn here as SVG (no copyrighted photos, no text so no font is
// needed). The seed renders them to JPEG, like a phone photo, and sends them through the media pipeline.
// A fixed random seed keeps every drawing, and so its content hash, the same on every start.

const SIZE = 1200;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const svg = (body: string, defs = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}"><defs>${defs}</defs>${body}</svg>`;

/** A wooden table top: the background of every demo photo. */
function table(tone: string, seed: number): { defs: string; body: string } {
  const next = random(seed);
  const planks = [0, 1, 2, 3, 4]
    .map((i) => {
      const y = i * 240;
      const grain = Array.from({ length: 6 }, () => {
        const gy = y + 20 + next() * 200;
        return `<path d="M0 ${gy.toFixed(0)} C300 ${(gy - 12).toFixed(0)} 700 ${(gy + 14).toFixed(0)} 1200 ${(gy - 4).toFixed(0)}" stroke="#000" stroke-opacity="0.07" stroke-width="3" fill="none"/>`;
      }).join('');
      return `<rect x="0" y="${y}" width="1200" height="236" fill="${tone}" fill-opacity="${(0.9 + next() * 0.1).toFixed(2)}"/>${grain}<rect x="0" y="${y + 236}" width="1200" height="4" fill="#000" fill-opacity="0.18"/>`;
    })
    .join('');
  return {
    defs: `<radialGradient id="light" cx="0.45" cy="0.35" r="0.8"><stop offset="0" stop-color="#fff" stop-opacity="0.22"/><stop offset="1" stop-color="#000" stop-opacity="0.28"/></radialGradient>`,
    body: `<rect width="1200" height="1200" fill="#3b2614"/>${planks}`,
  };
}

const vignette = `<rect width="1200" height="1200" fill="url(#light)"/>`;

/** Banana leaf with its midrib and veins, the way gula aren is sold at the market. */
function bananaLeaf(): string {
  const veins = Array.from({ length: 22 }, (_, i) => {
    const x = 170 + i * 40;
    return `<path d="M${x} 600 Q${x + 30} 470 ${x + 70} 330" stroke="#2f6b28" stroke-width="4" fill="none" opacity="0.6"/><path d="M${x} 600 Q${x + 30} 730 ${x + 70} 870" stroke="#2f6b28" stroke-width="4" fill="none" opacity="0.6"/>`;
  }).join('');
  return `<path d="M80 600 C250 250 950 220 1130 600 C950 980 250 950 80 600 Z" fill="#4f9a3c"/>
    <path d="M80 600 C250 250 950 220 1130 600" fill="none" stroke="#3a7d2c" stroke-width="10"/>
    ${veins}
    <path d="M60 600 L1140 600" stroke="#c9d98a" stroke-width="12" stroke-linecap="round"/>`;
}

/** One block of gula aren cetak: a short cylinder, dark on the sides, lighter and glossy on top. */
function sugarBlock(cx: number, cy: number, r: number): string {
  const h = r * 0.55;
  return `<ellipse cx="${cx + 10}" cy="${cy + h + 18}" rx="${r * 1.02}" ry="${r * 0.42}" fill="#000" opacity="0.28"/>
    <path d="M${cx - r} ${cy} L${cx - r} ${cy + h} A${r} ${r * 0.4} 0 0 0 ${cx + r} ${cy + h} L${cx + r} ${cy} Z" fill="#4a2710"/>
    <path d="M${cx - r} ${cy} L${cx - r} ${cy + h} A${r} ${r * 0.4} 0 0 0 ${cx - r * 0.2} ${cy + h + r * 0.38} L${cx - r * 0.2} ${cy + r * 0.38} Z" fill="#5e3418"/>
    <ellipse cx="${cx}" cy="${cy}" rx="${r}" ry="${r * 0.4}" fill="#7b4621"/>
    <ellipse cx="${cx - r * 0.15}" cy="${cy - r * 0.05}" rx="${r * 0.72}" ry="${r * 0.26}" fill="#8d5429"/>
    <ellipse cx="${cx - r * 0.35}" cy="${cy - r * 0.12}" rx="${r * 0.25}" ry="${r * 0.07}" fill="#fff" opacity="0.25"/>`;
}

export function gulaArenCetakSvg(): string {
  const bg = table('#b4834f', 11);
  const blocks = [
    [430, 430, 150],
    [760, 440, 150],
    [300, 650, 150],
    [610, 660, 150],
    [910, 660, 140],
  ]
    .map(([x, y, r]) => sugarBlock(x!, y!, r!))
    .join('');
  return svg(bg.body + bananaLeaf() + blocks + vignette, bg.defs);
}

export function gulaArenStackSvg(): string {
  const bg = table('#a9784a', 12);
  // Blocks wrapped in dried leaf (klobot), stacked: how a kilo is packed for sale.
  const wrapped = [0, 1, 2, 3]
    .map((i) => {
      const y = 860 - i * 150;
      return `<path d="M340 ${y} L860 ${y} L880 ${y - 130} L320 ${y - 130} Z" fill="#d9b878"/>
        <path d="M340 ${y} L860 ${y} L880 ${y - 130} L320 ${y - 130} Z" fill="none" stroke="#8b6a35" stroke-width="6"/>
        ${[0, 1, 2, 3, 4, 5].map((k) => `<path d="M${370 + k * 90} ${y} L${360 + k * 92} ${y - 130}" stroke="#a88648" stroke-width="5"/>`).join('')}
        <rect x="330" y="${y - 75}" width="540" height="18" fill="#6b4a1e"/>`;
    })
    .join('');
  return svg(bg.body + `<ellipse cx="620" cy="890" rx="360" ry="60" fill="#000" opacity="0.3"/>` + wrapped + sugarBlock(980, 860, 110) + vignette, bg.defs);
}

export function gulaSemutSvg(): string {
  const bg = table('#c29461', 21);
  const next = random(22);
  // A heap of granulated palm sugar in a woven bamboo bowl.
  const grains = Array.from({ length: 1400 }, () => {
    const a = next() * Math.PI;
    const d = Math.sqrt(next());
    const x = 600 + Math.cos(a) * 330 * d * (next() > 0.5 ? 1 : -1);
    const top = 520 + (1 - Math.sin(a) * d) * 60;
    const y = top + next() * (760 - top) * d;
    const shade = ['#8a5a2b', '#9c6a35', '#6e4520', '#b27c44', '#7a4d24'][Math.floor(next() * 5)];
    return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${(4 + next() * 5).toFixed(1)}" fill="${shade}"/>`;
  }).join('');
  const weave = Array.from({ length: 16 }, (_, i) => `<path d="M${250 + i * 45} 700 Q${260 + i * 44} 880 ${300 + i * 38} 960" stroke="#8f6c3a" stroke-width="8" fill="none"/>`).join('');
  return svg(
    bg.body +
      `<ellipse cx="600" cy="960" rx="380" ry="70" fill="#000" opacity="0.3"/>
      <path d="M220 700 Q600 1080 980 700 Z" fill="#d8b67a"/>${weave}
      <path d="M240 560 Q600 380 960 560 Q960 700 600 760 Q240 700 240 560 Z" fill="#8a5a2b"/>${grains}
      <ellipse cx="600" cy="700" rx="380" ry="70" fill="none" stroke="#b48d52" stroke-width="22"/>
      <path d="M880 880 L1120 1080" stroke="#7a5128" stroke-width="34" stroke-linecap="round"/>
      <ellipse cx="860" cy="860" rx="70" ry="46" fill="#8a5f30" transform="rotate(40 860 860)"/>` +
      vignette,
    bg.defs,
  );
}

/** Interlaced bamboo strips (anyaman): a checkerboard of light and shadowed strips. */
const weavePattern = (id: string, light: string, dark: string, cell: number) =>
  `<pattern id="${id}" width="${cell * 2}" height="${cell * 2}" patternUnits="userSpaceOnUse">
    <rect width="${cell * 2}" height="${cell * 2}" fill="${dark}"/>
    <rect x="2" y="2" width="${cell - 4}" height="${cell - 4}" rx="4" fill="${light}"/>
    <rect x="${cell + 2}" y="${cell + 2}" width="${cell - 4}" height="${cell - 4}" rx="4" fill="${light}"/>
    <rect x="${cell + 2}" y="2" width="${cell - 4}" height="${cell - 4}" rx="4" fill="${light}" opacity="0.7"/>
    <rect x="2" y="${cell + 2}" width="${cell - 4}" height="${cell - 4}" rx="4" fill="${light}" opacity="0.7"/>
    <path d="M0 ${cell / 2} H${cell * 2} M0 ${cell * 1.5} H${cell * 2}" stroke="#000" stroke-opacity="0.12" stroke-width="3"/>
  </pattern>`;

export function keranjangBambuSvg(): string {
  const bg = table('#9c7048', 31);
  const defs = bg.defs + weavePattern('anyam', '#e3c58c', '#a8834b', 44);
  return svg(
    bg.body +
      `<ellipse cx="600" cy="1010" rx="400" ry="70" fill="#000" opacity="0.32"/>
      <path d="M330 520 Q600 470 870 520" stroke="#b58b4f" stroke-width="34" fill="none"/>
      <path d="M300 560 C300 160 900 160 900 560" stroke="#c89d5e" stroke-width="40" fill="none" stroke-linecap="round"/>
      <path d="M300 560 C300 160 900 160 900 560" stroke="#8e6a36" stroke-width="6" fill="none" stroke-dasharray="18 14"/>
      <path d="M230 560 L970 560 L900 1000 Q600 1060 300 1000 Z" fill="url(#anyam)"/>
      <path d="M230 560 L970 560 L900 1000 Q600 1060 300 1000 Z" fill="none" stroke="#7d5a2b" stroke-width="10"/>
      <ellipse cx="600" cy="560" rx="370" ry="46" fill="#c9a266" stroke="#7d5a2b" stroke-width="12"/>
      <ellipse cx="600" cy="565" rx="330" ry="30" fill="#5e4020"/>` +
      vignette,
    defs,
  );
}

export function tampahBambuSvg(): string {
  const bg = table('#7f5a3a', 41);
  const defs =
    bg.defs +
    `<pattern id="kepang" width="60" height="60" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="60" height="60" fill="#b08a52"/>
      <rect x="0" y="2" width="28" height="56" rx="4" fill="#e6cb93"/>
      <rect x="30" y="2" width="28" height="26" rx="4" fill="#d9b97c"/>
      <rect x="30" y="32" width="28" height="26" rx="4" fill="#cfae70"/>
    </pattern>`;
  return svg(
    bg.body +
      `<circle cx="615" cy="625" r="470" fill="#000" opacity="0.35"/>
      <circle cx="600" cy="600" r="470" fill="#8a6632"/>
      <circle cx="600" cy="600" r="440" fill="url(#kepang)"/>
      <circle cx="600" cy="600" r="455" fill="none" stroke="#c79f60" stroke-width="34"/>
      <circle cx="600" cy="600" r="455" fill="none" stroke="#6f4f22" stroke-width="6" stroke-dasharray="22 12"/>` +
      vignette,
    defs,
  );
}

function egg(cx: number, cy: number, rotate: number): string {
  return `<g transform="rotate(${rotate} ${cx} ${cy})">
    <ellipse cx="${cx + 12}" cy="${cy + 18}" rx="112" ry="146" fill="#000" opacity="0.25"/>
    <path d="M${cx} ${cy - 150} C${cx + 100} ${cy - 150} ${cx + 118} ${cy + 30} ${cx + 112} ${cy + 60} C${cx + 100} ${cy + 150} ${cx - 100} ${cy + 150} ${cx - 112} ${cy + 60} C${cx - 118} ${cy + 30} ${cx - 100} ${cy - 150} ${cx} ${cy - 150} Z" fill="#cfe6df"/>
    <ellipse cx="${cx - 40}" cy="${cy - 60}" rx="26" ry="48" fill="#fff" opacity="0.55"/>
    <circle cx="${cx + 30}" cy="${cy + 40}" r="5" fill="#9fbdb3"/><circle cx="${cx - 20}" cy="${cy + 80}" r="4" fill="#9fbdb3"/>
  </g>`;
}

export function telurAsinSvg(): string {
  const bg = table('#a77a52', 51);
  const halved = `<ellipse cx="880" cy="850" rx="150" ry="120" fill="#000" opacity="0.25"/>
    <ellipse cx="870" cy="830" rx="150" ry="120" fill="#cfe6df"/>
    <ellipse cx="870" cy="830" rx="132" ry="104" fill="#fbfaf3"/>
    <circle cx="880" cy="825" r="66" fill="#e8841e"/>
    <circle cx="868" cy="812" r="26" fill="#f6a94a" opacity="0.8"/>`;
  return svg(
    bg.body +
      `<circle cx="560" cy="560" r="420" fill="#000" opacity="0.25"/><circle cx="545" cy="545" r="420" fill="#f2efe6"/><circle cx="545" cy="545" r="360" fill="none" stroke="#d9d3c3" stroke-width="10"/>` +
      egg(420, 430, -20) +
      egg(650, 420, 15) +
      egg(500, 680, 70) +
      halved +
      vignette,
    bg.defs,
  );
}
