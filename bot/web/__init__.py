"""The school web app: students chat and keep their dossier in the browser, mentors see their class,
coordinators see the school. aiohttp.web in the bot's own event loop; Jinja2 pages; a small script."""

from ._channel import WebChannel, make_web_app
from ._hub import Hub

__all__ = ["Hub", "WebChannel", "make_web_app"]
