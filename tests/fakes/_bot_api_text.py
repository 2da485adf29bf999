"""Message-text rules of the fake Bot API: parse modes, explicit entities, trimming, lengths.

Offsets and limits count UTF-16 code units, like Telegram's.
"""

from __future__ import annotations

import re
from typing import Any

from tests.fakes._bot_api_base import Entity, bad_request, check_link, utf16_len
from tests.fakes._bot_api_html import parse_html
from tests.fakes._bot_api_markdown import parse_markdown, parse_markdown_v2

__all__ = ["CAPTION_LIMIT", "TEXT_LIMIT", "prepare_text", "validate_entities"]

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024

_ENTITY_TYPES = frozenset(
    "mention hashtag cashtag bot_command url email phone_number bold italic underline strikethrough "
    "spoiler blockquote expandable_blockquote code pre text_link text_mention custom_emoji".split()
)


def validate_entities(text: str, raw: Any) -> list[Entity]:
    """Check an explicit ``entities`` array the way the Bot API does."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise bad_request("can't parse entities JSON object")
    total = utf16_len(text)
    result: list[Entity] = []
    for item in raw:
        if not isinstance(item, dict):
            raise bad_request("can't parse MessageEntity: expected an Object")
        for field in ("type", "offset", "length"):
            if field not in item:
                raise bad_request(f"can't parse MessageEntity: Can't find field \"{field}\"")
        kind, offset, length = item["type"], item["offset"], item["length"]
        if not isinstance(kind, str) or kind not in _ENTITY_TYPES:
            raise bad_request("can't parse MessageEntity: Unsupported type specified")
        if not isinstance(offset, int) or offset < 0:
            raise bad_request(f"receive an entity with incorrect offset {offset}")
        if not isinstance(length, int) or length < 0:
            raise bad_request(f"receive an entity with incorrect length {length}")
        if offset > total:
            raise bad_request(f"entity begins after the end of the text at UTF-16 offset {offset}")
        if offset + length > total:
            raise bad_request(
                f"entity beginning at UTF-16 offset {offset} ends after the end of the text "
                f"at UTF-16 offset {offset + length}"
            )
        required = {"text_link": "url", "text_mention": "user", "custom_emoji": "custom_emoji_id"}.get(kind)
        if required is not None and required not in item:
            raise bad_request(f"can't parse MessageEntity: Can't find field \"{required}\"")
        if kind == "text_link":
            checked, reason = check_link(str(item["url"]))
            if checked is None:
                raise bad_request(f"entity URL '{item['url']}' is invalid: {reason}")
        if kind == "custom_emoji" and not re.fullmatch(r"\d{1,19}", str(item["custom_emoji_id"])):
            raise bad_request('can\'t parse MessageEntity: Field "custom_emoji_id" must be a valid Number')
        if length:
            result.append(dict(item))
    return result


def _trim(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    # Telegram strips leading and trailing whitespace and shifts/clips the entities with it.
    stripped = text.strip()
    if stripped == text:
        return text, entities
    lead = utf16_len(text[: len(text) - len(text.lstrip())])
    size = utf16_len(stripped)
    kept: list[Entity] = []
    for entity in entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, size)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


def prepare_text(
    raw: str | None,
    parse_mode: str | None,
    entities: Any,
    *,
    caption: bool = False,
    strict_ampersand: bool = True,
) -> tuple[str, list[Entity]]:
    """Apply parse_mode/entities, trimming and length limits; return (text, entities)."""
    if not raw:
        if caption:
            return "", []
        raise bad_request("message text is empty")
    mode = (parse_mode or "").lower()
    if mode in ("", "none"):
        text, found = raw, validate_entities(raw, entities)
    elif mode == "html":
        text, found = parse_html(raw, strict_ampersand=strict_ampersand)
    elif mode == "markdownv2":
        text, found = parse_markdown_v2(raw)
    elif mode == "markdown":
        text, found = parse_markdown(raw)
    else:
        raise bad_request("unsupported parse_mode")
    text, found = _trim(text, found)
    if caption:
        if utf16_len(text) > CAPTION_LIMIT:
            raise bad_request("message caption is too long")
        return text, found
    if not text:
        raise bad_request("text must be non-empty")
    if len(text) > TEXT_LIMIT // 2 and utf16_len(text) > TEXT_LIMIT:
        raise bad_request("message is too long")
    return text, found
