"""Telegram-HTML parsing for the fake Bot API: a port of tdlib's ``parse_html``.

tdlib (td/telegram/MessageEntity.cpp) is what the Bot API server runs, so the accepted markup
and the error descriptions match Telegram's. One deliberate difference: a bare "&" that is not a
known entity is an error here (``strict_ampersand``), where Telegram keeps it as text.
"""

from __future__ import annotations

import re

from tests.fakes._bot_api_base import (
    ASCII_LOWER,
    SPACES,
    Entity,
    bad_request,
    byte_offset,
    entities_error,
    link_entity,
    utf16_len,
)

__all__ = ["parse_html"]

_HTML_TAGS = frozenset(
    "a b strong i em s strike del u ins tg-spoiler tg-emoji span pre code blockquote".split()
)
_HTML_SIMPLE = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_HTML_SPECIAL = re.compile(r"[<&]")
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


def _decode_html_entity(text: str, pos: int) -> tuple[str | None, int]:
    """Port of tdlib's decode_html_entity: (character or None, position after the entity)."""
    n = len(text)
    end = pos + 1
    if end < n and text[end] == "#":
        end += 1
        value = 0
        if end < n and text[end] == "x":
            end += 1
            while end < n and text[end] in "0123456789abcdefABCDEF":
                value = value * 16 + int(text[end], 16)
                end += 1
        else:
            while end < n and text[end] in "0123456789":
                value = value * 10 + int(text[end])
                end += 1
        if value == 0 or value >= 0x10FFFF or end - pos >= 10:
            return None, pos
        char = chr(value)
    else:
        while end < n and text[end].isascii() and text[end].isalpha():
            end += 1
        named = _NAMED_ENTITIES.get(text[pos + 1 : end])
        if named is None:
            return None, pos
        char = named
    if end < n and text[end] == ";":
        end += 1
    return char, end


