import { useEffect, useState } from "react";
import type { Story } from "../model/stories.ts";
import type { StoryPager } from "./useStoryPager.ts";
import { useAllMessages } from "../ui/panelMessages.ts";

/** The speaker's second window: this step's notes, what the next click shows, a timer. */
export function PresenterView({ story, pager }: { story: Story; pager: StoryPager }) {
  const m = useAllMessages();
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const step = story.steps[pager.step];
  const next = story.steps[pager.step + 1];
  const seconds = Math.floor((now - started) / 1000);
  const clock = `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
  return (
    <div className="presenter" data-testid="presenter">
      <header>
        <h1>{story.title}</h1>
        <p>
          {m.stepOf(pager.step + 1, story.steps.length)}
          {pager.cards > 1 && `, ${m.cardOf(pager.card + 1, pager.cards)}`} · {m.elapsed}{" "}
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
      <section className="presenter-next" data-testid="presenter-next">
        <h3>{m.nextStep}</h3>
        <p>{pager.card < pager.cards - 1 ? m.nextQuote : next ? next.title : m.end}</p>
      </section>
      <p>
        <button type="button" onClick={() => pager.move("previous")} disabled={pager.atStart}>
          ← {m.previous}
        </button>{" "}
        <button type="button" onClick={() => pager.move("next")} disabled={pager.atEnd}>
          {m.next} →
        </button>
      </p>
      <p className="note">{m.presentKeys}</p>
    </div>
  );
}
