"""Shared primitives of the fake Bot API: the error type, UTF-16 lengths and link checks."""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "ASCII_LOWER",
    "SPACES",
    "ApiError",
    "Entity",
    "bad_request",
    "byte_offset",
    "check_link",
    "entities_error",
    "link_entity",
    "utf16_len",
]

Entity = dict[str, Any]


class ApiError(Exception):
    """A Bot API error response: HTTP status, Telegram's description and optional retry_after."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


def bad_request(message: str) -> ApiError:
    """Return a 400 error with Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {message}")


def entities_error(message: str) -> ApiError:
    """Return the 400 Telegram gives for markup it cannot parse."""
    return bad_request(f"can't parse entities: {message}")


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's limits and entity offsets."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def byte_offset(text: str, index: int) -> int:
    """UTF-8 byte offset of ``text[index]``: Telegram's parse errors count bytes, not characters."""
    return len(text[:index].encode("utf-8", "surrogatepass"))


ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# tdlib's is_space(); '\0' also stands for "end of the C string" in the ported loops.
SPACES = frozenset(" \t\r\n\v\0")

# --------------------------------------------------------------------------------------- links

_ALLOWED_SCHEMES = frozenset({"http", "https", "tg", "ton", "tonsite"})
_HOST_RE = re.compile(r"^[A-Za-z0-9\-._~%\u0080-\uffff]+(:\d{1,5})?$")


def check_link(url: str) -> tuple[str | None, str]:
    """Return (normalised URL, "") for a link Telegram accepts, else (None, reason).

    An approximation of tdlib's LinkManager::check_link: http(s)/tg/ton schemes, or a bare
    host with a dot (which Telegram prefixes with http://).
    """
    url = url.strip()
    if not url:
        return None, "URL host is empty"
    scheme, sep, rest = url.partition("://")
    if not sep:
        if url.lower().startswith("tg:"):
            return url, ""
        scheme, rest = "", url
    scheme = scheme.lower()
    if scheme and scheme not in _ALLOWED_SCHEMES:
        return None, "Unsupported URL protocol"
    if scheme in ("tg", "ton", "tonsite"):
        return url, ""
    host = re.split(r"[/?#]", rest, maxsplit=1)[0].rpartition("@")[2]
    if not host:
        return None, "URL host is empty"
    if not _HOST_RE.match(host) or ("." not in host and host.split(":")[0] != "localhost"):
        return None, "Wrong HTTP URL"
    return (url if scheme else f"http://{url}"), ""


def _user_id_from_link(url: str) -> int | None:
    match = re.fullmatch(r"tg://user\?id=(\d{1,15})", url.strip(), flags=re.IGNORECASE)
    return int(match.group(1)) if match else None


def link_entity(offset: int, length: int, url: str) -> Entity | None:
    """The entity for a link: text_mention for tg://user?id=N, text_link, or None if unusable."""
    user_id = _user_id_from_link(url)
    if user_id is not None:
        return {"offset": offset, "length": length, "type": "text_mention", "user": {"id": user_id}}
    checked, _ = check_link(url)
    # tdlib drops links it cannot check instead of failing the whole message.
    if checked is None:
        return None
    return {"offset": offset, "length": length, "type": "text_link", "url": checked}