class _HtmlParser:
    """State of one parse_html run; kept as a class so the tag reader can share the cursor."""

    def __init__(self, text: str, strict_ampersand: bool) -> None:
        self.text = text
        self.n = len(text)
        self.strict_ampersand = strict_ampersand
        self.out: list[str] = []
        self.u16 = 0
        self.entities: list[Entity] = []
        # Open tags: (name, argument, utf16 offset, index into self.out where its content starts).
        self.stack: list[tuple[str, str, int, int]] = []

    def char(self, i: int) -> str:
        return self.text[i] if i < self.n else "\0"

    def emit(self, chunk: str) -> None:
        self.out.append(chunk)
        self.u16 += utf16_len(chunk)

    def run(self) -> tuple[str, list[Entity]]:
        text, i = self.text, 0
        while True:
            match = _HTML_SPECIAL.search(text, i)
            j = match.start() if match else self.n
            if j > i:
                self.emit(text[i:j])
            if match is None:
                break
            if text[j] == "&":
                char, after = _decode_html_entity(text, j)
                if char is None:
                    if self.strict_ampersand:
                        raise entities_error(
                            f'Unescaped "&" at byte offset {byte_offset(text, j)}; write &amp; '
                            "(FakeBotApi is stricter here: Telegram keeps an unknown entity as text)"
                        )
                    self.emit("&")
                    i = j + 1
                    continue
                if 0xD800 <= ord(char) <= 0xDFFF:
                    raise bad_request(
                        "Text contains invalid Unicode characters after decoding HTML entities, "
                        "check for unmatched surrogate code units"
                    )
                self.emit(char)
                i = after
                continue
            i = self.end_tag(j) if self.char(j + 1) == "/" else self.start_tag(j)
        if self.stack:
            raise entities_error(f'Can\'t find end tag corresponding to start tag "{self.stack[-1][0]}"')
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.out), self.entities

    def start_tag(self, begin: int) -> int:
        text, char = self.text, self.char
        i = begin + 1
        while char(i) not in SPACES and char(i) != ">":
            i += 1
        if i >= self.n:
            raise entities_error(f"Unclosed start tag at byte offset {byte_offset(text, begin)}")
        tag = text[begin + 1 : i].translate(ASCII_LOWER)
        if tag not in _HTML_TAGS:
            raise entities_error(f'Unsupported start tag "{tag}" at byte offset {byte_offset(text, begin)}')
        argument = ""
        while char(i) != ">":
            while i < self.n and char(i) in SPACES:
                i += 1
            if char(i) == ">":
                break
            attr_begin = i
            while char(i) not in SPACES and char(i) not in "=>":
                i += 1
            attr = text[attr_begin:i]
            if not attr:
                raise entities_error(
                    f'Empty attribute name in the tag "{tag}" at byte offset {byte_offset(text, begin)}'
                )
            while i < self.n and char(i) in SPACES:
                i += 1
            if char(i) != "=":
                if tag == "blockquote" and attr == "expandable":
                    argument = "expandable"
                    continue
                raise entities_error(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                    f"at byte offset {byte_offset(text, begin)}"
                )
            i += 1
            while i < self.n and char(i) in SPACES:
                i += 1
            if i >= self.n:
                raise entities_error(f'Unclosed start tag "{tag}" at byte offset {byte_offset(text, begin)}')
            if char(i) not in "'\"":
                token_begin = i
                while char(i).isascii() and (char(i).isalnum() or char(i) in ".-"):
                    i += 1
                value = text[token_begin:i].translate(ASCII_LOWER)
                if char(i) not in SPACES and char(i) != ">":
                    raise entities_error(
                        f"Unexpected end of name token at byte offset {byte_offset(text, token_begin)}"
                    )
            else:
                quote = char(i)
                i += 1
                parts: list[str] = []
                while i < self.n and char(i) != quote:
                    if char(i) == "&":
                        decoded, after = _decode_html_entity(text, i)
                        if decoded is not None:
                            parts.append(decoded)
                            i = after
                            continue
                    parts.append(char(i))
                    i += 1
                if char(i) == quote:
                    i += 1
                value = "".join(parts)
            if i >= self.n:
                raise entities_error(f"Unclosed start tag at byte offset {byte_offset(text, begin)}")
            if tag == "a" and attr == "href":
                argument = value
            elif tag == "code" and attr == "class" and value.startswith("language-"):
                argument = value[9:]
            elif tag == "span" and attr == "class" and value.startswith("tg-"):
                argument = value[3:]
            elif tag == "tg-emoji" and attr == "emoji-id":
                argument = value
        if tag == "span" and argument != "spoiler":
            raise entities_error(
                f'Tag "span" must have class "tg-spoiler" at byte offset {byte_offset(text, begin)}'
            )
        self.stack.append((tag, argument, self.u16, len(self.out)))
        return i + 1

    def end_tag(self, begin: int) -> int:
        text, char = self.text, self.char
        if not self.stack:
            raise entities_error(f"Unexpected end tag at byte offset {byte_offset(text, begin)}")
        i = begin + 2
        while char(i) not in SPACES and char(i) != ">":
            i += 1
        end_name = text[begin + 2 : i].translate(ASCII_LOWER)
        while i < self.n and char(i) in SPACES:
            i += 1
        if char(i) != ">":
            raise entities_error(f"Unclosed end tag at byte offset {byte_offset(text, begin)}")
        tag, argument, offset, out_index = self.stack.pop()
        if end_name and end_name != tag:
            raise entities_error(
                f"Unmatched end tag at byte offset {byte_offset(text, begin)}, "
                f'expected "</{tag}>", found "</{end_name}>"'
            )
        length = self.u16 - offset
        if length > 0:
            self.add_entity(tag, argument, offset, length, out_index)
        return i + 1

    def add_entity(self, tag: str, argument: str, offset: int, length: int, out_index: int) -> None:
        entities = self.entities
        previous = entities[-1] if entities else None
        same_span = previous is not None and (previous["offset"], previous["length"]) == (offset, length)
        if tag in _HTML_SIMPLE:
            entities.append({"offset": offset, "length": length, "type": _HTML_SIMPLE[tag]})
        elif tag == "blockquote":
            kind = "expandable_blockquote" if argument else "blockquote"
            entities.append({"offset": offset, "length": length, "type": kind})
        elif tag == "tg-emoji":
            if not re.fullmatch(r"-?\d{1,19}", argument) or int(argument) == 0:
                raise entities_error("Invalid custom emoji identifier specified")
            entities.append(
                {"offset": offset, "length": length, "type": "custom_emoji", "custom_emoji_id": argument}
            )
        elif tag == "a":
            url = argument or "".join(self.out[out_index:])
            entity = link_entity(offset, length, url)
            if entity is not None:
                entities.append(entity)
        elif tag == "pre":
            if same_span and previous is not None and previous["type"] == "code" and previous.get("language"):
                previous["type"] = "pre"
            else:
                entities.append({"offset": offset, "length": length, "type": "pre"})
        else:  # code
            if same_span and previous is not None and previous["type"] == "pre" and argument:
                previous["language"] = argument
            else:
                entity = {"offset": offset, "length": length, "type": "code"}
                if argument:
                    # Remembered only until a wrapping <pre> claims it; dropped below otherwise.
                    entity["language"] = argument
                entities.append(entity)

    def finish(self) -> tuple[str, list[Entity]]:
        text, entities = self.run()
        for entity in entities:
            if entity["type"] == "code":
                entity.pop("language", None)
        return text, entities


def parse_html(text: str, *, strict_ampersand: bool = True) -> tuple[str, list[Entity]]:
    """Parse Telegram-HTML into (plain text, entities) or raise ApiError like Telegram."""
    if "<" not in text and "&" not in text:
        return text, []
    return _HtmlParser(text, strict_ampersand).finish()
