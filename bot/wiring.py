"""Build the application from settings; every collaborator can be replaced by keyword (tests, benches)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from dialogues import DEFAULT_SCRIPTS, DEFAULT_TEXTS, ScriptLibrary, TextCatalog
from storage import SqliteStore, Store, store_from_url

from .clock import Clock, SystemClock
from .config import Settings
from .conversation import ConversationService
from .delivery import Couriers
from .nudges import NudgeDispatcher, NudgePlanner, NudgePolicy, NudgeScheduler, SenderLease
from .retention import Retention
from .summaries import MentorSummaryBuilder, WeeklySummaries

__all__ = ["BOT_TEXTS", "App", "build_app", "load_texts"]

BOT_TEXTS = Path(__file__).parent / "texts"


@dataclass(slots=True)
class App:
    """Everything a channel needs; `start`/`stop` own the lifecycle of the store."""

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

    async def start(self) -> None:
        """Open the database (and run migrations), and load the safety model once."""
        await self.store.open()
        await self.conversations.safety.start()

    async def stop(self) -> None:
        """Close the database."""
        await self.store.close()


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
) -> App:
    """Wire store, scripts, texts and services; raises ScriptError when a script is invalid."""
    store = store or store_from_url(settings.database_url, synchronous=settings.sqlite_synchronous)
    scripts_dir = settings.dialogues_dir or DEFAULT_SCRIPTS
    library = library or ScriptLibrary.from_directory(scripts_dir)
    clock = clock or SystemClock()
    couriers = couriers or Couriers()
    engine_texts, texts = load_texts(settings)
    policy = policy or settings.nudge_policy()
    planner = NudgePlanner(policy)
    summary_builder = MentorSummaryBuilder(texts, settings.tz)
    conversations = ConversationService(
        store=store,
        library=library,
        engine_texts=engine_texts,
        texts=texts,
        clock=clock,
        timezone=settings.tz,
        default_language=settings.default_language,
        rng=rng,
        planner=planner,
        coordinators=settings.coordinators(),
        notify=couriers.deliver,
        summaries=summary_builder,
        scripts_dir=scripts_dir,
        retention_days=settings.retention_days,
        on_role=couriers.role_changed,
    )
    dispatcher = NudgeDispatcher(
        store=store, service=conversations, policy=policy, clock=clock, couriers=couriers
    )
    lease = SenderLease(store.path if isinstance(store, SqliteStore) else None)
    scheduler = NudgeScheduler(dispatcher, store=store, lease=lease)
    planner.on_planned(scheduler.wake_at)
    summaries = WeeklySummaries(
        store=store,
        couriers=couriers,
        builder=summary_builder,
        clock=clock,
        tz=settings.tz,
        weekday=settings.summary_weekday,
        at=settings.summary_time,
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
    # Monday 08:00 sharp, and every half hour in case the bot was down then; retention once a day.
    weekly = {
        "day_of_week": settings.summary_day,
        "hour": settings.summary_time.hour,
        "minute": settings.summary_time.minute,
        "timezone": settings.tz,
    }
    scheduler.every("weekly-summaries", summaries.send_due, timedelta(minutes=30), cron=weekly)
    scheduler.every("retention", retention.run, timedelta(days=1))
    return App(
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
    )
