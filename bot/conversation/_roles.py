"""Who may use which command. The data itself is guarded in storage; this keeps the menus honest."""

from __future__ import annotations

from storage import Role

__all__ = ["ACCESS", "MENUS", "allowed"]

_EVERYONE = frozenset(Role)
_STUDENTS = frozenset({Role.STUDENT})
_MENTORS = frozenset({Role.MENTOR})
_COORDINATORS = frozenset({Role.COORDINATOR})
_STAFF = frozenset({Role.MENTOR, Role.COORDINATOR})

ACCESS: dict[str, frozenset[Role]] = {
    # Everyone: their own data and rights, and registering as a mentor with an invite.
    "start": _EVERYONE,
    "help": _EVERYONE,
    "hulplijnen": _EVERYONE,
    "taal": _EVERYONE,
    "privacy": _EVERYONE,
    "mijngegevens": _EVERYONE,
    "verwijderen": _EVERYONE,
    "stop": _EVERYONE,
    "continue": _EVERYONE,
    "mentor": _EVERYONE,
    "web": _EVERYONE,
    # Students: their own conversations, dossier and link.
    "reflecteren": _STUDENTS,
    "voorbereiden": _STUDENTS,
    "dossier": _STUDENTS,
    "meenemen": _STUDENTS,
    "thuis": _STUDENTS,
    "stappen": _STUDENTS,
    "stap": _STUDENTS,
    "netwerk": _STUDENTS,
    "koppel": _STUDENTS,
    "ontkoppel": _STUDENTS,
    "veilig": _STUDENTS,
    # A place offered in a conversation, tapped (the button sends it; in nobody's menu).
    "plek": _STUDENTS,
    # Mentors: their linked students' shared fields.
    "overzicht": _MENTORS,
    "klas": _MENTORS,
    # Mentors and coordinators: the school's places, with their contact persons.
    "plekken": _STAFF,
    # Coordinators: invites, counts and the scripts.
    "uitnodigen": _COORDINATORS,
    "status": _COORDINATORS,
    "herladen": _COORDINATORS,
}


# The command menu each role sees in its chat, in menu order (every entry allowed for that role).
MENUS: dict[Role, tuple[str, ...]] = {
    Role.STUDENT: (
        "start",
        "reflecteren",
        "voorbereiden",
        "dossier",
        "meenemen",
        "thuis",
        "stappen",
        "netwerk",
        "koppel",
        "stop",
        "help",
        "taal",
        "privacy",
        "web",
    ),
    Role.MENTOR: ("start", "overzicht", "klas", "plekken", "help", "taal", "privacy", "mijngegevens", "web"),
    Role.COORDINATOR: ("start", "uitnodigen", "status", "herladen", "plekken", "help", "taal", "privacy"),
}


def allowed(command: str, role: Role) -> bool:
    """Whether someone with `role` may use `command` (unknown commands: nobody)."""
    return role in ACCESS.get(command, frozenset())
