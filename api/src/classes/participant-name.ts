// Display names as typed on a phone: trimmed, single-spaced, compared without case.
export function cleanDisplayName(input: string): string {
  return input.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function nameKey(displayName: string): string {
  return cleanDisplayName(displayName).toLocaleLowerCase('id-ID');
}

/** The second "Siti" is shown as "Siti (2)", so the facilitator can tell them apart. */
export function numberedName(displayName: string, nameNumber: number): string {
  return nameNumber > 1 ? `${displayName} (${nameNumber})` : displayName;
}
