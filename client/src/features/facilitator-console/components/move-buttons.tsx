import { moveInList } from '../list-order';

interface MoveButtonsProps<T> {
  list: readonly T[];
  index: number;
  /** The list with the item moved one place up or down. */
  onMove: (next: T[]) => void;
  /** What a screen reader says for each button ("Naikkan …", "Turunkan …"). */
  upLabel: string;
  downLabel: string;
}

/** The ↑/↓ pair that moves one item of an ordered list (missions, learning-check questions) one place. */
export function MoveButtons<T>({ list, index, onMove, upLabel, downLabel }: MoveButtonsProps<T>) {
  return (
    <span className="mission-settings__move">
      <button type="button" className="button button--secondary button--icon" disabled={index === 0} onClick={() => onMove(moveInList(list, index, -1))} aria-label={upLabel}>
        ↑
      </button>
      <button
        type="button"
        className="button button--secondary button--icon"
        disabled={index === list.length - 1}
        onClick={() => onMove(moveInList(list, index, 1))}
        aria-label={downLabel}
      >
        ↓
      </button>
    </span>
  );
}
