import { useEffect, useState } from "react";
import type { Story } from "../model/stories.ts";
import { useAppStore } from "../state/store.ts";
import { useMessages } from "../ui/useMessages.ts";

/** The speaker's second window: this step's notes, the next step, a timer. */
export function PresenterView({ story }: { story: Story }) {
  const m = useMessages();
  const present = useAppStore((s) => s.present);
  const goToStep = useAppStore((s) => s.goToStep);
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const index = present?.step ?? 0;
  const step = story.steps[index];
  const next = story.steps[index + 1];
  const seconds = Math.floor((now - started) / 1000);
  const clock = `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
  return (
    <div className="presenter" data-testid="presenter">
      <header>
        <h1>{story.title}</h1>
        <p>
          {m.stepOf(index + 1, story.steps.length)} · {m.elapsed}{" "}
          <time data-testid="timer">{clock}</time>
        </p>
      </header>
      <section>
        <h2>{step?.title}</h2>
        <h3>{m.notes}</h3>
        <p className="presenter-notes" data-testid="notes">
          {step?.notes ?? ""}
        </p>
      </section>
      <section className="presenter-next">
        <h3>{m.nextStep}</h3>
        <p>{next ? next.title : m.end}</p>
      </section>
      <p>
        <button type="button" onClick={() => goToStep(index - 1)} disabled={index === 0}>
          ← {m.previous}
        </button>{" "}
        <button type="button" onClick={() => goToStep(index + 1)} disabled={!next}>
          {m.next} →
        </button>
      </p>
      <p className="note">{m.presentKeys}</p>
    </div>
  );
}
