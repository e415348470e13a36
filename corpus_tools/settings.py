"""A study's settings: actors, quotation cues, cleaning rules, lexicons, frames and claims.

The bundled files describe the bundled event. For another event, put your own versions in one
folder with the same names (any subset; a file you leave out falls back to the bundled one):

    my_settings/actors.csv
    my_settings/quote_cues.csv
    my_settings/cleaning_rules.csv
    my_settings/lexicons/loaded_terms.csv
    my_settings/lexicons/frames.csv
    my_settings/claims.csv

and pass `settings("my_settings")` to the functions that read them, or set
`FRAMING_LAB_SETTINGS=my_settings`. The folder is read when a function runs, so an edited file
takes effect on the next call, without restarting the kernel.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from corpus_tools.errors import CorpusError
from corpus_tools.resources import DATA_DIR, read_csv

SETTINGS_ENV = "FRAMING_LAB_SETTINGS"
FILES = {
    "actors": "actors.csv",
    "quote_cues": "quote_cues.csv",
    "cleaning_rules": "cleaning_rules.csv",
    "loaded_terms": "lexicons/loaded_terms.csv",
    "frames": "lexicons/frames.csv",
    "claims": "claims.csv",
}


@dataclass(frozen=True)
class Settings:
    """Where each setting is read from: `folder` first, then the bundled data."""

    folder: Path | None = None

    def path(self, name: str) -> Path:
        """The file a setting is read from (one of `FILES`)."""
        own = self.folder / FILES[name] if self.folder is not None else None
        return own if own is not None and own.is_file() else DATA_DIR / FILES[name]

    def table(self, name: str) -> pd.DataFrame:
        """A setting's table, every column read as text."""
        return read_csv(self.path(name))

    def sources(self) -> pd.DataFrame:
        """Which file each setting comes from: `setting`, `file`, `own` (not the bundled one)."""
        rows = [(n, str(self.path(n)), self.path(n) != DATA_DIR / FILES[n]) for n in FILES]
        return pd.DataFrame(rows, columns=["setting", "file", "own"])


def settings(folder: str | Path | Settings | None = None) -> Settings:
    """The settings in `folder`, else in $FRAMING_LAB_SETTINGS, else the bundled ones.

    A folder that does not exist, or that holds a CSV with a name the library does not read
    (a typo such as `actor.csv` would otherwise be ignored silently), raises `CorpusError`.
    """
    if isinstance(folder, Settings):
        return folder
    chosen = folder if folder is not None else os.environ.get(SETTINGS_ENV) or None
    if chosen is None:
        return Settings()
    path = Path(chosen).expanduser()
    if not path.is_dir():
        raise CorpusError(f"{path}: settings folder not found")
    known = {path / f for f in FILES.values()}
    found = [*path.glob("*.csv"), *path.glob("lexicons/*.csv")]
    unknown = sorted(str(p) for p in found if p not in known)
    if unknown:
        raise CorpusError(
            f"{unknown[0]}: not a settings file the library reads "
            f"(expected any of {', '.join(FILES.values())})"
        )
    return Settings(path)
