import type { ReactNode } from "react";
import type { Count } from "../model/filters.ts";

export interface CheckGroupProps<T extends string> {
  legend: string;
  items: readonly T[];
  hidden: readonly T[];
  counts: Partial<Record<T, Count>>;
  label(item: T): ReactNode;
  onChange(hidden: T[]): void;
}

/** A filter facet: one checkbox per value, checked = shown, with visible/total counts. */
export function CheckGroup<T extends string>(props: CheckGroupProps<T>) {
  const { legend, items, hidden, counts, label, onChange } = props;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {items.map((item) => (
        <label key={item}>
          <input
            type="checkbox"
            checked={!hidden.includes(item)}
            onChange={(e) =>
              onChange(e.target.checked ? hidden.filter((h) => h !== item) : [...hidden, item])
            }
          />{" "}
          {label(item)}{" "}
          <span className="count">
            {counts[item]?.visible ?? 0}/{counts[item]?.total ?? 0}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
