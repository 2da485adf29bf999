"""Numbered schema migrations for SQLite; `PRAGMA user_version` records how far a database is.

EVERY MIGRATION MUST BE ADDED TO BOTH BACKENDS: a new table or column goes into this file and into
storage/_pg_migrations.py (PostgreSQL's dialect), under the same number and with the same meaning, in the
same commit. tests/storage/test_postgres.py checks that the numbers and every table's columns match.
"""

from __future__ import annotations

__all__ = ["MIGRATIONS"]

# Append only: a released migration is never edited, a change is a new number.
MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
        CREATE TABLE students (
            id INTEGER PRIMARY KEY,
            channel TEXT NOT NULL,
            external_id TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'nl',
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL,
            UNIQUE (channel, external_id)
        );
        CREATE TABLE experiences (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
            kind TEXT,
            place TEXT,
            happens_on TEXT,
            created_at TEXT NOT NULL,
            prepared_at TEXT,
            reflected_at TEXT
        );
        CREATE INDEX experiences_student ON experiences(student_id);
        CREATE TABLE entries (
            experience_id INTEGER PRIMARY KEY REFERENCES experiences(id) ON DELETE CASCADE,
            doel TEXT NOT NULL DEFAULT '',
            voorkennis TEXT NOT NULL DEFAULT '',
            gedaan TEXT NOT NULL DEFAULT '',
            verbreden TEXT NOT NULL DEFAULT '',
            verdiepen TEXT NOT NULL DEFAULT '',
            ontdekt TEXT NOT NULL DEFAULT '',
            kernwoord TEXT NOT NULL DEFAULT '',
            competencies TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            role TEXT,
            reach TEXT NOT NULL DEFAULT '',
            last_contact TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX contacts_student ON contacts(student_id);
        CREATE TABLE next_steps (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
            experience_id INTEGER REFERENCES experiences(id) ON DELETE SET NULL,
            what TEXT NOT NULL DEFAULT '',
            due TEXT,
            check_in_on TEXT,
            helper TEXT NOT NULL DEFAULT '',
            helper_contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            obstacle TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'changed', 'dropped')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX next_steps_student ON next_steps(student_id, status);
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
            script_id TEXT NOT NULL,
            script_hash TEXT NOT NULL,
            status TEXT NOT NULL,
            state TEXT NOT NULL,
            experience_id INTEGER REFERENCES experiences(id) ON DELETE SET NULL,
            step_id INTEGER REFERENCES next_steps(id) ON DELETE SET NULL,
            contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            started_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX sessions_student ON sessions(student_id, status);
        CREATE TABLE script_versions (
            digest TEXT PRIMARY KEY,
            script_id TEXT NOT NULL,
            source TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        """,
    ),
    (
        2,
        # Optimistic concurrency: a session is saved only if nobody saved it since it was read.
        "ALTER TABLE sessions ADD COLUMN version INTEGER NOT NULL DEFAULT 0;",
    ),
    (
        3,
        """
        CREATE TABLE nudges (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('step', 'check_in', 'contact', 'reflect')),
            item_id INTEGER NOT NULL,
            due_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'sending', 'sent', 'answered', 'cancelled', 'flagged')),
            attempts INTEGER NOT NULL DEFAULT 0,
            sent_at TEXT,
            answered_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        -- One live nudge per item: planning updates it instead of adding another.
        CREATE UNIQUE INDEX nudges_live_item ON nudges(kind, item_id)
            WHERE status IN ('pending', 'sending', 'sent');
        CREATE INDEX nudges_due ON nudges(due_at) WHERE status IN ('pending', 'sending', 'sent');
        CREATE INDEX nudges_student ON nudges(student_id);
        CREATE TABLE contact_moments (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            happened_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX contact_moments_contact ON contact_moments(contact_id);
        """,
    ),
    (
        4,
        # A follow-up (a nudge's conversation) opens in its own lane, on top of a paused reflection.
        "ALTER TABLE sessions ADD COLUMN lane TEXT NOT NULL DEFAULT 'main';",
    ),
    (
        5,
        # Start-up requeues claims a crash left behind; without this it scans every nudge ever made.
        "CREATE INDEX nudges_sending ON nudges(id) WHERE status = 'sending';",
    ),
    (
        6,
        """
        ALTER TABLE students ADD COLUMN role TEXT NOT NULL DEFAULT 'student'
            CHECK (role IN ('student', 'mentor', 'coordinator'));
        ALTER TABLE students ADD COLUMN retention_notice_at TEXT;
        CREATE INDEX students_last_seen ON students(last_seen_at);
        CREATE TABLE mentor_invites (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            created_by INTEGER REFERENCES students(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            used_by INTEGER REFERENCES students(id) ON DELETE SET NULL,
            used_at TEXT
        );
        CREATE TABLE mentors (
            person_id INTEGER PRIMARY KEY REFERENCES students(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            class_code TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            summary_week TEXT
        );
        -- One mentor per student; a student's link goes when either of them is deleted.
        CREATE TABLE links (
            student_id INTEGER PRIMARY KEY REFERENCES students(id) ON DELETE CASCADE,
            mentor_id INTEGER NOT NULL REFERENCES mentors(person_id) ON DELETE CASCADE,
            share_answers INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE INDEX links_mentor ON links(mentor_id);
        -- Kind and time only. A deleted student's events stay as anonymous counts (student_id NULL).
        CREATE TABLE safety_events (
            id INTEGER PRIMARY KEY,
            student_id INTEGER REFERENCES students(id) ON DELETE SET NULL,
            kind TEXT NOT NULL,
            created_at TEXT NOT NULL,
            mentor_told_at TEXT
        );
        CREATE INDEX safety_events_student ON safety_events(student_id);
        CREATE INDEX sessions_updated ON sessions(updated_at) WHERE status IN ('active', 'paused');
        """,
    ),
    (
        7,
        """
        -- Updates a channel delivered that were handled: a redelivered one is dropped (nothing personal).
        CREATE TABLE receipts (
            source TEXT NOT NULL,
            update_id INTEGER NOT NULL,
            handled_at TEXT NOT NULL,
            PRIMARY KEY (source, update_id)
        ) WITHOUT ROWID;
        CREATE INDEX receipts_handled ON receipts(handled_at);
        -- Limited attempts (wrong codes), per person (deleted with them) or per kind.
        CREATE TABLE attempts (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            person_id INTEGER REFERENCES students(id) ON DELETE CASCADE,
            at TEXT NOT NULL
        );
        CREATE INDEX attempts_kind ON attempts(kind, at);
        CREATE INDEX attempts_person ON attempts(person_id, kind, at) WHERE person_id IS NOT NULL;
        -- Mentor invites expire; invites made before this have no end (NULL).
        ALTER TABLE mentor_invites ADD COLUMN expires_at TEXT;
        """,
    ),
    (
        8,
        """
        -- One-time sign-in codes for the web (only a hash is kept), signed-in browsers, the web chat.
        CREATE TABLE signin_codes (
            code_hash TEXT PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('student', 'mentor', 'coordinator')),
            name TEXT NOT NULL DEFAULT '',
            class_code TEXT,
            person_id INTEGER REFERENCES students(id) ON DELETE CASCADE,
            created_by INTEGER REFERENCES students(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            used_at TEXT,
            used_by INTEGER REFERENCES students(id) ON DELETE SET NULL
        );
        CREATE INDEX signin_codes_creator ON signin_codes(created_by) WHERE used_at IS NULL;
        CREATE TABLE web_logins (
            token_hash TEXT PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
            csrf TEXT NOT NULL,
            created_at TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        );
        CREATE INDEX web_logins_person ON web_logins(person_id);
        CREATE INDEX web_logins_expires ON web_logins(expires_at);
        CREATE TABLE chat_lines (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
            sender TEXT NOT NULL CHECK (sender IN ('bot', 'student')),
            body TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX chat_lines_person ON chat_lines(person_id, id);
        CREATE INDEX chat_lines_created ON chat_lines(created_at);
        ALTER TABLE mentors ADD COLUMN email TEXT;
        """,
    ),
    (
        10,
        """
        -- The dossier per question: every answer with the question it answers (its id in the script) and
        -- the component it belongs to; 'empty' marks a non-answer ("weet ik niet", "niks").
        CREATE TABLE entry_answers (
            id INTEGER PRIMARY KEY,
            experience_id INTEGER NOT NULL REFERENCES experiences(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            empty INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE INDEX entry_answers_experience ON entry_answers(experience_id, id);
        """,
    ),
    (
        11,
        """
        -- Several bot instances on one database. A follow-up or a weekly summary that an instance claims
        -- carries who claimed it and until when (its lease): another instance takes it over only once the
        -- lease has run out, and only the claimer may hand its message over.
        ALTER TABLE nudges ADD COLUMN claimed_by TEXT;
        ALTER TABLE nudges ADD COLUMN lease_until TEXT;
        ALTER TABLE mentors ADD COLUMN summary_claimed_by TEXT;
        ALTER TABLE mentors ADD COLUMN summary_lease_until TEXT;
        -- Signing in with a school account (OpenID Connect): the provider's pseudonymous subject, kept only
        -- as a hash, belongs to one person (deleted with them).
        CREATE TABLE school_accounts (
            subject_hash TEXT PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
            issuer TEXT NOT NULL,
            created_at TEXT NOT NULL,
            used_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX school_accounts_person ON school_accounts(person_id);
        """,
    ),
    (
        12,
        """
        -- The coordinator's studio. A draft per script (one at a time, shared by the coordinators): its YAML,
        -- the version it started from, and a revision that goes up with every save (a stale save is refused).
        CREATE TABLE studio_drafts (
            script_id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            base_digest TEXT NOT NULL,
            revision INTEGER NOT NULL,
            experiments TEXT NOT NULL DEFAULT '[]',
            updated_by INTEGER REFERENCES students(id) ON DELETE SET NULL,
            updated_at TEXT NOT NULL
        );
        -- Every publication (a rollback is one too): the newest per script is what new conversations start
        -- with, in every process; the source is in script_versions under its digest.
        CREATE TABLE script_publications (
            id INTEGER PRIMARY KEY,
            script_id TEXT NOT NULL,
            digest TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            published_by INTEGER REFERENCES students(id) ON DELETE SET NULL,
            published_at TEXT NOT NULL,
            rollback_of INTEGER REFERENCES script_publications(id) ON DELETE SET NULL,
            experiments TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX script_publications_script ON script_publications(script_id, id);
        -- What changed in the studio, by whom and when (script and question; never a student's data).
        CREATE TABLE studio_log (
            id INTEGER PRIMARY KEY,
            script_id TEXT NOT NULL,
            question TEXT,
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            person_id INTEGER REFERENCES students(id) ON DELETE SET NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX studio_log_script ON studio_log(script_id, id);
        -- Counts for the studio's figures, never words: one row per question a student was asked (deleted
        -- with them), and the running totals per version, question and wording (a deleted student's part is
        -- taken off). `arm` is the wording of an experiment (1 or 2; 0: no experiment).
        CREATE TABLE question_visits (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
            session_id INTEGER NOT NULL,
            script_hash TEXT NOT NULL,
            node TEXT NOT NULL,
            arm INTEGER NOT NULL DEFAULT 0,
            asked_at TEXT NOT NULL,
            answered_at TEXT,
            words INTEGER,
            seconds INTEGER,
            thin INTEGER NOT NULL DEFAULT 0,
            helps INTEGER NOT NULL DEFAULT 0,
            ended INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX question_visits_student ON question_visits(student_id);
        CREATE INDEX question_visits_who ON question_visits(script_hash, node, arm, student_id);
        CREATE INDEX question_visits_open ON question_visits(session_id) WHERE answered_at IS NULL;
        CREATE INDEX question_visits_waiting ON question_visits(script_hash) WHERE answered_at IS NULL;
        CREATE TABLE question_totals (
            script_hash TEXT NOT NULL,
            node TEXT NOT NULL,
            arm INTEGER NOT NULL,
            measure TEXT NOT NULL,
            value INTEGER NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (script_hash, node, arm, measure, value)
        ) WITHOUT ROWID;
        """,
    ),
    (
        13,
        """
        -- The school's network of places (school data; the contact person is for staff only).
        CREATE TABLE places (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            sector TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            activities TEXT NOT NULL DEFAULT '',
            signup TEXT NOT NULL DEFAULT '',
            contact_name TEXT NOT NULL DEFAULT '',
            contact_reach TEXT NOT NULL DEFAULT '',
            keywords TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            version INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        -- A student chose a place: theirs (deleted with them); the name stays when the place goes.
        CREATE TABLE place_choices (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
            place_id INTEGER REFERENCES places(id) ON DELETE SET NULL,
            place_name TEXT NOT NULL,
            experience_id INTEGER REFERENCES experiences(id) ON DELETE SET NULL,
            step_id INTEGER REFERENCES next_steps(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX place_choices_student ON place_choices(student_id);
        CREATE INDEX place_choices_place ON place_choices(place_id);
        """,
    ),
    (
        14,
        """
        -- Counts a turn added, to be folded into question_totals. Only the PostgreSQL store writes here
        -- (there, turns at the same question would otherwise wait for each other's row locks on the
        -- totals); SQLite has one writer and adds to the totals in place, so this stays empty.
        CREATE TABLE question_deltas (
            script_hash TEXT NOT NULL,
            node TEXT NOT NULL,
            arm INTEGER NOT NULL,
            measure TEXT NOT NULL,
            value INTEGER NOT NULL,
            count INTEGER NOT NULL
        );
        """,
    ),
]
