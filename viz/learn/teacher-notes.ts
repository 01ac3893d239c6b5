/**
 * A lesson's notes for the teacher (goals, discussion questions, what to expect and how
 * uncertain it is) and its printable worksheet: the question with its answers to tick,
 * space for what happened, and the questions to discuss.
 */
import { button, el } from "../shared/dom.ts";
import type { Lesson } from "./lessons.ts";

/** The "For teachers" fold. */
export function teacherNotes(lesson: Lesson): HTMLElement {
  const t = lesson.teacher;
  return el(
    "details",
    { class: "teacher-notes" },
    el("summary", {}, "For teachers: goals, discussion, what to expect"),
    el("h3", {}, "Learning goals"),
    el("ul", {}, ...t.goals.map((g) => el("li", {}, g))),
    el("h3", {}, "Questions to discuss"),
    el("ul", {}, ...t.discussion.map((d) => el("li", {}, d))),
    el("h3", {}, "What to expect"),
    el("p", {}, t.expected),
  );
}

/** The worksheet (shown only when printing it) and the button that prints it. */
export function worksheet(lesson: Lesson, days: number): { sheet: HTMLElement; printButton: HTMLButtonElement } {
  const lines = (n: number) =>
    el("div", { class: "write-lines", "aria-hidden": "true" }, ...Array.from({ length: n }, () => el("div", { class: "write-line" })));
  const sheet = el(
    "section",
    { class: "worksheet", "aria-label": "Worksheet" },
    el("h1", {}, `Worksheet: ${lesson.title}`),
    el("p", {}, "Name: ____________________   Date: ____________"),
    ...lesson.intro.map((p) => el("p", {}, p)),
    el("p", {}, `Runs: ${lesson.variants.map((v) => v.label).join(" vs ")}, ${days} days each after the warm-up.`),
    el("h2", {}, `1. Before the run: ${lesson.question}`),
    el("ul", { class: "tick-list" }, ...lesson.choices.map((c) => el("li", {}, `☐ ${c}`))),
    el("p", {}, "Why do you think so?"),
    lines(3),
    el("h2", {}, "2. After the run: what happened? Was your prediction right, wrong, or could the runs not tell?"),
    lines(4),
    el("h2", {}, "3. Look closer"),
    el("ol", {}, ...lesson.lookFor.map((q) => el("li", {}, q, lines(2)))),
    el("h2", {}, "4. Discuss"),
    el("ol", {}, ...lesson.teacher.discussion.map((q) => el("li", {}, q, lines(2)))),
  );
  const printButton = button("Print worksheet", () => {
    document.body.classList.add("print-worksheet");
    const done = () => {
      document.body.classList.remove("print-worksheet");
      window.removeEventListener("afterprint", done);
    };
    window.addEventListener("afterprint", done);
    window.print();
  });
  return { sheet, printButton };
}
