import { useAppStore } from "../state/store.ts";
import { useMessages } from "./useMessages.ts";

/** Quiet notices, e.g. URL parameters that were ignored. */
export function Notices() {
  const m = useMessages();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" aria-live="polite" data-testid="notices">
      {notices.map((n, i) => (
        <li key={i}>
          <span lang="en">{n}</span>{" "}
          <button type="button" className="link" onClick={() => dismiss(i)} aria-label={m.dismiss}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
