"""The mentor's weekly summary: whom to talk to first, then every linked student in a few short lines."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.codes import format_code
from bot.conversation import Attachment, Block, Outgoing
from bot.documents import SharedAnswers, summary_html
from bot.non_answers import mostly_non_answers
from bot.views import shared_experience_title
from dialogues import TextCatalog, as_language
from dialogues.language import format_date
from storage import Mentor, SharedStudent, StepStatus, Transaction

__all__ = ["MentorSummaryBuilder", "StudentWeek", "week_of"]

_OPEN = (StepStatus.OPEN, StepStatus.CHANGED)


def week_of(moment: datetime, tz: ZoneInfo) -> str:
    """The ISO week a moment falls in, locally: "2026-W48"."""
    year, week, _ = moment.astimezone(tz).isocalendar()
    return f"{year}-W{week:02d}"


@dataclass(frozen=True)
class StudentWeek:
    """One student's week, worked out from what they share."""

    student: SharedStudent
    reflections: list[str]
    keywords: list[str]
    done: int
    open: int
    overdue: list[str]
    contacts: list[str]
    flags: list[str]
    quiet_days: int | None  # days without activity, when that is long enough to mention
    # This week's reflections that were mostly "niks" or "weet ik niet": worth a talk.
    empty: list[str] = dataclasses.field(default_factory=list)

    @property
    def news(self) -> bool:
        """Whether there is anything to say about this student this week."""
        return bool(
            self.reflections or self.keywords or self.done or self.contacts or self.flags or self.overdue
        )


