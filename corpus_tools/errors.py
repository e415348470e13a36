"""The one exception type the package raises for bad input."""


class CorpusError(ValueError):
    """A corpus folder, metadata file or article that cannot be used as it is."""
