"""MarkdownV2 and legacy Markdown parsing for the fake Bot API.

``parse_markdown_v2`` is a port of tdlib's parser (td/telegram/MessageEntity.cpp), so reserved
characters, nesting and the error descriptions match Telegram's. ``parse_markdown`` (legacy)
is a simplified port that covers the common cases.
"""

from __future__ import annotations

import re

from tests.fakes._bot_api_base import (
    SPACES,
    ApiError,
    Entity,
    byte_offset,
    entities_error,
    link_entity,
    utf16_len,
)

__all__ = ["parse_markdown", "parse_markdown_v2"]

_MDV2_SPECIAL = re.compile(r"[\\_*\[\]()~`>#+\-=|{}.!\n]")
_MDV2_CODE_SPECIAL = re.compile(r"[\\`]")
_MDV2_TYPE_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "pre_code": "PreCode",
    "text_link": "TextUrl",
    "custom_emoji": "CustomEmoji",
    "blockquote": "BlockQuote",
}


def _reserved(char: str) -> ApiError:
    return entities_error(f"Character '{char}' is reserved and must be escaped with the preceding '\\'")


def parse_markdown_v2(text: str) -> tuple[str, list[Entity]]:
    """Parse MarkdownV2 into (plain text, entities); a port of tdlib's parse_markdown_v2."""
    n = len(text)

    def char(k: int) -> str:
        return text[k] if k < n else "\0"

    out: list[str] = []
    u16 = 0
    entities: list[Entity] = []
    # Open entities: [type, argument, utf16 offset, byte offset, out index]
    stack: list[tuple[str, str, int, int, int]] = []
    have_blockquote = False
    i = 0
    while i < n:
        in_code = bool(stack) and stack[-1][0] in ("code", "pre", "pre_code")
        match = (_MDV2_CODE_SPECIAL if in_code else _MDV2_SPECIAL).search(text, i)
        j = match.start() if match else n
        if j > i:
            chunk = text[i:j]
            out.append(chunk)
            u16 += utf16_len(chunk)
        if match is None:
            break
        i = j
        c = text[i]
        if c == "\\":
            following = char(i + 1)
            if "\0" < following <= "~":
                out.append(following)
                u16 += 1
                i += 2
            else:
                out.append(c)
                u16 += 1
                i += 1
            continue

        is_end = False
        if stack:
            top = stack[-1][0]
            if have_blockquote and c == "\n" and (i + 1 == n or text[i + 1] != ">"):
                is_end = True
            elif top == "bold":
                is_end = c == "*"
            elif top == "italic":
                is_end = c == "_" and char(i + 1) != "_"
            elif top == "code":
                is_end = c == "`"
            elif top in ("pre", "pre_code"):
                is_end = c == "`" and char(i + 1) == "`" and char(i + 2) == "`"
            elif top in ("text_link", "custom_emoji"):
                is_end = c == "]"
            elif top == "underline":
                is_end = c == "_" and char(i + 1) == "_"
            elif top == "strikethrough":
                is_end = c == "~"
            elif top == "spoiler":
                is_end = c == "|" and char(i + 1) == "|"

        if not is_end:
            kind = ""
            argument = ""
            begin_byte = byte_offset(text, i)
            if c == "_":
                if char(i + 1) == "_":
                    kind = "underline"
                    i += 1
                else:
                    kind = "italic"
            elif c == "*":
                kind = "bold"
            elif c == "~":
                kind = "strikethrough"
            elif c == "|":
                if char(i + 1) != "|":
                    raise _reserved(c)
                i += 1
                kind = "spoiler"
            elif c == "[":
                kind = "text_link"
            elif c == "`":
                if char(i + 1) == "`" and char(i + 2) == "`":
                    i += 3
                    kind = "pre"
                    lang_end = i
                    while char(lang_end) not in SPACES and char(lang_end) != "`":
                        lang_end += 1
                    if i != lang_end and lang_end < n and char(lang_end) != "`":
                        kind = "pre_code"
                        argument = text[i:lang_end]
                        i = lang_end
                    if char(i) in "\r\n" and i < n:
                        pair = char(i + 1) in "\r\n" and i + 1 < n and char(i) != char(i + 1)
                        i += 2 if pair else 1
                    i -= 1
                else:
                    kind = "code"
            elif c == "!":
                if char(i + 1) != "[":
                    raise _reserved(c)
                i += 1
                kind = "custom_emoji"
            elif c == "\n":
                out.append("\n")
                u16 += 1
                if i + 1 < n and text[i + 1] == ">":
                    i += 1
                    if not have_blockquote:
                        kind = "blockquote"
                        have_blockquote = True
            elif c == ">":
                if i != 0:
                    raise _reserved(c)
                kind = "blockquote"
                have_blockquote = True
            else:
                raise _reserved(c)
            if kind:
                stack.append((kind, argument, u16, begin_byte, len(out)))
            i += 1
            continue

        kind, argument, offset, begin_byte, out_index = stack[-1]
        if c == "\n" and kind != "blockquote":
            raise entities_error(
                f"Can't find end of {_MDV2_TYPE_NAMES[kind]} entity at byte offset {begin_byte}"
            )
        skip = u16 == offset
        url = ""
        if kind in ("underline", "spoiler"):
            i += 1
        elif kind in ("pre", "pre_code"):
            i += 2
        elif kind in ("text_link", "custom_emoji"):
            if char(i + 1) != "(":
                if kind == "custom_emoji":
                    raise entities_error("Custom emoji entity must contain a tg://emoji URL")
                url = "".join(out[out_index:])
            else:
                i += 2
                url_begin = i
                parts: list[str] = []
                while i < n and text[i] != ")":
                    if text[i] == "\\" and "\0" < char(i + 1) <= "~":
                        parts.append(text[i + 1])
                        i += 2
                        continue
                    parts.append(text[i])
                    i += 1
                if char(i) != ")":
                    what = "a custom emoji URL" if kind == "custom_emoji" else "a URL"
                    raise entities_error(
                        f"Can't find end of {what} at byte offset {byte_offset(text, url_begin)}"
                    )
                url = "".join(parts)
        elif kind == "blockquote":
            have_blockquote = False
            out.append(text[i])
            u16 += 1
        stack.pop()
        if not skip:
            length = u16 - offset
            if kind == "text_link":
                entity = link_entity(offset, length, url)
                if entity is not None:
                    entities.append(entity)
            elif kind == "custom_emoji":
                emoji = re.fullmatch(r"tg://emoji\?id=(\d{1,19})", url)
                if emoji is None:
                    raise entities_error("Invalid custom emoji URL specified")
                entities.append(
                    {
                        "offset": offset,
                        "length": length,
                        "type": "custom_emoji",
                        "custom_emoji_id": emoji.group(1),
                    }
                )
            elif kind == "pre_code":
                entities.append({"offset": offset, "length": length, "type": "pre", "language": argument})
            else:
                entities.append({"offset": offset, "length": length, "type": kind})
        i += 1
    if have_blockquote and stack and stack[-1][0] == "blockquote":
        offset = stack.pop()[2]
        if u16 != offset:
            entities.append({"offset": offset, "length": u16 - offset, "type": "blockquote"})
    if stack:
        kind, _, _, begin_byte, _ = stack[-1]
        raise entities_error(f"Can't find end of {_MDV2_TYPE_NAMES[kind]} entity at byte offset {begin_byte}")
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


