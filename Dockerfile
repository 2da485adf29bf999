# loopbaanbot in a container: the production install (no development tools), as a user of its own.
# Build: docker build -t loopbaanbot .   Run with PostgreSQL: docker compose up (compose.yaml).
# See docs/deployment.md.

FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
WORKDIR /src
COPY pyproject.toml requirements.lock README.md ./
COPY bot ./bot
COPY dialogues ./dialogues
COPY storage ./storage
# The exact versions of requirements.lock, without the development extra: no test, lint or browser tools.
RUN python -m venv /opt/loopbaanbot \
    && /opt/loopbaanbot/bin/pip install --constraint requirements.lock . \
    && /opt/loopbaanbot/bin/pip uninstall --yes pip

FROM python:3.11-slim-bookworm
ENV PATH=/opt/loopbaanbot/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    WEB_HOST=0.0.0.0 \
    WEB_PORT=8080 \
    DATABASE_URL=sqlite:////var/lib/loopbaanbot/loopbaanbot.sqlite3
RUN useradd --system --uid 10001 --user-group --home-dir /var/lib/loopbaanbot --create-home \
        --shell /usr/sbin/nologin loopbaanbot \
    && chmod 0700 /var/lib/loopbaanbot
COPY --from=build /opt/loopbaanbot /opt/loopbaanbot
USER loopbaanbot
WORKDIR /var/lib/loopbaanbot
# The SQLite database (when DATABASE_URL is not PostgreSQL) and the local chat's files live here.
VOLUME ["/var/lib/loopbaanbot"]
EXPOSE 8080
# Asks the running bot's /health: 0 while it and its database answer.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["loopbaanbot", "health"]
# SIGTERM: stop taking messages, send what is queued, close the database (nothing answered is lost).
STOPSIGNAL SIGTERM
ENTRYPOINT ["loopbaanbot"]
CMD ["run"]
