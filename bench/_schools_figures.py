"""The figures of bench schools from when each school's messages arrived: rates, first and last, silences."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Run", "SchoolFigures", "figures"]


@dataclass(frozen=True, slots=True)
class SchoolFigures:
    """One school's follow-ups as the fake Bot API saw them (seconds from the process's start)."""

    slug: str
    got: int
    duplicates: int
    floods: int
    first: float
    last: float
    rate: float  # messages/s from the end of the first burst (what Telegram allows at once) to the last
    # The longest time this school received nothing while it was still owed follow-ups and other schools
    # did receive some (from the first follow-up any school got to its own last one).
    silence: float
    others_meanwhile: int


@dataclass(frozen=True, slots=True)
class Run:
    """A whole run: every school's figures and the totals."""

    store: str
    schools: tuple[SchoolFigures, ...]
    due: int
    up: float  # seconds from the process's start until its web server answered
    span: float  # seconds from the first follow-up any school got to the last
    total_rate: float
    bot_cpu: float  # CPU seconds of the bot process from the first follow-up until the last
    bench_cpu: float  # CPU seconds of this process (the fake Bot APIs) over the same time
    errors: int  # ERROR lines in the bot's log
    load: float  # the machine's load average (1 minute), the higher of start and end

    @property
    def cpu_per_message(self) -> float:
        """Milliseconds of the bot's CPU per follow-up."""
        return self.bot_cpu / self.messages * 1000 if self.messages else float("nan")

    @property
    def cpu_share(self) -> float:
        """The share of one core the bot process used while sending."""
        return self.bot_cpu / self.span if self.span > 0 else float("nan")

    @property
    def first_spread(self) -> float:
        """Seconds between the first school's first follow-up and the last school's first."""
        firsts = [s.first for s in self.schools]
        return max(firsts) - min(firsts)

    @property
    def longest_silence(self) -> SchoolFigures:
        """The school that waited longest with nothing while others got theirs."""
        return max(self.schools, key=lambda s: s.silence)

    @property
    def slowest(self) -> SchoolFigures:
        """The school with the lowest rate while sending."""
        return min(self.schools, key=lambda s: s.rate)

    @property
    def fastest(self) -> SchoolFigures:
        """The school with the highest rate while sending."""
        return max(self.schools, key=lambda s: s.rate)

    @property
    def messages(self) -> int:
        """Follow-ups received, all schools together (each student once)."""
        return sum(s.got for s in self.schools)

    @property
    def lost(self) -> int:
        """Follow-ups due that never arrived."""
        return self.due * len(self.schools) - self.messages

    @property
    def duplicates(self) -> int:
        """Follow-ups that arrived more than once."""
        return sum(s.duplicates for s in self.schools)

    @property
    def floods(self) -> int:
        """429s the fake answered, all schools together."""
        return sum(s.floods for s in self.schools)

    def starved(self, longer_than: float) -> list[SchoolFigures]:
        """Schools that got nothing for longer than `longer_than` seconds while others did."""
        return [s for s in self.schools if s.silence > longer_than and s.others_meanwhile > 0]


def _silence(own: list[float], others: list[float], since: float) -> tuple[float, int]:
    """The longest gap in `own` (the first one from `since`) during which `others` got something."""
    longest, meanwhile = 0.0, 0
    previous = since
    position = 0  # in `others`, sorted: a merge, not a search per gap
    for moment in own:
        while position < len(others) and others[position] <= previous:
            position += 1
        start = position
        while position < len(others) and others[position] < moment:
            position += 1
        if position > start and moment - previous > longest:
            longest, meanwhile = moment - previous, position - start
        previous = moment
    return longest, meanwhile


def figures(
    arrivals: dict[str, list[tuple[float, int]]],
    floods: dict[str, int],
    *,
    store: str,
    due: int,
    began: float,
    up: float,
    bot_cpu: float,
    bench_cpu: float,
    errors: int = 0,
    load: float = 0.0,
    burst: int = 0,
) -> Run:
    """From (arrival time, chat id) per school, with `began` the moment the process was started; a school's
    rate leaves out its first `burst` messages (they may all go at once: the sustained rate is the one)."""
    times = {slug: sorted(t - began for t, _ in got) for slug, got in arrivals.items()}
    everything = sorted(t for own in times.values() for t in own)
    start = everything[0] if everything else 0.0
    schools = []
    for slug, own in times.items():
        chats = [chat for _, chat in arrivals[slug]]
        others = sorted(t for other, theirs in times.items() if other != slug for t in theirs)
        silence, meanwhile = _silence(own, others, start)
        first, last = (own[0], own[-1]) if own else (float("nan"), float("nan"))
        steady = own[burst:] if len(own) > burst + 1 else own
        rate = (
            (len(steady) - 1) / (steady[-1] - steady[0]) if len(steady) > 1 and last > first else float("nan")
        )
        schools.append(
            SchoolFigures(
                slug=slug,
                got=len(set(chats)),
                duplicates=len(chats) - len(set(chats)),
                floods=floods.get(slug, 0),
                first=first,
                last=last,
                rate=rate,
                silence=silence,
                others_meanwhile=meanwhile,
            )
        )
    span = everything[-1] - start if len(everything) > 1 else float("nan")
    return Run(
        store=store,
        schools=tuple(schools),
        due=due,
        up=up,
        span=span,
        total_rate=(len(everything) - 1) / span if span == span and span > 0 else float("nan"),
        bot_cpu=bot_cpu,
        bench_cpu=bench_cpu,
        errors=errors,
        load=load,
    )
