"""The dossier as a portfolio: per experience its four components, the thread over time, and documents."""

from ._build import SHORT, build_portfolio, shorten
from ._model import (
    COMPETENCIES,
    COMPONENTS,
    CompetencyRow,
    Component,
    Line,
    Portfolio,
    PortfolioExperience,
    ThreadPoint,
)

__all__ = [
    "COMPETENCIES",
    "COMPONENTS",
    "SHORT",
    "CompetencyRow",
    "Component",
    "Line",
    "Portfolio",
    "PortfolioExperience",
    "ThreadPoint",
    "build_portfolio",
    "shorten",
]
