"""Request decoding and non-text rules of the fake Bot API: markup, commands, actions, rates."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

from tests.fakes._bot_api_base import ApiError, bad_request, check_link

__all__ = [
    "CHAT_ACTIONS",
    "DEFAULT_ALLOWED_UPDATES",
    "Params",
    "TokenBucket",
    "parse_reply_markup",
    "scope_key",
    "too_many_requests",
    "validate_commands",
    "validate_language_code",
]

CHAT_ACTIONS = frozenset(
    "typing upload_photo record_video upload_video record_voice upload_voice upload_document "
    "choose_sticker find_location record_video_note upload_video_note record_audio upload_audio".split()
)

# What Telegram delivers when allowed_updates was never set (or set to []).
DEFAULT_ALLOWED_UPDATES = frozenset(
    "message edited_message channel_post edited_channel_post business_connection business_message "
    "edited_business_message deleted_business_messages inline_query chosen_inline_result "
    "callback_query shipping_query pre_checkout_query purchased_paid_media poll poll_answer "
    "my_chat_member chat_join_request chat_boost removed_chat_boost".split()
)


class Params:
    """Request parameters as Telegram reads them: strings that are converted per field.

    Form and multipart values arrive as strings (python-telegram-bot JSON-encodes every
    non-string value); JSON bodies arrive typed. Both are accepted, as the Bot API does.
    """

    __slots__ = ("files", "markup", "values")

    def __init__(self, values: Mapping[str, Any], files: Mapping[str, Any] | None = None) -> None:
        self.values = values
        self.files = files or {}
        # The validated reply_markup, kept for the call record once parse_reply_markup ran.
        self.markup: dict[str, Any] | None = None

    def __contains__(self, name: str) -> bool:
        return name in self.values or name in self.files

    def raw(self, name: str) -> Any:
        """The value as received (string for form data), or None."""
        return self.values.get(name)

    def string(self, name: str) -> str | None:
        """The value as a string, the way the Bot API reads string fields."""
        value = self.values.get(name)
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return str(value)
        return json.dumps(value)

    def integer(self, name: str, default: int = 0) -> int:
        """An integer field; like the Bot API, garbage reads as 0 instead of failing."""
        value = self.values.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int):
            return value
        try:
            return int(str(value).strip())
        except ValueError:
            try:
                return int(float(str(value)))
            except ValueError:
                return 0

    def boolean(self, name: str) -> bool:
        """A boolean field ("true"/"1" are true)."""
        value = self.values.get(name)
        if isinstance(value, bool):
            return value
        if isinstance(value, int):
            return value != 0
        return isinstance(value, str) and value.strip().lower() in ("true", "1")

    def json_value(self, name: str, error: str) -> Any:
        """A JSON-valued field (object/array), decoded from a string when needed."""
        value = self.values.get(name)
        if not isinstance(value, str):
            return value
        if value == "":
            return None
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(error) from None


# ------------------------------------------------------------------------------ reply markup

_INLINE_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_KEYBOARD_BOOLEANS = ("resize_keyboard", "one_time_keyboard", "selective", "is_persistent")


def _button_error(message: str) -> ApiError:
    return bad_request(f"can't parse inline keyboard button: {message}")


def _check_inline_button(button: Any) -> dict[str, Any]:
    if not isinstance(button, dict):
        raise _button_error("InlineKeyboardButton must be an Object")
    if "text" not in button:
        raise _button_error('Can\'t find field "text"')
    text = button["text"]
    if not isinstance(text, str):
        raise _button_error('Field "text" must be of type String')
    # An empty callback_data counts as absent: Telegram then sees a plain text button.
    actions = [key for key in _INLINE_ACTIONS if key in button and button[key] not in (None, "", False)]
    if not actions:
        raise _button_error("Text buttons are unallowed in the inline keyboard")
    if len(actions) > 1:
        raise _button_error(
            f"exactly one of the optional fields must be used, got {', '.join(actions)} "
            "(FakeBotApi rule; Telegram silently uses the first one)"
        )
    if not text.strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    action = actions[0]
    value = button[action]
    if action == "callback_data":
        if not isinstance(value, str):
            raise _button_error('Field "callback_data" must be of type String')
        if len(value.encode("utf-8")) > 64:
            raise bad_request("BUTTON_DATA_INVALID")
    elif action == "url":
        checked, reason = check_link(str(value))
        if checked is None:
            raise bad_request(f"inline keyboard button URL '{value}' is invalid: {reason}")
    elif action == "web_app":
        url = value.get("url", "") if isinstance(value, dict) else ""
        if not str(url).lower().startswith("https://"):
            raise bad_request(
                f"inline keyboard button Web App URL '{url}' is invalid: Only HTTPS links are allowed"
            )
    elif action in ("pay", "callback_game"):
        raise bad_request("BUTTON_TYPE_INVALID")
    elif action == "copy_text":
        copied = value.get("text", "") if isinstance(value, dict) else ""
        if not isinstance(copied, str) or not 1 <= len(copied) <= 256:
            raise bad_request("BUTTON_COPY_TEXT_INVALID")
    return dict(button)


def _check_reply_keyboard(markup: dict[str, Any]) -> dict[str, Any]:
    rows = markup["keyboard"]
    if not isinstance(rows, list):
        raise bad_request('field "keyboard" must be of type Array')
    for row in rows:
        if not isinstance(row, list):
            raise bad_request('field "keyboard" must be an Array of Arrays')
        for button in row:
            if isinstance(button, str):
                continue
            if not isinstance(button, dict):
                raise bad_request("can't parse keyboard button: KeyboardButton must be a String or an Object")
            if not isinstance(button.get("text"), str):
                raise bad_request("can't parse keyboard button: Can't find field \"text\"")
    for field in _KEYBOARD_BOOLEANS:
        if field in markup and not isinstance(markup[field], bool):
            raise bad_request(f'field "{field}" must be of type Boolean')
    return markup


def parse_reply_markup(params: Params) -> dict[str, Any] | None:
    """Validate ``reply_markup`` like the Bot API and return it as a dict (or None)."""
    params.markup = _parse_reply_markup(params)
    return params.markup


def _parse_reply_markup(params: Params) -> dict[str, Any] | None:
    markup = params.json_value("reply_markup", "can't parse reply keyboard markup JSON object")
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("object expected as reply markup")
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list):
            raise bad_request('field "inline_keyboard" must be of type Array')
        checked: list[list[dict[str, Any]]] = []
        for row in rows:
            if not isinstance(row, list):
                raise bad_request('field "inline_keyboard" must be an Array of Arrays')
            checked.append([_check_inline_button(button) for button in row])
        return {"inline_keyboard": checked}
    if "keyboard" in markup:
        return _check_reply_keyboard(markup)
    for field in ("remove_keyboard", "hide_keyboard", "force_reply"):
        if field in markup:
            if not isinstance(markup[field], bool):
                raise bad_request(f'field "{field}" must be of type Boolean')
            return markup
    # The Bot API ignores an object it does not recognise as any kind of markup.
    return None


# ---------------------------------------------------------------------------------- commands

_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_SCOPE_FIELDS = {
    "default": (),
    "all_private_chats": (),
    "all_group_chats": (),
    "all_chat_administrators": (),
    "chat": ("chat_id",),
    "chat_administrators": ("chat_id",),
    "chat_member": ("chat_id", "user_id"),
}


def validate_language_code(code: str | None) -> str:
    """Return the language code, or raise like tdlib for anything but "" or two a-z letters."""
    code = code or ""
    if code and not re.fullmatch(r"[a-z]{2}", code):
        raise bad_request("invalid language code specified")
    return code


def scope_key(params: Params) -> str:
    """A canonical JSON string for the ``scope`` parameter (default scope when absent)."""
    scope = params.json_value("scope", "can't parse BotCommandScope JSON object")
    if scope is None:
        scope = {"type": "default"}
    if not isinstance(scope, dict):
        raise bad_request("object expected as BotCommandScope")
    kind = scope.get("type")
    if kind not in _SCOPE_FIELDS:
        raise bad_request("unsupported bot command scope type specified")
    canonical: dict[str, Any] = {"type": kind}
    for field in _SCOPE_FIELDS[str(kind)]:
        if field not in scope:
            raise bad_request(f"can't parse BotCommandScope: Can't find field \"{field}\"")
        canonical[field] = scope[field]
    return json.dumps(canonical, sort_keys=True)


def validate_commands(params: Params) -> list[dict[str, str]]:
    """Validate setMyCommands' ``commands`` in tdlib's order, then the server's checks."""
    if "commands" not in params:
        raise bad_request('parameter "commands" is required')
    commands = params.json_value("commands", "can't parse commands JSON object")
    if not isinstance(commands, list):
        raise bad_request('field "commands" must be of type Array')
    result: list[dict[str, str]] = []
    for item in commands:
        if not isinstance(item, dict):
            raise bad_request("expected an Object as BotCommand")
        for field in ("command", "description"):
            if not isinstance(item.get(field), str):
                raise bad_request(f"can't parse BotCommand: Can't find field \"{field}\"")
        command = item["command"].strip().removeprefix("/")
        if not command:
            raise bad_request("command must be non-empty")
        if len(command) > 32:
            raise bad_request("command length must not exceed 32")
        description = item["description"].strip()
        if not description:
            raise bad_request("command description must be non-empty")
        if len(description) > 256:
            raise bad_request("command description length must not exceed 256")
        if not _COMMAND_RE.fullmatch(command):
            raise bad_request("BOT_COMMAND_INVALID")
        result.append({"command": command, "description": description})
    if len(result) > 100:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    return result


# -------------------------------------------------------------------------------- rate limits


class TokenBucket:
    """A token bucket: ``rate`` tokens per second, at most ``burst`` stored."""

    __slots__ = ("burst", "rate", "stamp", "tokens")

    def __init__(self, rate: float, burst: float, now: float) -> None:
        self.rate = rate
        self.burst = max(burst, 1.0)
        self.tokens = self.burst
        self.stamp = now

    def _refill(self, now: float) -> None:
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def wait_time(self, now: float) -> float:
        """Seconds until a token is available (0 when one is available now)."""
        self._refill(now)
        return 0.0 if self.tokens >= 1.0 else (1.0 - self.tokens) / self.rate

    def take(self, now: float) -> None:
        """Consume one token (call only after wait_time() returned 0)."""
        self._refill(now)
        self.tokens -= 1.0


def too_many_requests(wait: float) -> ApiError:
    """Telegram's 429, with retry_after rounded up to whole seconds as Telegram does."""
    retry_after = max(1, math.ceil(wait))
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after)
