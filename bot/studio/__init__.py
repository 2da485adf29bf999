"""The coordinator's studio: drafts of the conversations, their checks, a preview, publishing and rollback,
what changed between versions, and what the conversations show per question (counts only).

No HTTP in here: the pages are bot/web/_studio_*.py.
"""

from ._diff import FieldChange, QuestionDiff, Segment, TextChange, diff_scripts
from ._edits import NEW_ID, add_language, add_question, move_question, remove_question, save_question
from ._errors import BadImportError, BlockedError, NothingToDoError, StaleDraftError, StudioError
from ._figures import AT_LEAST, STOPPED_AFTER, Figures, QuestionFigures, figures, fold_counts, median
from ._forms import PREFIX, canonical, description_of, editable_fields, extra_entries, read_field
from ._preview import DossierLine, PreviewLine, PreviewRun, Previews
from ._problems import Note, Report, Shown, check_draft
from ._workspace import Change, Studio, Workspace, editable_copy

__all__ = [
    "AT_LEAST",
    "NEW_ID",
    "PREFIX",
    "STOPPED_AFTER",
    "BadImportError",
    "BlockedError",
    "Change",
    "DossierLine",
    "FieldChange",
    "Figures",
    "Note",
    "NothingToDoError",
    "PreviewLine",
    "PreviewRun",
    "Previews",
    "QuestionDiff",
    "QuestionFigures",
    "Report",
    "Segment",
    "Shown",
    "StaleDraftError",
    "Studio",
    "StudioError",
    "TextChange",
    "Workspace",
    "add_language",
    "add_question",
    "canonical",
    "check_draft",
    "description_of",
    "diff_scripts",
    "editable_copy",
    "editable_fields",
    "extra_entries",
    "figures",
    "fold_counts",
    "median",
    "move_question",
    "read_field",
    "remove_question",
    "save_question",
]