# ------------------------------------------------------------------------------ legacy Markdown


def parse_markdown(text: str) -> tuple[str, list[Entity]]:
    """Parse legacy Markdown (``_ * ` ``` [..](..)``): a simplified port of tdlib's parse_markdown."""
    n = len(text)
    out: list[str] = []
    u16 = 0
    entities: list[Entity] = []
    i = 0
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and text[i + 1] in "_*`[":
            out.append(text[i + 1])
            u16 += 1
            i += 2
            continue
        if c not in "_*`[":
            out.append(c)
            u16 += utf16_len(c)
            i += 1
            continue
        begin_byte = byte_offset(text, i)
        is_pre = c == "`" and text[i + 1 : i + 3] == "``"
        end_char = "]" if c == "[" else c
        i += 3 if is_pre else 1
        language = ""
        if is_pre:
            lang_end = i
            while lang_end < n and text[lang_end] not in SPACES and text[lang_end] != "`":
                lang_end += 1
            if lang_end < n and text[lang_end] == "\n":
                language, i = text[i:lang_end], lang_end + 1
        offset = u16
        while i < n and not (text[i] == end_char and (not is_pre or text[i + 1 : i + 3] == "``")):
            out.append(text[i])
            u16 += utf16_len(text[i])
            i += 1
        if i >= n:
            raise entities_error(f"Can't find end of the entity starting at byte offset {begin_byte}")
        length = u16 - offset
        if c == "[" and text[i + 1 : i + 2] == "(":
            close = text.find(")", i + 2)
            url = text[i + 2 : close] if close != -1 else ""
            i = close if close != -1 else i
            entity = link_entity(offset, length, url) if length and url else None
            if entity is not None:
                entities.append(entity)
        elif length and c != "[":
            kind = {"_": "italic", "*": "bold", "`": "pre" if is_pre else "code"}[c]
            entity = {"offset": offset, "length": length, "type": kind}
            if language:
                entity["language"] = language
            entities.append(entity)
        i += 3 if is_pre else 1
    return "".join(out), entities
