"""The Telegram handlers: turn an update into an event, ask the service, hand the replies to the outbox."""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Awaitable, Callable

from telegram import Bot, BotCommand, BotCommandScopeChat, CallbackQuery, Message, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.conversation import MENUS, ConversationService, Outgoing, Receipt
from bot.logs import log_exception
from dialogues import TextCatalog
from storage import Role, StudentKey

from ._convert import CHANNEL, incoming_of, who_of
from ._outbox import Edit, Job, Outbox, Send, SendFile
from ._render import merge, render

__all__ = ["COMMANDS", "TelegramChannel"]

log = logging.getLogger("loopbaanbot.telegram")

# How long a follow-up may wait in the outbox for its turn before its claim is given back (a flood wait or
# a stuck chat must not hold up the dispatcher for ever). Well within a claim's lease (CLAIM_LEASE_SECONDS):
# a claim whose lease ran out may be another instance's by now.
HANDOVER_WAIT = 300.0
# The default menu (students); mentors and coordinators get their own in their chat (setMyCommands).
COMMANDS = MENUS[Role.STUDENT]


class TelegramChannel:
    """Thin glue between python-telegram-bot and the conversation service."""

    def __init__(
        self, service: ConversationService, texts: TextCatalog, *, handover_wait: float = HANDOVER_WAIT
    ) -> None:
        self._service = service
        self._texts = texts
        self._handover_wait = handover_wait
        self._outbox: Outbox | None = None
        self._bot: Bot | None = None
        # Set by the bot: whether another instance is this bot's primary (it sends the follow-ups then).
        self.standby: Callable[[], bool] = lambda: False

    def standing_by(self) -> bool:
        """Whether another instance is this bot's primary and sends its follow-ups."""
        return self.standby()

    @property
    def outbox(self) -> Outbox:
        """Where replies go (attached when the bot is built)."""
        if self._outbox is None:
            raise RuntimeError("no outbox attached")
        return self._outbox

    def attach(self, outbox: Outbox) -> None:
        """Use this outbox from now on."""
        self._outbox = outbox

    async def deliver(
        self, key: StudentKey, messages: list[Outgoing], handed_over: Callable[[], Awaitable[None]]
    ) -> bool:
        """A follow-up for a student (the nudge dispatcher's courier); True once it is handed to Telegram."""
        jobs = self._jobs(messages)
        if key.channel != CHANNEL or not jobs:
            return False
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        async def handover(ok: bool) -> bool:
            if done.done():
                return False  # we gave up waiting: the claim is being requeued, so this must not go out
            try:
                if ok:
                    await handed_over()
            except BaseException:
                if not done.done():
                    done.set_result(False)
                raise
            # Recorded as sent (even if the wait ran out meanwhile): it goes out, once.
            if not done.done():
                done.set_result(ok)
            return ok

        first = jobs[0]
        assert isinstance(first, Send)
        jobs[0] = Send(first.message, handover)
        self.outbox.put(int(key.external_id), jobs)
        try:
            async with asyncio.timeout(self._handover_wait):
                return await asyncio.shield(done)
        except TimeoutError:
            if not done.done():
                done.set_result(False)
            return done.result()

    async def blocked(self, chat_id: int) -> None:
        """A 403 from Telegram: the student blocked the bot."""
        await self._service.set_active(StudentKey(CHANNEL, str(chat_id)), False)

    async def register_commands(self, bot: Bot) -> None:
        """setMyCommands in Dutch (the default) and English."""
        self._bot = bot
        for language in ("nl", "en"):
            await bot.set_my_commands(
                self._commands(Role.STUDENT, language), language_code=None if language == "nl" else language
            )

    async def show_menu(self, key: StudentKey, role: Role) -> None:
        """A mentor's or coordinator's own menu in their chat; a student gets the default one back."""
        if self._bot is None or key.channel != CHANNEL:
            return
        scope = BotCommandScopeChat(int(key.external_id))  # a private chat's id is the person's id
        for language in ("nl", "en"):
            code = None if language == "nl" else language
            if role is Role.STUDENT:
                await self._bot.delete_my_commands(scope=scope, language_code=code)
            else:
                await self._bot.set_my_commands(
                    self._commands(role, language), scope=scope, language_code=code
                )
        log.info("chat %s now has the %s menu", key.external_id, role.value)

    def _commands(self, role: Role, language: str) -> list[BotCommand]:
        return [BotCommand(name, self._texts.get(f"commands.{name}", language)) for name in MENUS[role]]

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Every update the bot receives (PTB's single TypeHandler)."""
        if update.my_chat_member is not None:
            await self._membership(update)
            return
        who = who_of(update)
        chat = update.effective_chat
        if who is None or chat is None:
            return
        incoming = incoming_of(update)
        query = update.callback_query
        if chat.type != ChatType.PRIVATE:
            # Replies go to the chat: in a group everyone would read a dossier or a mentor's overview.
            log.info("ignored an update from a %s chat %s", chat.type, chat.id)
            if query is not None:
                await self._answer(query, None)
            return
        if query is not None and (incoming is None or not _issued(query)):
            # Not a button of the message it came from (an old keyboard, or forged): nothing happens.
            log.info("a callback query in chat %s is not one of its message's buttons; ignored", chat.id)
            await self._answer(query, self._service.notice(who, "old_button").text)
            return
        if incoming is None:
            return
        receipt = Receipt(f"{CHANNEL}:{context.bot.id}", update.update_id)
        replies = await self._service.handle(who, incoming, receipt=receipt)
        if not replies:
            # Handled before (delivered again after a restart): acknowledged, nothing more.
            if query is not None:
                await self._answer(query, None)
            return
        jobs: list[Job] = []
        if query is not None:
            stale = next((r for r in replies if r.kind == "stale"), None)
            await self._answer(query, stale.text if stale else None)
            message = query.message
            if isinstance(message, Message) and message.reply_markup and message.reply_markup.inline_keyboard:
                # Remove the keyboard and show the choice. A message without one is left alone: Telegram
                # refuses an edit that changes nothing.
                self.outbox.pressed(chat.id, message.message_id)
                jobs.append(Edit(message.message_id, None if stale else _with_choice(query, message)))
            replies = [r for r in replies if r is not stale]
        jobs.extend(self._jobs(replies))
        self.outbox.put(chat.id, jobs)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The one error handler: log ids and the traceback (never content), tell the student kindly."""
        error = context.error
        chat = update.effective_chat if isinstance(update, Update) else None
        update_id = update.update_id if isinstance(update, Update) else None
        if error is not None:
            log_exception(
                log, "error handling update %s in chat %s", error, update_id, chat.id if chat else None
            )
        if (
            not isinstance(update, Update)
            or chat is None
            or chat.type != ChatType.PRIVATE
            or self._outbox is None
        ):
            return
        who = who_of(update)
        if who is None:
            return
        if update.callback_query is not None:
            await self._answer(update.callback_query, None)
        self.outbox.put(chat.id, self._jobs([self._service.error_reply(who)]))

    async def _membership(self, update: Update) -> None:
        member = update.my_chat_member
        assert member is not None
        if member.chat.type != ChatType.PRIVATE:
            return
        status = member.new_chat_member.status
        if status in ("kicked", "member"):
            await self._service.set_active(StudentKey(CHANNEL, str(member.chat.id)), status == "member")

    @staticmethod
    def _jobs(replies: list[Outgoing]) -> list[Job]:
        jobs: list[Job] = []
        for reply in merge(replies):
            jobs.extend(Send(message) for message in render(reply))
            jobs.extend(SendFile(file.filename, file.data) for file in reply.attachments)
        return jobs

    @staticmethod
    async def _answer(query: CallbackQuery, text: str | None) -> None:
        # Every callback query is answered, or the student's button keeps spinning.
        try:
            await query.answer(text=text)
        except TelegramError as exc:
            log.info("could not answer a callback query: %s", type(exc).__name__)


def _with_choice(query: CallbackQuery, message: Message) -> str | None:
    """The question's text with the chosen option under it, so the choice stays visible."""
    markup = message.reply_markup
    label = next(
        (
            b.text
            for row in (markup.inline_keyboard if markup else ())
            for b in row
            if b.callback_data == query.data
        ),
        None,
    )
    if label is None or message.text is None:
        return None
    return f"{message.text_html}\n\n✓ <i>{html.escape(label, quote=False)}</i>"


def _issued(query: CallbackQuery) -> bool:
    """Whether the pressed data is one of the buttons on the message it came from (what the bot issued)."""
    message = query.message
    markup = message.reply_markup if isinstance(message, Message) else None
    if markup is None:
        return False
    return any(button.callback_data == query.data for row in markup.inline_keyboard for button in row)
