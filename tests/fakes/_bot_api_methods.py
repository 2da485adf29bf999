"""The Bot API methods the fake serves, with Telegram's validation order and errors."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from tests.fakes._bot_api_base import ApiError, bad_request
from tests.fakes._bot_api_core import BotApiCore
from tests.fakes._bot_api_models import FakeMessage
from tests.fakes._bot_api_rules import (
    CHAT_ACTIONS,
    DEFAULT_ALLOWED_UPDATES,
    Params,
    parse_reply_markup,
    scope_key,
    validate_commands,
    validate_language_code,
)

__all__ = ["BotApiMethods"]

_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same "
    "as a current content and reply markup of the message"
)
_QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
_CONFLICT_POLL = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
)
_CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)


class BotApiMethods(BotApiCore):
    """Handlers for getMe, getUpdates, send/edit/delete messages, callbacks, commands, webhooks."""

    def _method_table(self) -> list[tuple[str, Callable[[Params], Any] | None]]:
        return [
            ("getMe", self._get_me),
            ("logOut", self._log_out),
            ("close", self._log_out),
            ("setWebhook", self._set_webhook),
            ("deleteWebhook", self._delete_webhook),
            ("getWebhookInfo", self._get_webhook_info),
            ("setMyCommands", self._set_my_commands),
            ("getMyCommands", self._get_my_commands),
            ("deleteMyCommands", self._delete_my_commands),
            ("sendMessage", self._send_message),
            ("editMessageText", self._edit_message_text),
            ("editMessageReplyMarkup", self._edit_message_reply_markup),
            ("deleteMessage", self._delete_message),
            ("answerCallbackQuery", self._answer_callback_query),
            ("sendDocument", self._send_document),
            ("sendChatAction", self._send_chat_action),
            ("getFile", self._get_file),
            ("getUpdates", None),
        ]

    def _get_me(self, params: Params) -> dict[str, Any]:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _log_out(self, params: Params) -> bool:
        return True

    def _set_webhook(self, params: Params) -> bool:
        url = (params.string("url") or "").strip()
        if url:
            parts = urlsplit(url)
            if parts.scheme != "https" or not parts.hostname:
                raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
            if parts.port not in (None, 80, 88, 443, 8443):
                raise bad_request("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")
        if params.boolean("drop_pending_updates"):
            self._updates.clear()
        self._set_allowed_updates(params)
        self.webhook = {"url": url, "secret_token": params.string("secret_token")} if url else None
        return True

    def _delete_webhook(self, params: Params) -> bool:
        if params.boolean("drop_pending_updates"):
            self._updates.clear()
        self.webhook = None
        return True

    def _get_webhook_info(self, params: Params) -> dict[str, Any]:
        info: dict[str, Any] = {
            "url": self.webhook["url"] if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self.webhook:
            info["max_connections"] = 40
        return info

    def _set_allowed_updates(self, params: Params) -> None:
        allowed = params.json_value("allowed_updates", "can't parse allowed updates JSON object")
        if allowed is None:
            return
        if not isinstance(allowed, list):
            raise bad_request("allowed updates must be an Array")
        self._allowed_updates = frozenset(str(kind) for kind in allowed) or DEFAULT_ALLOWED_UPDATES

    def _set_my_commands(self, params: Params) -> bool:
        commands = validate_commands(params)
        key = (scope_key(params), validate_language_code(params.string("language_code")))
        if commands:
            self._commands[key] = commands
        else:
            self._commands.pop(key, None)
        return True

    def _get_my_commands(self, params: Params) -> list[dict[str, str]]:
        key = (scope_key(params), validate_language_code(params.string("language_code")))
        return [dict(command) for command in self._commands.get(key, [])]

    def _delete_my_commands(self, params: Params) -> bool:
        key = (scope_key(params), validate_language_code(params.string("language_code")))
        self._commands.pop(key, None)
        return True

    def _send_message(self, params: Params) -> dict[str, Any]:
        text, entities = self._text(params)
        markup = parse_reply_markup(params)
        chat = self._target_chat(params)
        self._check_reply(chat, params)
        self._rate_limit("sendMessage", chat)
        message = FakeMessage(
            chat_id=chat.user.id,
            message_id=chat.new_message_id(),
            from_bot=True,
            date=self._now(),
            text=text,
            entities=entities,
            raw_text=params.string("text"),
            parse_mode=params.string("parse_mode"),
            reply_markup=self._inline_only(markup),
        )
        return self._store_bot_message(chat, message)

    def _send_document(self, params: Params) -> dict[str, Any]:
        upload = params.files.get("document")
        reference = params.string("document")
        if upload is None and not reference:
            raise bad_request("there is no document in the request")
        caption, entities = self._text(params, "caption", caption=True)
        markup = parse_reply_markup(params)
        chat = self._target_chat(params)
        self._check_reply(chat, params)
        if upload is not None:
            content = upload.file.read()
            if not content:
                raise bad_request("file must be non-empty")
            stored = self._store_file(
                content, "documents", upload.filename or "document", upload.content_type or None
            )
        elif reference in self._files:
            stored = self._files[reference]
        elif reference and reference.startswith(("http://", "https://")):
            name = urlsplit(reference).path.rsplit("/", 1)[-1] or "document"
            stored = self._store_file(b"", "documents", name, None)
        else:
            raise bad_request("wrong file identifier/HTTP URL specified")
        self._rate_limit("sendDocument", chat)
        document: dict[str, Any] = {"file_name": stored.file_name}
        if stored.mime_type:
            document["mime_type"] = stored.mime_type
        document.update(
            file_id=stored.file_id, file_unique_id=stored.file_unique_id, file_size=len(stored.content)
        )
        message = FakeMessage(
            chat_id=chat.user.id,
            message_id=chat.new_message_id(),
            from_bot=True,
            date=self._now(),
            kind="document",
            text=caption or None,
            entities=entities,
            raw_text=params.string("caption"),
            parse_mode=params.string("parse_mode"),
            reply_markup=self._inline_only(markup),
            media={"document": document},
        )
        return self._store_bot_message(chat, message)

    def _edit_message_text(self, params: Params) -> dict[str, Any]:
        text, entities = self._text(params)
        markup = parse_reply_markup(params)
        if markup is not None and "inline_keyboard" not in markup:
            raise bad_request("inline keyboard expected")
        chat, message = self._bot_message_to_edit(params)
        if message.kind != "text":
            raise bad_request("there is no text in the message to edit")
        if text == message.text and entities == message.entities and markup == message.reply_markup:
            raise bad_request(_NOT_MODIFIED)
        self._rate_limit("editMessageText", chat)
        message.text, message.entities = text, entities
        message.raw_text, message.parse_mode = params.string("text"), params.string("parse_mode")
        return self._apply_edit(message, markup)

    def _edit_message_reply_markup(self, params: Params) -> dict[str, Any]:
        markup = parse_reply_markup(params)
        if markup is not None and "inline_keyboard" not in markup:
            raise bad_request("inline keyboard expected")
        chat, message = self._bot_message_to_edit(params)
        if markup == message.reply_markup:
            raise bad_request(_NOT_MODIFIED)
        self._rate_limit("editMessageReplyMarkup", chat)
        return self._apply_edit(message, markup)

    def _apply_edit(self, message: FakeMessage, markup: dict[str, Any] | None) -> dict[str, Any]:
        message.reply_markup = markup
        message.markup_history.append(markup)
        message.edit_date = self._now()
        message.edits += 1
        return self._message_json(message)

    def _delete_message(self, params: Params) -> bool:
        chat = self._target_chat(params, check_blocked=False)
        message_id = params.integer("message_id")
        if message_id <= 0:
            raise bad_request("message identifier is not specified")
        message = chat.messages.get(message_id)
        if message is None or message.deleted:
            raise bad_request("message to delete not found")
        message.deleted = True
        return True

    def _answer_callback_query(self, params: Params) -> bool:
        query = self._callback_queries.get(params.string("callback_query_id") or "")
        expired = (
            query is not None
            and self.callback_query_ttl is not None
            and time.monotonic() - query.created > self.callback_query_ttl
        )
        if query is None or query.answered or expired:
            raise bad_request(_QUERY_TOO_OLD)
        text = params.string("text")
        if text is not None and len(text) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        query.answered = True
        query.text = text
        query.show_alert = params.boolean("show_alert")
        query.url = params.string("url")
        query.cache_time = params.integer("cache_time") if "cache_time" in params else None
        query.answered_at = time.monotonic()
        self.answered_callbacks.append(query)
        return True

    def _send_chat_action(self, params: Params) -> bool:
        if params.string("action") not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        self._target_chat(params)
        return True

    def _get_file(self, params: Params) -> dict[str, Any]:
        stored = self._files.get(params.string("file_id") or "")
        if stored is None:
            raise bad_request("wrong file_id or the file is temporarily unavailable")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.content),
            "file_path": stored.file_path,
        }

    async def _get_updates(self, params: Params) -> list[str]:
        """Long-poll like Telegram; returns the updates as JSON texts."""
        if self.webhook is not None:
            raise ApiError(409, _CONFLICT_WEBHOOK)
        offset = params.integer("offset")
        limit = min(max(params.integer("limit", 100), 1), 100)
        timeout = max(params.integer("timeout"), 0)
        self._set_allowed_updates(params)
        self._confirm(offset)
        previous = self._poller
        if previous is not None and not previous.done():
            previous.set_result("conflict")
        if not self._updates and timeout > 0:
            poller: asyncio.Future[str] = asyncio.get_running_loop().create_future()
            self._poller = poller
            try:
                async with asyncio.timeout(timeout):
                    reason = await poller
            except TimeoutError:
                reason = "timeout"
            finally:
                if self._poller is poller:
                    self._poller = None
            if reason == "conflict":
                raise ApiError(409, _CONFLICT_POLL)
        batch = list(islice(self._updates, limit))
        self.delivered.extend(batch)
        return [encoded for _, encoded in batch]

    def _confirm(self, offset: int) -> None:
        updates = self._updates
        confirmed: list[int] = []
        if offset > 0:
            while updates and updates[0][0] < offset:
                confirmed.append(updates.popleft()[0])
        elif offset < 0:
            while len(updates) > -offset:
                confirmed.append(updates.popleft()[0])
        if confirmed:
            for listener in self.confirm_listeners:
                listener(confirmed)
            self._changed()
