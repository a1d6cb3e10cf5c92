import { useAppStore } from "../state/store.ts";
import { useMessages } from "./useMessages.ts";

/**
 * Quiet notices, e.g. URL parameters that were ignored, or what opening a file found; one about a
 * file opened offers the way back to the built-in network (`onBuiltIn`).
 */
export function Notices({ onBuiltIn }: { onBuiltIn(): void }) {
  const m = useMessages();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" aria-live="polite" data-testid="notices">
      {notices.map((n, i) => {
        const { text, details, builtIn } = typeof n === "string" ? { text: n, details: [] } : n;
        return (
          <li key={i}>
            <span lang="en">{text}</span>{" "}
            <button
              type="button"
              className="link"
              onClick={() => dismiss(i)}
              aria-label={m.dismiss}
            >
              ×
            </button>
            {builtIn && (
              <div>
                <button type="button" className="link" onClick={onBuiltIn}>
                  {m.backToBuiltIn}
                </button>
              </div>
            )}
            {details.length > 0 && (
              <details>
                <summary>{m.importNotes(details.length)}</summary>
                <ul>
                  {details.map((d, j) => (
                    <li key={j} lang="en">
                      {d}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
