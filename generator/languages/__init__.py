"""Target languages; see :mod:`generator.languages.registry` for the list."""
