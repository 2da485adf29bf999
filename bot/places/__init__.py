"""The school's network of places: matching them to what a student said, and the coordinator's CSV file.

Pure functions and small classes; reading and writing places is storage's (`Transaction.places`).
"""

from ._csv import COLUMN_NAMES, MAX_ROWS, CsvProblem, ParsedCsv, parse_csv, write_csv
from ._errors import PlacesError
from ._fields import FIELDS, MULTILINE, Problem, check_place, yes_no
from ._importing import ImportReport, import_places
from ._match import MAX_OFFERED, Match, Matcher, PlaceLike, Signal
from ._search import search
from ._sectors import DEFAULT_SECTORS, Sectors
from ._words import fold, stem, words

__all__ = [
    "COLUMN_NAMES",
    "DEFAULT_SECTORS",
    "FIELDS",
    "MAX_OFFERED",
    "MAX_ROWS",
    "MULTILINE",
    "CsvProblem",
    "ImportReport",
    "Match",
    "Matcher",
    "ParsedCsv",
    "PlaceLike",
    "PlacesError",
    "Problem",
    "Sectors",
    "Signal",
    "check_place",
    "fold",
    "import_places",
    "parse_csv",
    "search",
    "stem",
    "words",
    "write_csv",
    "yes_no",
]
