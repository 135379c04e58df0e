// A join code as read aloud and off a projector from the back of a hall: "KMNPQR" → "K M N · P Q R".
export function spacedCode(code: string): string {
  const letters = [...code];
  if (letters.length <= 3) return letters.join(' ');
  const half = Math.ceil(letters.length / 2);
  return `${letters.slice(0, half).join(' ')} · ${letters.slice(half).join(' ')}`;
}
