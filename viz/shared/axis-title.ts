/** Axis titles that are never clipped, shared by every page's charts. */

/** Splits a long axis title over two lines so that it is never clipped. */
export function axisTitle(title: string): string | string[] {
  if (title.length <= 60) return title;
  const mid = Math.floor(title.length / 2);
  let cut = title.lastIndexOf(" ", mid);
  if (cut < 8) cut = title.indexOf(" ", mid);
  return cut > 0 ? [title.slice(0, cut), title.slice(cut + 1)] : title;
}
