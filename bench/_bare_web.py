"""A bare aiohttp server that answers the web chat's requests without the bot: `bench web`'s baseline.

`python -m bench._bare_web PORT` serves until SIGTERM. It does what any web app must (parse the form,
check the form token against the cookie, answer with an HTML fragment in JSON) and nothing of the bot's.
"""

from __future__ import annotations

import asyncio
import signal
import sys

from aiohttp import web

from bot.runtime import use_fast_event_loop

_OPTIONS = ("Stage", "Ja, klopt")
_PAGE = (
    '<!DOCTYPE html><html lang="nl"><body><main><div id="log" data-last="2"></div>'
    '<form><input type="hidden" name="csrf" value="token"></form></main></body></html>'
)


def _fragment(last: int) -> str:
    buttons = "".join(f'<button type="submit" name="knop" value="m:x:{o}">{o}</button>' for o in _OPTIONS)
    return (
        f'<div class="msg student" data-from="student" id="m{last - 1}"><p>antwoord</p></div>'
        f'<div class="msg bot" data-from="bot" id="m{last}"><p>Vraag 3 van 14</p><p>Wat gebeurde er?</p>'
        f'<form class="choices" method="post" action="/chat/knop">{buttons}</form></div>'
    )


async def _page(request: web.Request) -> web.Response:
    return web.Response(text=_PAGE, content_type="text/html")


async def _turn(request: web.Request) -> web.Response:
    form = await request.post()
    if form.get("csrf") != request.cookies.get("lb_sessie", "")[:5] and form.get("csrf") != "token":
        raise web.HTTPForbidden()
    last = int(str(form.get("na", "0")) or 0) + 2
    return web.json_response({"html": _fragment(last), "last": last})


async def _serve(port: int) -> None:
    server = web.Application()
    server.add_routes([web.get("/chat", _page), web.post("/chat", _turn), web.post("/chat/knop", _turn)])
    runner = web.AppRunner(server, access_log=None, handle_signals=False)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    await stop.wait()
    await runner.cleanup()


if __name__ == "__main__":
    use_fast_event_loop()
    asyncio.run(_serve(int(sys.argv[1])))
