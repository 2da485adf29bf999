"""Build the application from settings; every collaborator can be replaced by keyword (tests, benches)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from dialogues import DEFAULT_SCRIPTS, DEFAULT_TEXTS, ScriptLibrary, TextCatalog
from storage import SqliteStore, Store, store_from_url

from .clock import Clock, SystemClock
from .config import Settings
from .conversation import ConversationService
from .nudges import NudgeDispatcher, NudgePlanner, NudgePolicy, NudgeScheduler, SenderLease

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
    conversations: ConversationService
    policy: NudgePolicy
    planner: NudgePlanner
    dispatcher: NudgeDispatcher
    scheduler: NudgeScheduler

    async def start(self) -> None:
        """Open the database (and run migrations)."""
        await self.store.open()

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
) -> App:
    """Wire store, scripts, texts and services; raises ScriptError when a script is invalid."""
    store = store or store_from_url(settings.database_url, synchronous=settings.sqlite_synchronous)
    library = library or ScriptLibrary.from_directory(settings.dialogues_dir or DEFAULT_SCRIPTS)
    clock = clock or SystemClock()
    engine_texts, texts = load_texts(settings)
    policy = policy or settings.nudge_policy()
    planner = NudgePlanner(policy)
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
    )
    dispatcher = NudgeDispatcher(store=store, service=conversations, policy=policy, clock=clock)
    lease = SenderLease(store.path if isinstance(store, SqliteStore) else None)
    scheduler = NudgeScheduler(dispatcher, store=store, lease=lease)
    planner.on_planned(scheduler.wake_at)
    return App(
        settings=settings,
        store=store,
        library=library,
        texts=texts,
        clock=clock,
        conversations=conversations,
        policy=policy,
        planner=planner,
        dispatcher=dispatcher,
        scheduler=scheduler,
    )
