// Pure: the island groups that shipping zones are built on (island-groups.json maps each province to one).
// Kepulauan Riau and Bangka Belitung ship with Sumatera; Banten, DKI and DIY with Jawa.

export const ISLAND_GROUPS = ['sumatera', 'jawa', 'bali-nusa-tenggara', 'kalimantan', 'sulawesi', 'maluku', 'papua'] as const;
export type IslandGroup = (typeof ISLAND_GROUPS)[number];

export function isIslandGroup(value: unknown): value is IslandGroup {
  return typeof value === 'string' && (ISLAND_GROUPS as readonly string[]).includes(value);
}
