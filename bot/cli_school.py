"""`loopbaanbot codes create`, `mentors invite`, `coordinators add` and `status`: the school's set-up from
the terminal."""

from __future__ import annotations

import argparse
from datetime import timedelta

from storage import Role, Store, store_from_url

from .clock import SystemClock
from .codes import INVITE_LENGTH, INVITE_VALID_FOR, format_code, new_code, normalise_code
from .config import Settings, parse_people

__all__ = ["add_parsers", "run_school_command"]


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The school's subcommands."""
    mentors = commands.add_parser("mentors", help="mentors: invite one (prints a one-time code)")
    mentor_commands = mentors.add_subparsers(dest="mentors_command", required=True)
    invite = mentor_commands.add_parser("invite", help="a one-time code for a new mentor: /mentor CODE")
    invite.add_argument("name", help="the mentor's name as students will see it")
    coordinators = commands.add_parser("coordinators", help="coordinators: add one")
    coordinator_commands = coordinators.add_subparsers(dest="coordinators_command", required=True)
    add = coordinator_commands.add_parser("add", help="make someone a coordinator")
    add.add_argument("who", help="a Telegram user id (digits), or console:name")
    commands.add_parser("status", help="counts only: students, active this week, reflections, steps done")
    codes = commands.add_parser("codes", help="one-time sign-in codes for the web app")
    code_commands = codes.add_subparsers(dest="codes_command", required=True)
    create = code_commands.add_parser("create", help="print new codes, one per line")
    create.add_argument("--role", choices=[r.value for r in Role], required=True, help="who signs in with it")
    create.add_argument("--name", default="", help="the name shown to the bot and (for a mentor) to students")
    create.add_argument(
        "--class", dest="class_code", default=None, help="a student's class code: they are offered the link"
    )
    create.add_argument("--count", type=int, default=1, help="how many codes (default 1, at most 500)")


async def run_school_command(settings: Settings, args: argparse.Namespace) -> int:
    """Run one of the school's subcommands; the exit code."""
    store = store_from_url(
        settings.database_url,
        synchronous=settings.sqlite_synchronous,
        connections=settings.database_connections,
    )
    await store.open()
    now = SystemClock().now()
    try:
        if args.command == "codes":
            return await _create_codes(settings, store, args)
        if args.command == "mentors":
            name = " ".join(args.name.split())[:80]
            if not name:
                print("Give the mentor's name.")
                return 2
            async with store.transaction() as tx:
                invite = await tx.school.create_invite(
                    code=new_code(INVITE_LENGTH),
                    name=name,
                    created_by=None,
                    now=now,
                    expires_at=now + INVITE_VALID_FOR,
                )
            print(
                f"Invite for {name}: let them start the bot and send  /mentor {format_code(invite.code)}"
                f"  (works once, for {INVITE_VALID_FOR.days} days)."
            )
            return 0
        if args.command == "coordinators":
            try:
                [key] = parse_people(args.who)
            except ValueError as exc:
                print(exc)
                return 2
            async with store.transaction() as tx:
                person = await tx.students.upsert(
                    key, display_name="", language=settings.default_language, now=now
                )
                await tx.school.set_role(person.id, Role.COORDINATOR)
            print(f"{key.channel}:{key.external_id} is a coordinator now.")
            return 0
        async with store.read() as view:
            counts = await view.school.counts(since=now - timedelta(days=7))
        print(f"students: {counts.students} ({counts.active} active in the last 7 days)")
        print(f"reflections in the last 7 days: {counts.reflections}")
        print(f"steps done in the last 7 days: {counts.steps_done}")
        print(f"mentors: {counts.mentors}; linked students: {counts.linked}")
        kinds = ", ".join(f"{kind} {n}" for kind, n in counts.safety.items())
        print(
            f"help lines given in the last 7 days: {sum(counts.safety.values())}"
            + (f" ({kinds})" if kinds else "")
        )
        return 0
    finally:
        await store.close()


async def _create_codes(settings: Settings, store: Store, args: argparse.Namespace) -> int:
    from .signin import Signins

    role = Role(args.role)
    if not 1 <= args.count <= 500:
        print("--count: give a number from 1 to 500.")
        return 2
    class_code = normalise_code(args.class_code) if args.class_code else None
    if class_code is not None:
        if role is not Role.STUDENT:
            print("--class is for student codes.")
            return 2
        async with store.read() as view:
            if await view.school.mentor_by_class_code(class_code) is None:
                print(f"There is no class with code {args.class_code}: ask the mentor (/klas) for it.")
                return 2
    signins = Signins(
        store,
        SystemClock(),
        code_valid_for=timedelta(days=settings.signin_code_days),
        default_language=settings.default_language,
    )
    async with store.transaction() as tx:
        codes = await signins.create(tx, role=role, count=args.count, name=args.name, class_code=class_code)
    for code in codes:
        print(format_code(code))
    return 0
