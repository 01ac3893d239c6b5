/**
 * Where the map writes the words of its newest events: beside each ring, on the first of
 * four sides that overlaps no label already placed, or not at all. Labels of events that
 * happen close together ("camera installed" over "package stolen") would otherwise be
 * drawn over each other and become unreadable.
 */

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The text's anchor (left end of the baseline) for each label, or null when no side is free. */
export function placeLabels(
  anchors: readonly { x: number; y: number; width: number }[],
  height: number,
  gap: number,
): ({ x: number; y: number } | null)[] {
  const placed: LabelBox[] = [];
  return anchors.map((a) => {
    const sides = [
      { x: a.x + gap, y: a.y - gap },
      { x: a.x + gap, y: a.y + gap + height },
      { x: a.x - gap - a.width, y: a.y - gap },
      { x: a.x - gap - a.width, y: a.y + gap + height },
    ];
    for (const s of sides) {
      const box = { x: s.x, y: s.y - height, width: a.width, height };
      if (placed.every((p) => !overlaps(p, box))) {
        placed.push(box);
        return s;
      }
    }
    return null;
  });
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
