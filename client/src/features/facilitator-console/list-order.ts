// Pure: moving an item up or down a class's ordered list, its missions or its learning-check questions ("↑" / "↓");
// the list keeps every item exactly once.

export function moveInList<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}
