"""Build the application from settings; every collaborator can be replaced by keyword (tests, benches)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from dialogues import DEFAULT_SCRIPTS, DEFAULT_TEXTS, ScriptLibrary, TextCatalog
from dialogues.engine import Engine
from storage import Store, store_from_url

from .clock import Clock, SystemClock
from .config import Settings
from .conversation import (
    BasicCommands,
    Conversations,
    ConversationService,
    DossierCommands,
    Handler,
    PlaceCommands,
    PlaceOffers,
    PortfolioCommands,
    PrivacyCommands,
    SafetyGuard,
    SchoolCommands,
    ScriptCommands,
    ScriptResolver,
    WebCommands,
)
from .deeplinks import DeepLinks
from .delivery import Courier, Couriers
from .metrics import Metrics
from .nudges import NudgeDispatcher, NudgePlanner, NudgePolicy, NudgeScheduler, SenderLease
from .retention import Retention
from .signin import Signins
from .studio import fold_counts
from .summaries import MentorSummaryBuilder, WeeklySummaries

__all__ = ["BOT_TEXTS", "App", "build_app", "load_texts"]

BOT_TEXTS = Path(__file__).parent / "texts"


@dataclass(slots=True)
class App:
    """The assembled bot. Channels `attach` to receive what it sends; `start`/`stop` own its lifecycle."""

    settings: Settings
    store: Store
    library: ScriptLibrary
    texts: TextCatalog
    clock: Clock
    couriers: Couriers
    conversations: ConversationService
    policy: NudgePolicy
    planner: NudgePlanner
    dispatcher: NudgeDispatcher
    scheduler: NudgeScheduler
    summaries: WeeklySummaries
    retention: Retention
    signins: Signins
    follow_ups: bool = True
    started: bool = field(default=False, init=False)
    metrics: Metrics = field(default_factory=Metrics)
    # Links into the Telegram bot (its username is known once Telegram is connected).
    links: DeepLinks = field(default_factory=DeepLinks)

    def attach(self, channel: str, courier: Courier) -> None:
        """The one way a channel receives what the bot sends by itself (follow-ups, summaries, safety)."""
        self.couriers.attach(channel, courier)

    async def start(self) -> None:
        """Open the store (migrations), load the safety model once, then recover unsent follow-ups and
        start the scheduler.

        Attach the channels first: the first run sends what fell due while the bot was down.
        """
        await self.store.open()
        self.started = True
        try:
            await self.conversations.safety.start()
            if self.follow_ups:
                await self.scheduler.start()
        except BaseException:
            await self.stop()
            raise

    async def stop(self) -> None:
        """Stop the scheduler (a run in progress is cancelled) and close the store; safe to call twice."""
        await self.scheduler.stop()
        await self.store.close()
        self.started = False


def load_texts(settings: Settings) -> tuple[TextCatalog, TextCatalog]:
    """The engine's and the bot's text catalogues; a school's DIALOGUES_DIR/texts overrides the engine's."""
    engine_dir = DEFAULT_TEXTS
    if settings.dialogues_dir is not None and (settings.dialogues_dir / "texts").is_dir():
        engine_dir = settings.dialogues_dir / "texts"
    engine = TextCatalog.load(sorted(engine_dir.glob("*.yaml")))
    bot = TextCatalog.load(sorted(BOT_TEXTS.glob("*.yaml")))
    return engine, bot


def build_app(
    settings: Settings,
    *,
    store: Store | None = None,
    library: ScriptLibrary | None = None,
    clock: Clock | None = None,
    rng: random.Random | None = None,
    policy: NudgePolicy | None = None,
    couriers: Couriers | None = None,
    follow_ups: bool = True,
) -> App:
    """Wire store, scripts, texts and services; raises ScriptError when a script is invalid."""
    store = store or store_from_url(
        settings.database_url,
        synchronous=settings.sqlite_synchronous,
        connections=settings.database_connections,
    )
    scripts_dir = settings.dialogues_dir or DEFAULT_SCRIPTS
    library = library or ScriptLibrary.from_directory(scripts_dir)
    clock = clock or SystemClock()
    couriers = couriers or Couriers()
    engine_texts, texts = load_texts(settings)
    policy = policy or settings.nudge_policy()
    planner = NudgePlanner(policy)
    summary_builder = MentorSummaryBuilder(texts, settings.tz)
    engine = Engine(
        texts=engine_texts,
        today=lambda: clock.now().astimezone(settings.tz).date(),
        rng=rng,
        # The school's holidays (HOLIDAYS_FILE): students may answer "na de kerstvakantie".
        school_holidays=policy.school_breaks(),
    )
    # Places of the school's network that fit the student, offered after the next-step question.
    offers = PlaceOffers(texts)
    talk = Conversations(
        engine=engine,
        scripts=ScriptResolver(library, rng),
        texts=texts,
        planner=planner,
        resume_after=timedelta(hours=6),
        extras=offers,
    )
    safety = SafetyGuard(talk, couriers.deliver)
    signins = Signins(
        store,
        clock,
        code_valid_for=timedelta(days=settings.signin_code_days),
        idle=timedelta(minutes=settings.web_idle_minutes),
        default_language=settings.default_language,
    )
    reload = (lambda: talk.scripts.reload(scripts_dir)) if scripts_dir is not None else None
    links = DeepLinks()
    commands: dict[str, Handler] = {
        **BasicCommands(talk).handlers(),
        **DossierCommands(talk).handlers(),
        **PortfolioCommands(talk).handlers(),
        **ScriptCommands(talk).handlers(),
        **SchoolCommands(talk, summaries=summary_builder, reload=reload, links=links).handlers(),
        **PrivacyCommands(talk, retention_days=settings.retention_days, tz=settings.tz).handlers(),
        **WebCommands(
            talk, codes=signins, address=settings.web_address, valid_days=settings.signin_code_days
        ).handlers(),
        **PlaceCommands(talk, offers).handlers(),
        "veilig": safety.menu,
    }
    conversations = ConversationService(
        store=store,
        talk=talk,
        safety=safety,
        commands=commands,
        clock=clock,
        timezone=settings.tz,
        default_language=settings.default_language,
        coordinators=settings.coordinators(),
        on_role=couriers.role_changed,
    )
    lease = timedelta(seconds=settings.claim_lease_seconds)
    dispatcher = NudgeDispatcher(
        store=store, service=conversations, policy=policy, clock=clock, couriers=couriers, lease=lease
    )
    scheduler = NudgeScheduler(dispatcher, store=store, lease=SenderLease.for_store(store))
    planner.on_planned(scheduler.wake_at)
    summaries = WeeklySummaries(
        store=store,
        couriers=couriers,
        builder=summary_builder,
        clock=clock,
        tz=settings.tz,
        weekday=settings.summary_weekday,
        at=settings.summary_time,
        lease=lease,
    )
    retention = Retention(
        store=store,
        couriers=couriers,
        texts=texts,
        clock=clock,
        inactive_after=timedelta(days=settings.retention_days),
        notice=timedelta(days=settings.retention_notice_days),
        stale_after=timedelta(days=settings.stale_conversation_days),
        erase=conversations.erase,
    )
    # Monday 08:00 sharp, and every half hour in case the bot was down then; retention once a day; the
    # studio's counts folded into its totals every 10 minutes (PostgreSQL keeps them apart until then).
    weekly = {
        "day_of_week": settings.summary_day,
        "hour": settings.summary_time.hour,
        "minute": settings.summary_time.minute,
        "timezone": settings.tz,
    }
    scheduler.every("weekly-summaries", summaries.send_due, timedelta(minutes=30), cron=weekly)
    scheduler.every("retention", retention.run, timedelta(days=1), single=True)
    scheduler.every("studio-counts", lambda: fold_counts(store), timedelta(minutes=10), single=True)
    app = App(
        settings=settings,
        store=store,
        library=library,
        texts=texts,
        clock=clock,
        couriers=couriers,
        conversations=conversations,
        policy=policy,
        planner=planner,
        dispatcher=dispatcher,
        scheduler=scheduler,
        summaries=summaries,
        retention=retention,
        signins=signins,
        follow_ups=follow_ups,
        links=links,
    )
    metrics = app.metrics
    metrics.counter(
        "loopbaanbot_turns_total", "Messages and button presses handled.", lambda: conversations.turns
    )
    metrics.counter(
        "loopbaanbot_followups_sent_total", "Follow-ups handed to a channel.", lambda: dispatcher.sent
    )
    metrics.counter(
        "loopbaanbot_followups_dropped_total",
        "Follow-ups that could not be delivered (given back, or put off after an error).",
        lambda: dispatcher.dropped,
    )
    return app