class MentorSummaryBuilder:
    """Builds the summary for one mentor from the storage layer's view of their linked students."""

    def __init__(
        self, texts: TextCatalog, tz: ZoneInfo, *, quiet_after: timedelta = timedelta(days=14)
    ) -> None:
        self.texts = texts
        self.tz = tz
        self.quiet_after = quiet_after

    async def build(self, reads: Transaction, mentor: Mentor, now: datetime) -> list[Outgoing]:
        """The summary of the last 7 days: messages to read, and the same as an HTML file to print."""
        person = await reads.students.get(mentor.person_id)
        language = person.language if person is not None else "nl"
        weeks = await self.weeks(reads, mentor, now, language)
        blocks = self.blocks(mentor, weeks, language, now)
        today = now.astimezone(self.tz).date()
        answers = self.shared_answers(weeks, language, now)
        document = summary_html(blocks, answers, self.texts, language, today).encode("utf-8")
        filename = f"weekoverzicht-{week_of(now, self.tz)}.html"
        file = Outgoing(
            text=self.texts.get("summary.file", language),
            attachments=(Attachment(filename, document, "text/html"),),
        )
        return [Outgoing(blocks=tuple(blocks), kind="overview"), file]

    async def weeks(
        self, reads: Transaction, mentor: Mentor, now: datetime, language: str
    ) -> list[StudentWeek]:
        """Every linked student's last 7 days, from what they share, by name."""
        students = await reads.school.shared_students(mentor.person_id)
        return sorted((self._week(s, now, language) for s in students), key=lambda w: w.student.name.lower())

    def _week(self, student: SharedStudent, now: datetime, language: str) -> StudentWeek:
        since = now - timedelta(days=7)
        today = now.astimezone(self.tz).date()
        reflected = [e for e in student.experiences if e.reflected_at is not None and e.reflected_at >= since]
        quiet = now - student.last_seen_at
        return StudentWeek(
            student=student,
            # Undated: the summary covers one week, and a shorter line is read faster.
            reflections=[
                shared_experience_title(e, self.texts, language, today, dated=False) for e in reflected
            ],
            keywords=[e.kernwoord for e in reflected if e.kernwoord],
            done=sum(s.status is StepStatus.DONE and s.updated_at >= since for s in student.steps),
            open=sum(s.status in _OPEN for s in student.steps),
            overdue=[
                s.what for s in student.steps if s.status in _OPEN and s.due is not None and s.due < today
            ],
            contacts=[c.role or "?" for c in student.contacts if c.created_at >= since],
            flags=[f.about for f in student.flags],
            quiet_days=quiet.days if quiet >= self.quiet_after else None,
            empty=[
                shared_experience_title(e, self.texts, language, today, dated=False)
                for e in reflected
                if mostly_non_answers(e.answered, e.empty_answers)
            ],
        )

    def blocks(self, mentor: Mentor, weeks: list[StudentWeek], language: str, now: datetime) -> list[Block]:
        """Title, whom to talk to first, every student with news, and one line for the rest."""
        t, lang = self.texts, language
        today = now.astimezone(self.tz).date()
        start = format_date(today - timedelta(days=7), language=as_language(lang), today=today)
        end = format_date(today, language=as_language(lang), today=today)
        title = t.get("summary.title", lang, mentor=mentor.name, van=start, tot=end)
        blocks = [Block(title, (t.get("summary.count", lang, aantal=str(len(weeks))),))]
        if not weeks:
            return [Block(title, (t.get("summary.nobody", lang, code=format_code(mentor.class_code)),))]
        attention: list[str] = []
        for week in weeks:
            name = week.student.name or t.get("summary.unnamed", lang)
            if week.quiet_days is not None:
                attention.append(t.get("summary.quiet", lang, naam=name, dagen=str(week.quiet_days)))
            for what in week.overdue:
                attention.append(t.get("summary.overdue", lang, naam=name, stap=what))
            for title in week.empty:
                attention.append(t.get("summary.non_answers", lang, naam=name, ervaring=title))
        blocks.append(
            Block(t.get("summary.attention", lang), tuple(attention) or (t.get("summary.all_fine", lang),))
        )
        for week in weeks:
            if week.news:
                blocks.append(
                    Block(week.student.name or t.get("summary.unnamed", lang), self._lines(week, lang))
                )
        quiet = [w.student.name or t.get("summary.unnamed", lang) for w in weeks if not w.news]
        if quiet:
            blocks.append(Block(t.get("summary.no_news", lang), (", ".join(quiet),)))
        return blocks

    def _lines(self, week: StudentWeek, lang: str) -> tuple[str, ...]:
        """One line per student (a mentor of 30 skims the list in about a minute); flags on their own."""
        t = self.texts
        parts = []
        if week.reflections:
            parts.append(t.get("summary.reflected", lang, lijst="; ".join(week.reflections)))
        if week.keywords:
            key = "summary.keyword" if len(week.keywords) == 1 else "summary.keywords"
            parts.append(t.get(key, lang, lijst=", ".join(week.keywords)))
        counts = [
            t.get(f"summary.steps_{name}", lang, aantal=str(number))
            for name, number in (("done", week.done), ("open", week.open), ("late", len(week.overdue)))
            if number
        ]
        if counts:
            parts.append(t.get("summary.steps", lang, lijst=", ".join(counts)))
        if week.contacts:
            parts.append(t.get("summary.contacts", lang, lijst=", ".join(week.contacts)))
        lines = [" · ".join(parts)] if parts else []
        if week.flags:
            lines.append(t.get("summary.flags", lang, lijst="; ".join(f for f in week.flags if f) or "?"))
        return tuple(lines)

    def shared_answers(self, weeks: list[StudentWeek], lang: str, now: datetime) -> list[SharedAnswers]:
        """What students who share their answers wrote this week, per student and experience."""
        today = now.astimezone(self.tz).date()
        since = now - timedelta(days=7)
        found = []
        for week in weeks:
            # This week's answers only: a weekly file that repeats a whole history is not a summary.
            shared = [
                e
                for e in week.student.experiences
                if e.answers and e.reflected_at is not None and e.reflected_at >= since
            ]
            if not week.student.share_answers or not shared:
                continue
            experiences = [
                (
                    shared_experience_title(experience, self.texts, lang, today),
                    [
                        (self.texts.get(f"summary.answer.{name}", lang), text)
                        for name, text in experience.answers.items()
                    ],
                )
                for experience in shared
            ]
            heading = self.texts.get("summary.answers_of", lang, naam=week.student.name or "?")
            found.append(SharedAnswers(heading, experiences))
        return found
